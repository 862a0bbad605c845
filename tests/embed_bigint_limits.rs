//! A single big-int operation can run for minutes (a product of two
//! 16M-bit ints, a division of that size, a modular power with a huge
//! modulus): the deadline, the instruction budget and host interrupts stop
//! it in the middle, and results too big for the memory budget are refused
//! before they are allocated. The VM works afterwards.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use weft::{Limit, Vm};

/// The deadline tests measure wall-clock time: run them one at a time so
/// they do not compete for the CPU with each other.
static SERIAL: Mutex<()> = Mutex::new(());

const LIMIT: Duration = Duration::from_millis(300);

/// A VM holding `x = 3**10**7` (15.8M bits), built without limits.
fn vm_with_x() -> Vm {
    let mut vm = Vm::builder().capture_output().build();
    vm.run("x = 3**10**7\n", "setup.py").unwrap();
    vm
}

/// Run `src` under the time limit: it must stop at the deadline within
/// three times the limit, and the VM must work afterwards.
fn stops_at_deadline(vm: &mut Vm, src: &str) {
    vm.set_time_limit(Some(LIMIT));
    let t = Instant::now();
    let e = vm.run(src, "big.py").unwrap_err();
    let took = t.elapsed();
    assert_eq!(e.limit(), Some(Limit::Deadline), "{}: {}", src, e);
    assert!(took < 3 * LIMIT, "{} took {:?}", src, took);
    vm.set_time_limit(None);
    assert_eq!(vm.eval::<i64>("6*7").unwrap(), 42);
}

#[test]
fn huge_product_stops_at_the_deadline() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = vm_with_x();
    stops_at_deadline(&mut vm, "y = x * x\n");
    assert!(!vm.has_global("y"));
}

#[test]
fn huge_division_stops_at_the_deadline() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = vm_with_x();
    vm.run("n = (x << 16_000_000) | x\n", "setup.py").unwrap();
    stops_at_deadline(&mut vm, "q, r = divmod(-n, x + 12345)\n");
    stops_at_deadline(&mut vm, "r = n % (x + 1)\n");
}

#[test]
fn huge_modular_power_stops_at_the_deadline() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::builder().capture_output().build();
    // (With a 30-bit exponent this takes ~0.1 s; CPython takes 4 s.)
    stops_at_deadline(&mut vm, "r = pow(3, 10**100, 10**100000 + 7)\n");
}

#[test]
fn huge_power_stops_at_the_deadline() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::builder().capture_output().build();
    stops_at_deadline(&mut vm, "r = 3 ** 10**9\n");
}

#[test]
fn math_functions_stop_at_the_deadline() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = vm_with_x();
    // y: x's bytes reversed, an unrelated number of the same size.
    vm.run(
        "import math\ny = int.from_bytes(x.to_bytes(2_000_000, 'little'), 'big')\n",
        "setup.py",
    )
    .unwrap();
    stops_at_deadline(&mut vm, "r = math.gcd(x, y)\n");
    stops_at_deadline(&mut vm, "r = math.lcm(x, y)\n");
    stops_at_deadline(&mut vm, "r = math.factorial(10**8)\n");
    stops_at_deadline(&mut vm, "r = math.isqrt(x * 3**10**7)\n");
}

#[test]
fn huge_product_is_stopped_by_the_instruction_budget() {
    let mut vm = vm_with_x();
    vm.set_instruction_budget(Some(2_000_000));
    let e = vm.run("y = x * x\n", "big.py").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
    let e = vm.run("y = divmod(x * 3, x + 1)\n", "big.py");
    assert!(e.is_ok(), "a short quotient is cheap: {:?}", e.err());
    let e = vm.run("y = pow(x, x, x + 2)\n", "big.py").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
    vm.set_instruction_budget(None);
    assert_eq!(vm.eval::<i64>("6*7").unwrap(), 42);
}

#[test]
fn huge_product_is_stopped_by_a_host_interrupt() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = vm_with_x();
    let handle = vm.loop_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(LIMIT);
        handle.interrupt();
    });
    let start = Instant::now();
    let e = vm
        .run(
            "try:\n    y = x * x\nexcept KeyboardInterrupt:\n    print('caught')\n    raise\n",
            "big.py",
        )
        .unwrap_err();
    let took = start.elapsed();
    t.join().unwrap();
    assert_eq!(e.type_name(), "KeyboardInterrupt");
    assert!(took < 3 * LIMIT, "took {:?}", took);
    // An interrupt is an ordinary exception: the script saw it.
    assert_eq!(vm.take_stdout(), "caught\n");
    assert_eq!(vm.eval::<i64>("6*7").unwrap(), 42);
}

#[test]
fn results_past_the_memory_budget_are_refused_before_allocation() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(64 << 20)
        .build();
    for src in [
        "r = 3 ** 10**9\n",
        "r = 7 << 10**9\n",
        "r = (1).to_bytes(10**9, 'big')\n",
        "r = (3 ** 10**6) ** 1000\n",
    ] {
        let before = vm.memory_used();
        let e = vm.run(src, "big.py").unwrap_err();
        assert_eq!(e.limit(), Some(Limit::Memory), "{}: {}", src, e);
        // Refused up front: nothing near the result's size was held.
        assert!(vm.memory_used() < before + (16 << 20), "{}", src);
        assert_eq!(vm.eval::<i64>("6*7").unwrap(), 42);
    }
}

#[test]
fn results_no_machine_holds_are_memory_errors() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(
        "for f in [lambda: 10 ** 10**12, lambda: 2 ** 2**62, lambda: 1 << 2**62,\n          lambda: 1 << 2**64, lambda: 5 ** 2**64, lambda: (1).to_bytes(2**62, 'big')]:\n    try:\n        f()\n    except MemoryError as e:\n        print('MemoryError', repr(e))\n",
        "big.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "MemoryError MemoryError()\n".repeat(6));
    assert_eq!(vm.eval::<i64>("6*7").unwrap(), 42);
}
