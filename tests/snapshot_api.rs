//! The snapshot API: what travels (sharing, cycles, generators, tasks,
//! timers), what is refused and how, and the size of a snapshot of 10,000
//! pending tasks (printed with its timings; only the size is asserted).

use std::time::Instant;

use weft::SnapshotError;
use weft::{ErrorKind, Vm};

fn vm() -> Vm {
    Vm::builder().capture_output().virtual_time(true).build()
}

fn restored(bytes: &[u8]) -> Vm {
    Vm::builder()
        .capture_output()
        .virtual_time(true)
        .restore(bytes)
        .expect("restore")
}

#[test]
fn sharing_cycles_and_suspended_generators_survive() {
    let mut a = vm();
    a.run(
        r#"
shared = [1, 2]
pair = (shared, shared)
d = {"self": None, "k": frozenset({1, 2}), (1, "x"): 2**80}
d["self"] = d
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
n = Node(3)
def counter(start):
    total = start
    while True:
        got = yield total
        total += got
c = counter(10)
next(c)
c.send(5)
def outer():
    x = yield from counter(100)
it = outer()
next(it)
"#,
        "state.py",
    )
    .unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = restored(&bytes);
    b.run(
        r#"
print(pair[0] is pair[1] is shared, d["self"] is d, n.next is n, type(n).__name__)
shared.append(3)
print(pair, d[(1, "x")], 1 in d["k"])
print(c.send(1), c.send(1), it.send(7))
import inspect
print(inspect.getgeneratorstate(c))
"#,
        "after.py",
    )
    .unwrap();
    assert_eq!(
        b.take_stdout(),
        "True True True Node\n([1, 2, 3], [1, 2, 3]) 1208925819614629174706176 True\n16 17 107\nGEN_SUSPENDED\n"
    );
    // The first VM is unchanged by having been saved.
    a.run("print(c.send(1))", "again.py").unwrap();
    assert_eq!(a.take_stdout(), "16\n");
}

#[test]
fn timers_keep_their_remaining_delay_and_order() {
    let mut a = vm();
    a.run(
        r#"
import asyncio
loop = asyncio.get_event_loop()
log = []
for i, d in enumerate([3, 1, 2, 1]):
    loop.call_later(d, log.append, (i, d))
start = loop.time()
"#,
        "timers.py",
    )
    .unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = restored(&bytes);
    b.run(
        "loop.run_until_complete(asyncio.sleep(5))\nprint(log, loop.time() - start)",
        "after.py",
    )
    .unwrap();
    assert_eq!(b.take_stdout(), "[(1, 1), (3, 1), (2, 2), (0, 3)] 5.0\n");
}

#[test]
fn what_cannot_travel_is_named_with_its_path() {
    let mut a = Vm::builder()
        .capture_output()
        .allow_files()
        .virtual_time(true)
        .build();
    let path = std::env::temp_dir().join(format!("weft-snap-file-{}", std::process::id()));
    std::fs::write(&path, "x").unwrap();
    a.set_global("path", path.to_string_lossy().to_string())
        .unwrap();
    a.run(
        r#"
class Conn:
    pass
conns = {"db": Conn()}
conns["db"].handle = open(path)
"#,
        "files.py",
    )
    .unwrap();
    let e = a.snapshot().unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Snapshot(_)));
    assert_eq!(
        e.message(),
        "cannot snapshot open file: sys.modules -> '__main__' -> .__dict__ -> 'conns' -> 'db' -> .__dict__ -> 'handle'"
    );
    // The program goes on unharmed, and once the file is closed it can be saved.
    a.run(
        "conns['db'].handle.close()\ndel conns['db'].handle\nprint('still here')",
        "files.py",
    )
    .unwrap();
    assert_eq!(a.take_stdout(), "still here\n");
    assert!(a.snapshot().is_ok());
    let _ = std::fs::remove_file(&path);
}

