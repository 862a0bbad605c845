//! Limits stop catastrophic regular expressions: the matcher charges its
//! steps to the VM, so a time limit, an instruction budget or an
//! interrupt ends an exponential match within 3x the limit, and the same
//! VM runs more code afterwards.

use std::time::{Duration, Instant};

use weft::{Limit, Vm};

/// Each backtracks for years if nothing stops it.
const CATASTROPHIC: &[&str] = &[
    "import re; re.match('(a+)+$', 'a' * 40 + 'b')",
    "import re; re.search('(x+x+)+y', 'x' * 60)",
    "import re; re.fullmatch('(?:a|aa)*c', 'a' * 80)",
    "import re; re.findall('(a*)*b', 'a' * 50)",
    "import re; re.sub('(\\\\w+\\\\s?)*$', '', 'word ' * 30 + '!')",
    "import re; re.split('(a|a?)+b', 'a' * 60)",
    "import re; re.match('(?=(a+)+$)', 'a' * 40 + 'b')",
    "import re; re.match('((?:a{1,3}){1,9}){1,9}x', 'a' * 60)",
    "import re; re.match('(a?){40}a{40}', 'a' * 40)",
];

fn check(vm: &mut Vm, src: &str, ok: impl Fn(&weft::Error) -> bool, bound: Duration) {
    let t = Instant::now();
    let e = vm.run(src, "re_bomb.py").unwrap_err();
    let took = t.elapsed();
    assert!(ok(&e), "{}: {} {}", src, e.type_name(), e.message());
    assert!(took < bound, "{}: stopped after {:?}", src, took);
    assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42, "after {}", src);
    assert_eq!(
        vm.eval::<String>("__import__('re').sub('b+', '-', 'abbbc')")
            .unwrap(),
        "a-c",
        "after {}",
        src
    );
}

#[test]
fn the_time_limit_stops_catastrophic_matches() {
    let limit = Duration::from_millis(200);
    let mut vm = Vm::builder().capture_output().time_limit(limit).build();
    for src in CATASTROPHIC {
        check(
            &mut vm,
            src,
            |e| e.limit() == Some(Limit::Deadline),
            limit * 3,
        );
    }
}

#[test]
fn the_instruction_budget_stops_catastrophic_matches() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(3_000_000)
        .build();
    for src in CATASTROPHIC {
        check(
            &mut vm,
            src,
            |e| e.limit() == Some(Limit::Instructions),
            Duration::from_secs(5),
        );
    }
}

#[test]
fn an_interrupt_stops_a_catastrophic_match() {
    let mut vm = Vm::builder().capture_output().build();
    for src in CATASTROPHIC {
        let handle = vm.loop_handle();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            handle.interrupt();
        });
        check(
            &mut vm,
            src,
            |e| e.type_name() == "KeyboardInterrupt",
            Duration::from_millis(300),
        );
        t.join().unwrap();
    }
}

#[test]
fn ordinary_matches_fit_a_small_budget() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(2_000_000)
        .build();
    let n: i64 = vm
        .eval("len(__import__('re').findall('[a-z]+', 'ab cd ' * 20000))")
        .unwrap();
    assert_eq!(n, 40000);
}

#[test]
fn allowing_re_allows_what_it_needs() {
    let mut vm = Vm::builder()
        .capture_output()
        .allow_native_modules(&["re"])
        .build();
    vm.run(
        "import re\nprint(re.sub(r'(\\w+)@(\\w+)', r'\\2:\\1', 'me@host'), re.I | re.M)\n",
        "allowed.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "host:me re.IGNORECASE|re.MULTILINE\n");
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    // Test threads have 2 MB stacks, as an embedded VM's may.
    let mut vm = Vm::builder().capture_output().build();
    let src = r#"
import re
n = 199
print(re.match('(?=' * n + 'a' + ')' * n, 'a').span())
print(re.match('(?>' * n + 'a' + ')' * n, 'a').span())
print(re.match('(' * n + 'a' + ')' * n, 'a').span(n))
print(re.match('(?:a|' * n + 'b' + ')' * n, 'b').span())
for p in ('(' * 100000, '(?:' * 5000 + ')' * 5000, '[' * 100000):
    try:
        re.compile(p)
    except (RecursionError, re.error) as e:
        print(type(e).__name__)
"#;
    vm.run(src, "deep.py").unwrap();
    assert_eq!(
        vm.take_stdout(),
        "(0, 0)\n(0, 1)\n(0, 1)\n(0, 1)\nRecursionError\nRecursionError\nerror\n"
    );
}

#[test]
fn patterns_and_matches_survive_a_snapshot() {
    let mut a = Vm::builder().capture_output().build();
    a.run(
        "import re\np = re.compile(r'(?P<k>\\w+)=(?P<v>\\d+)', re.I)\nm = p.search('x a=1')\nit = p.finditer('b=2 c=3')\nnext(it)\n",
        "state.py",
    )
    .unwrap();
    let bytes = a.snapshot().unwrap();
    let mut b = Vm::builder().capture_output().restore(&bytes).unwrap();
    b.run(
        "print(p, m.groupdict(), next(it).span(), p.sub(r'\\g<v>', 'q=9'))\n",
        "after.py",
    )
    .unwrap();
    assert_eq!(
        b.take_stdout(),
        "re.compile('(?P<k>\\\\w+)=(?P<v>\\\\d+)', re.IGNORECASE) {'k': 'a', 'v': '1'} (4, 7) 9\n"
    );
}
