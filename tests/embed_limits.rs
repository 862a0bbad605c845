//! Resource limits stop runaway scripts with an error returned to the host.

use std::time::{Duration, Instant};

use weft::{Limit, Vm};

#[test]
fn infinite_loop_is_stopped_by_the_instruction_budget() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(200_000)
        .build();
    let e = vm
        .run("n = 0\nwhile True:\n    n += 1\n", "spin.py")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
    assert_eq!(e.type_name(), "LimitExceeded");
    let n: i64 = vm.get_global("n").unwrap();
    assert!(n > 1000, "ran only {} iterations", n);
    // The budget is per host call: the VM works again afterwards.
    assert_eq!(vm.eval::<i64>("n > 0").unwrap(), 1);
}

#[test]
fn the_budget_cannot_be_caught() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(100_000)
        .build();
    let src = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        print('caught')\n        continue\n    finally:\n        print('finally')\n";
    let e = vm.run(src, "sneaky.py").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
    assert_eq!(vm.take_stdout(), "");
}

#[test]
fn recursion_without_loops_is_charged_too() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(1_000_000)
        .build();
    let e = vm
        .run(
            "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(60)\n",
            "fib.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
    // A small call fits in the same budget.
    assert_eq!(vm.call::<i64>("fib", (15,)).unwrap(), 610);
}

#[test]
fn runaway_tasks_are_stopped_too() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(300_000)
        .build();
    vm.run(
        "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasync def main():\n    await asyncio.gather(spin(), spin())\n",
        "t.py",
    )
    .unwrap();
    let coro: weft::Value = vm.call("main", ()).unwrap();
    let e = vm.run_until_complete::<()>(&coro).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
}

#[test]
fn wall_clock_deadline_stops_loops_and_sleeps() {
    let mut vm = Vm::builder()
        .capture_output()
        .time_limit(Duration::from_millis(200))
        .build();
    let t = Instant::now();
    let e = vm.run("while True:\n    pass\n", "spin.py").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline));
    assert!(t.elapsed() < Duration::from_secs(3));
    let t = Instant::now();
    let e = vm
        .run(
            "import asyncio\nasyncio.run(asyncio.sleep(30))\n",
            "sleep.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline));
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
}

#[test]
fn unbounded_allocation_is_stopped_by_the_memory_budget() {
    assert!(weft::CountingAlloc::is_installed());
    let before = weft::CountingAlloc::thread_net_bytes();
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(32 << 20)
        .build();
    let e = vm
        .run(
            "hoard = []\nwhile True:\n    hoard.append('x' * 1000)\n",
            "hog.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
    assert!(
        e.message().starts_with("memory budget exceeded"),
        "{}",
        e.message()
    );
    let held = vm.memory_used();
    assert!((32 << 20..64 << 20).contains(&held), "held {}", held);
    // The host is alive; dropping the VM frees everything it held.
    drop(vm);
    let after = weft::CountingAlloc::thread_net_bytes();
    assert!(after - before < 1 << 20, "leaked {} bytes", after - before);
}

#[test]
fn memory_held_by_a_stopped_function_is_released() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(32 << 20)
        .build();
    vm.run(
        "def hog():\n    hoard = []\n    while True:\n        hoard.append([0] * 100)\n",
        "hog.py",
    )
    .unwrap();
    let e = vm.call::<()>("hog", ()).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
    // Unwinding dropped the function's locals: the VM keeps working.
    assert!(vm.memory_used() < 8 << 20, "still {}", vm.memory_used());
    assert_eq!(vm.eval::<i64>("sum(range(1000))").unwrap(), 499500);
}

#[test]
fn a_doubling_string_is_stopped() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(64 << 20)
        .build();
    let e = vm
        .run("s = 'ab'\nwhile True:\n    s = s + s\n", "dbl.py")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
}

#[test]
fn churning_scripts_that_hold_little_run_to_the_end() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(16 << 20)
        .build();
    vm.run(
        "total = 0\nfor i in range(20000):\n    chunk = [i] * 1000\n    total += len(chunk)\nprint(total)\n",
        "churn.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "20000000\n");
}

#[test]
fn sandboxed_open_raises_permission_error() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(
        "try:\n    open('/etc/passwd')\nexcept PermissionError as e:\n    print('PermissionError:', e)\nimport os\ntry:\n    os.environ['HOME']\nexcept PermissionError:\n    print('no env')\n",
        "sb.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "PermissionError: file access is disabled in this VM\nno env\n"
    );
    let e = vm.run("open('x.txt', 'w')", "sb.py").unwrap_err();
    assert_eq!(e.type_name(), "PermissionError");
    // Opting in gives access.
    let dir = std::env::temp_dir().join(format!("weft_open_{}.txt", std::process::id()));
    let mut vm = Vm::builder().capture_output().allow_files().build();
    vm.set_global("path", dir.to_string_lossy().to_string())
        .unwrap();
    vm.run(
        "with open(path, 'w') as f:\n    f.write('hi')\nprint(open(path).read())",
        "f.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "hi\n");
    let _ = std::fs::remove_file(dir);
}

#[test]
fn interrupts_raise_keyboard_interrupt() {
    let mut vm = Vm::builder().capture_output().build();
    let handle = vm.loop_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let e = vm.run("while True:\n    pass\n", "spin.py").unwrap_err();
    assert_eq!(e.type_name(), "KeyboardInterrupt");
    t.join().unwrap();
}

#[test]
fn churning_cycles_are_collected_within_the_budget() {
    // Every iteration leaves a dead cycle (~100 KB) that reference
    // counting cannot free: only the collector keeps this under budget.
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(32 << 20)
        .build();
    vm.run(
        "class Node:\n    pass\nn = 0\nfor i in range(5000):\n    a = Node()\n    b = Node()\n    a.other = b\n    b.other = a\n    a.payload = [i] * 12000\n    n += 1\nprint(n)\n",
        "cycles.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "5000\n");
}