#[test]
fn host_functions_are_linked_by_name() {
    let mut a = vm();
    a.register_fn("double", |x: i64| x * 2);
    a.run("f = double\nkeep = [double]", "host.py").unwrap();
    let bytes = a.snapshot().unwrap();
    // Without the function the snapshot is refused, naming it.
    let e = Vm::builder().capture_output().restore(&bytes).unwrap_err();
    assert!(e.message().contains("hostfn.double"), "{}", e.message());
    let mut b = vm();
    b.register_fn("double", |x: i64| x * 2);
    b.load_snapshot(&bytes).unwrap();
    assert_eq!(b.eval::<i64>("f(21) + keep[0](1)").unwrap(), 44);
}

/// Altered contents made whole again: the length at bytes 8..16 and a
/// CRC-64/XZ of the rest as the last 8 bytes, as another weft would write.
fn reseal(b: &mut Vec<u8>) {
    b.truncate(b.len() - 8);
    let len = (b.len() as u64 + 8).to_le_bytes();
    b[8..16].copy_from_slice(&len);
    let mut d = crc64fast::Digest::new();
    d.write(b);
    b.extend_from_slice(&d.sum64().to_le_bytes());
}

#[test]
fn foreign_or_damaged_snapshots_are_refused() {
    let mut a = vm();
    a.run("x = 1", "x.py").unwrap();
    let bytes = a.snapshot().unwrap();
    let refused = |b: &[u8]| Vm::builder().capture_output().restore(b).unwrap_err();
    let e = refused(b"not a snapshot");
    assert_eq!(e.message(), "corrupt snapshot: not a weft snapshot");
    for bad in [bytes[..bytes.len() / 2].to_vec(), Vec::new()] {
        let e = refused(&bad);
        assert!(
            matches!(e.kind(), ErrorKind::Snapshot(SnapshotError::Damaged(_))),
            "{:?}",
            e
        );
    }
    // The head: magic, length, format, version, build id.
    let version = env!("CARGO_PKG_VERSION");
    let build_at = 16 + 1 + 1 + version.len() + 1;
    // Damaged there, it is damaged, not "from another weft".
    for at in [16, 18, build_at] {
        let mut b = bytes.clone();
        b[at] ^= 0x01;
        let e = refused(&b);
        assert_eq!(e.message(), "snapshot is damaged (checksum mismatch)");
    }
    // Written so by another weft build, it is refused as such.
    let mut other = bytes.clone();
    other[build_at] ^= 0x01;
    reseal(&mut other);
    let e = refused(&other);
    assert!(
        matches!(e.kind(), ErrorKind::Snapshot(SnapshotError::Mismatch(_))),
        "{:?}",
        e
    );
    assert!(e.message().contains("compiler differs"), "{}", e.message());
    let mut later = bytes.clone();
    later[16] = 3;
    reseal(&mut later);
    assert_eq!(
        refused(&later).message(),
        "snapshot does not match this weft: snapshot format 3 (this weft reads format 2)"
    );
    let mut newer = bytes.clone();
    newer[18] = b'9';
    reseal(&mut newer);
    assert!(
        refused(&newer).message().contains("made by weft 9"),
        "{}",
        refused(&newer).message()
    );
    // A snapshot from before the checksum (format 1) is old, not damaged.
    let mut old = b"WEFTSNAP\x01".to_vec();
    old.extend_from_slice(&bytes[17..bytes.len() - 8]);
    assert_eq!(
        refused(&old).message(),
        "snapshot does not match this weft: snapshot format 1 (this weft reads format 2)"
    );
}

