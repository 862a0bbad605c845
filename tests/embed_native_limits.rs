//! Limits stop native loops (builtins over iterables, constructors,
//! sorting, string methods, json, copy) as they stop script loops: each
//! case is stopped within a few times its limit and the same VM runs more code.

use std::time::{Duration, Instant};

use weft::{Limit, Vm};

/// Each runs for minutes or more if nothing stops it.
const LONG: &[&str] = &[
    "sum(range(10**11))",
    "all(range(1, 10**12))",
    "import itertools; any(itertools.repeat(0, 10**12))",
    "'x'.join(map(str, range(10**11)))",
    "sorted(range(10**9, 0, -1))",
    "max(range(10**12))",
    "min(x for x in range(10**12))",
    "list(range(10**10))",
    "tuple(range(10**10))",
    "set(range(10**10))",
    "frozenset(range(10**10))",
    "dict.fromkeys(range(10**10))",
    "dict(zip(range(10**10), range(10**10)))",
    "list(enumerate(range(10**10)))",
    "list(zip(range(10**10), range(10**10)))",
    "list(map(abs, range(10**10)))",
    "list(filter(None, range(10**10)))",
    "list(reversed(range(10**10)))",
    "sum(1 for _ in iter(int, 1))",
    "[].extend(range(10**10))",
    "bytes(x % 256 for x in range(10**10))",
    "import itertools; bytes(map(int, itertools.repeat(0)))",
    "import itertools; list(itertools.chain.from_iterable(itertools.repeat([1, 2])))",
    "sorted(range(10**10), key=lambda x: -x)",
    "import itertools; sum(itertools.islice(itertools.count(), 10**12))",
    "import itertools; list(itertools.repeat(0, 10**10))",
    "import itertools; next(itertools.dropwhile(lambda x: True, itertools.count()))",
    "import hashlib; hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10**9)",
    "import struct; struct.pack('%dx' % 10**12)",
];

fn assert_stopped(vm: &mut Vm, src: &str, limit: Limit, bound: Duration) {
    let t = Instant::now();
    let e = vm.run(src, "long.py").unwrap_err();
    let took = t.elapsed();
    assert!(
        // Materializing 10**10 items is MemoryError at once, as in CPython.
        e.limit() == Some(limit) || e.type_name() == "MemoryError",
        "{}: {} {}",
        src,
        e.type_name(),
        e.message()
    );
    assert!(took < bound, "{}: stopped after {:?}", src, took);
    assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42, "after {}", src);
}

#[test]
fn the_time_limit_stops_native_loops() {
    let limit = Duration::from_millis(150);
    let mut vm = Vm::builder()
        .capture_output()
        .time_limit(limit)
        .memory_budget(512 << 20)
        .build();
    for src in LONG {
        // A case may fill the memory budget before the time limit.
        let t = Instant::now();
        let e = vm.run(src, "long.py").unwrap_err();
        let took = t.elapsed();
        assert!(
            matches!(e.limit(), Some(Limit::Deadline) | Some(Limit::Memory))
                || e.type_name() == "MemoryError",
            "{}: {} {}",
            src,
            e.type_name(),
            e.message()
        );
        // 4x: a case that grows a list to the memory budget ends with a
        // large reallocation that cannot be interrupted, and other tests
        // run beside this one.
        assert!(took < limit * 4, "{}: stopped after {:?}", src, took);
        assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42, "after {}", src);
    }
}

#[test]
fn the_instruction_budget_stops_native_loops() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(2_000_000)
        .build();
    for src in LONG {
        assert_stopped(&mut vm, src, Limit::Instructions, Duration::from_secs(3));
    }
}

#[test]
fn an_interrupt_stops_native_loops() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(512 << 20)
        .build();
    for src in LONG {
        let handle = vm.loop_handle();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            handle.interrupt();
        });
        let start = Instant::now();
        let e = vm.run(src, "long.py").unwrap_err();
        let took = start.elapsed();
        t.join().unwrap();
        assert!(
            e.type_name() == "KeyboardInterrupt"
                || e.type_name() == "MemoryError"
                || e.limit() == Some(Limit::Memory),
            "{}: {} {}",
            src,
            e.type_name(),
            e.message()
        );
        assert!(took < Duration::from_millis(300), "{}: {:?}", src, took);
        // A KeyboardInterrupt left over (the memory budget won) must not
        // hit the next case.
        let _ = vm.run("pass", "flush.py");
    }
}

/// Each does a lot of native work in one call on a prepared input.
const HEAVY: &[&str] = &[
    "xs.sort()",
    "sorted(xs)",
    "sorted(words)",
    "words.sort(key=len)",
    "s.replace('a', 'bc')",
    "s.split('a')",
    "s.upper()",
    "s.count('ab')",
    "s.find('zz')",
    "s * 20",
    "'-'.join(words)",
    "json.dumps(data)",
    "json.loads(text)",
    "copy.deepcopy(data)",
    "str(data)",
    "repr(words)",
    "data == copy_of_data",
    "set(xs) == set(xs)",
    "hash(tuple(xs))",
    "xs.index(-1) if -1 in xs else xs.count(-2)",
    "b.replace(b'a', b'bc')",
    "list(reversed(xs))",
    "xs[::-1]",
    "xs + xs",
    "max(words)",
    "s.encode()",
    "zlib.compress(b)",
    "zlib.decompress(zb)",
    "zlib.decompressobj().decompress(zb)",
    "hashlib.sha256(b).digest()",
    "hashlib.shake_128(b).digest(1000)",
    "zlib.crc32(b * 4)",
];

const SETUP: &str = "\
import json, copy, random, zlib, hashlib
random.seed(5)
xs = list(range(300000))
random.shuffle(xs)
words = [str(x) * 3 for x in xs]
s = 'ab' * 2000000
b = s.encode()
data = {'k%d' % i: [i, str(i), {'x': i * 0.5, 'y': [None, True]}] for i in range(60000)}
copy_of_data = copy.deepcopy(data)
text = json.dumps(data)
zb = zlib.compress(b)
";

#[test]
fn heavy_native_operations_are_charged() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(SETUP, "setup.py").unwrap();
    vm.set_instruction_budget(Some(30_000));
    let mut uncharged = Vec::new();
    for src in HEAVY {
        match vm.run(src, "heavy.py") {
            Err(e) if e.limit() == Some(Limit::Instructions) => {}
            other => uncharged.push(format!("{}: {:?}", src, other.err())),
        }
        assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42, "after {}", src);
    }
    assert!(uncharged.is_empty(), "not stopped: {:#?}", uncharged);
    // With room enough, every one of them runs to the end.
    vm.set_instruction_budget(Some(2_000_000_000));
    for src in HEAVY {
        vm.run(src, "heavy.py")
            .unwrap_or_else(|e| panic!("{}: {}", src, e));
    }
}
