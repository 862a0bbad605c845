//! Blocking calls (time.sleep, input) answer to the host's limits, and
//! standard input is a capability.

use std::time::{Duration, Instant};

use weft::{Limit, Vm};

#[test]
fn sleep_wakes_at_the_deadline() {
    let mut vm = Vm::builder()
        .capture_output()
        .time_limit(Duration::from_millis(300))
        .build();
    let t = Instant::now();
    let e = vm.run("import time\ntime.sleep(30)\n", "s.py").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline));
    let took = t.elapsed();
    assert!(took < Duration::from_millis(900), "slept {:?}", took);
    // The same VM runs more code afterwards, under a fresh limit.
    vm.run("time.sleep(0.01)\nprint('again')\n", "s.py")
        .unwrap();
    assert_eq!(vm.take_stdout(), "again\n");
}

#[test]
fn sleep_wakes_on_a_host_interrupt() {
    let mut vm = Vm::builder().capture_output().build();
    let handle = vm.loop_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let start = Instant::now();
    let e = vm
        .run(
            "import time\ntry:\n    time.sleep(30)\nfinally:\n    print('finally ran')\n",
            "s.py",
        )
        .unwrap_err();
    assert_eq!(e.type_name(), "KeyboardInterrupt");
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(vm.take_stdout(), "finally ran\n");
    t.join().unwrap();
    assert_eq!(vm.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn sleep_checks_its_argument_as_cpython_does() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(
        "import time\nfor v in [-1, float('nan'), float('inf'), 10**10]:\n    try:\n        time.sleep(v)\n    except (ValueError, OverflowError) as e:\n        print(type(e).__name__, e)\n",
        "s.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "ValueError sleep length must be non-negative\n\
         ValueError Invalid value NaN (not a number)\n\
         OverflowError timestamp out of range for platform time_t\n\
         OverflowError timestamp too large to convert to C _PyTime_t\n"
    );
}

#[test]
fn stdin_is_refused_in_the_sandbox() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(
        "import sys\nfor f in (input, sys.stdin.readline, sys.stdin.read):\n    try:\n        f()\n    except PermissionError as e:\n        print('PermissionError:', e)\n",
        "in.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "PermissionError: standard input is disabled in this VM\n".repeat(3)
    );
}