#[test]
fn ten_thousand_pending_tasks() {
    let mut a = vm();
    a.run(
        r#"
import asyncio
async def waiter(i, ev):
    await ev.wait()
    return i
loop = asyncio.get_event_loop()
ev = asyncio.Event()
tasks = [loop.create_task(waiter(i, ev)) for i in range(10000)]
"#,
        "many.py",
    )
    .unwrap();
    a.run_once().unwrap();
    let t0 = Instant::now();
    let bytes = a.snapshot().unwrap();
    let save = t0.elapsed();
    let t1 = Instant::now();
    let mut b = restored(&bytes);
    let restore = t1.elapsed();
    // The same program without the tasks (measured after, so its VMs'
    // garbage does not weigh on the timings above).
    let (base, base_restore) = {
        let mut e = vm();
        e.run(
            "import asyncio\nloop = asyncio.get_event_loop()\nev = asyncio.Event()",
            "base.py",
        )
        .unwrap();
        e.run_once().unwrap();
        let b = e.snapshot().unwrap();
        let t = Instant::now();
        drop(restored(&b));
        (b.len(), t.elapsed())
    };
    let per_task = (bytes.len() - base) as f64 / 10000.0;
    println!(
        "10,000 pending tasks: {} bytes ({:.0} per task beyond an empty program of {} bytes), save {:.1} ms, restore {:.1} ms (the empty program alone: {:.1} ms)",
        bytes.len(),
        per_task,
        base,
        save.as_secs_f64() * 1e3,
        restore.as_secs_f64() * 1e3,
        base_restore.as_secs_f64() * 1e3
    );
    assert!(per_task < 200.0, "{} bytes per task", per_task);
    b.run(
        "ev.set()\nr = loop.run_until_complete(asyncio.gather(*tasks))\nprint(sum(r), len(r))",
        "after.py",
    )
    .unwrap();
    assert_eq!(b.take_stdout(), "49995000 10000\n");
}

#[test]
fn a_future_another_thread_waits_for_is_refused() {
    let mut a = vm();
    a.run(
        "import asyncio\nasync def work():\n    await asyncio.sleep(10)\n    return 42\n",
        "threads.py",
    )
    .unwrap();
    let handle = a.loop_handle();
    let fut = handle.run_coroutine_threadsafe(|vm| vm.call("work", ()));
    // One loop run starts the job; `work` then waits on its timer.
    let tick = a.eval::<weft::Value>("asyncio.sleep(1)").unwrap();
    a.run_until_complete::<()>(&tick).unwrap();
    let e = a.snapshot().unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Snapshot(_)));
    assert!(
        e.message().starts_with(
            "cannot snapshot run_coroutine_threadsafe future (another thread waits for its result): "
        ),
        "{}",
        e.message()
    );
    // Unharmed: the work finishes, the waiting side gets its answer, and
    // then there is nothing left that cannot travel.
    let rest = a.eval::<weft::Value>("asyncio.sleep(20)").unwrap();
    a.run_until_complete::<()>(&rest).unwrap();
    let r = fut
        .wait_timeout(std::time::Duration::from_secs(5))
        .expect("finished")
        .expect("no error");
    assert_eq!(r, weft::Data::Int(42));
    assert!(a.snapshot().is_ok());
}

#[test]
fn complex_and_bytearray_travel_memoryview_is_refused() {
    let mut a = vm();
    a.run(
        r#"
z = complex(-0.0, 2.5)
zs = [z, z, 1j]
ba = bytearray(b"abc")
both = (ba, ba)
class C(complex):
    pass
sub = C(1, 2)
mv = memoryview(ba)
"#,
        "types.py",
    )
    .unwrap();
    let e = a.snapshot().unwrap_err();
    assert_eq!(
        e.message(),
        "cannot snapshot memoryview: sys.modules -> '__main__' -> .__dict__ -> 'mv'"
    );
    a.run("mv.release()\ndel mv", "types.py").unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = restored(&bytes);
    b.run(
        r#"
print(z, zs[0] is zs[1], zs[2] * 1j, type(sub).__name__, sub + 1)
both[0].append(100)
print(both[1], both[0] is ba, hash(z) == hash(complex(-0.0, 2.5)))
m = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(e)
"#,
        "after.py",
    )
    .unwrap();
    assert_eq!(
        b.take_stdout(),
        "(-0+2.5j) True (-1+0j) C (2+2j)\nbytearray(b'abcd') True True\nExisting exports of data: object cannot be re-sized\n"
    );
}

#[test]
fn arrays_travel_with_their_typecodes() {
    let mut a = vm();
    a.run(
        r#"
import array, binascii
ds = array.array('d', [1.5, -0.0, 2.5])
us = array.array('u', 'héllo')
qs = array.array('Q', [2**64 - 1, 0])
pair = (ds, ds)
class Sub(array.array):
    pass
sub = Sub('h', [1, -2])
sub.note = 'kept'
err = binascii.Error
"#,
        "arrays.py",
    )
    .unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = restored(&bytes);
    b.run(
        r#"
pair[0].append(7)
print(pair[1], pair[0] is ds, us, qs)
print(sub, sub.note, type(sub).__name__, isinstance(sub, array.array))
try:
    binascii.unhexlify('0')
except err as e:
    print(type(e).__name__, e)
"#,
        "after.py",
    )
    .unwrap();
    assert_eq!(
        b.take_stdout(),
        "array('d', [1.5, -0.0, 2.5, 7.0]) True array('u', 'héllo') array('Q', [18446744073709551615, 0])\nSub('h', [1, -2]) kept Sub True\nError Odd-length string\n"
    );
}

#[test]
fn hash_objects_are_refused_and_the_module_travels() {
    let mut a = vm();
    a.run(
        "import hashlib, hmac\nh = hashlib.sha256(b'abc')\nkeep = hashlib.md5\n",
        "hashes.py",
    )
    .unwrap();
    let e = a.snapshot().unwrap_err();
    assert_eq!(
        e.message(),
        "cannot snapshot hash object: sys.modules -> '__main__' -> .__dict__ -> 'h'"
    );
    a.run(
        "d = h.hexdigest()\ndel h\nimport zlib\nz = zlib.compressobj()",
        "hashes.py",
    )
    .unwrap();
    let e = a.snapshot().unwrap_err();
    assert_eq!(
        e.message(),
        "cannot snapshot zlib stream: sys.modules -> '__main__' -> .__dict__ -> 'z'"
    );
    a.run("del z", "hashes.py").unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = restored(&bytes);
    b.run(
        "print(d[:8], keep(b'abc').hexdigest()[:8], hmac.new(b'k', b'm', 'sha1').hexdigest()[:8])",
        "after.py",
    )
    .unwrap();
    assert_eq!(b.take_stdout(), "ba7816bf 90015098 772b71c8\n");
}

#[test]
fn slotted_instances_travel_with_their_layout() {
    let mut a = vm();
    a.run(
        r#"
class P:
    __slots__ = ("x", "y")
class Q(P):
    __slots__ = ("z", "__dict__")
p = P()
p.x = p
q = Q()
q.x, q.z, q.note = 1, [q], "kept"
desc = P.y
import struct
st = struct.Struct("<hi")
err = struct.error
"#,
        "slots.py",
    )
    .unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = restored(&bytes);
    b.run(
        r#"
print(p.x is p, hasattr(p, "y"), hasattr(p, "__dict__"), q.z[0] is q, q.note, q.x)
try:
    p.w = 1
except AttributeError as e:
    print(e)
p.y = 5
print(desc, desc.__get__(p, P), P().__class__ is P, type(Q()).__mro__[1] is P)
r = Q()
r.y = 2
print(r.y, r.__dict__)
print(st.pack(1, 2), st.size, st.format)
try:
    struct.unpack("<i", b"x")
except err as e:
    print(type(e).__name__, e)
"#,
        "after.py",
    )
    .unwrap();
    assert_eq!(
        b.take_stdout(),
        "True False False True kept 1\n'P' object has no attribute 'w'\n<member 'y' of 'P' objects> 5 True True\n2 {}\nb'\\x01\\x00\\x02\\x00\\x00\\x00' 6 <hi\nerror unpack requires a buffer of 4 bytes\n"
    );
}
