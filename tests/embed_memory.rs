//! The memory budget: per VM, checked before allocations whose size the
//! script chooses, and a VM stopped by it stays usable.

use weft::{Limit, Vm};

const MIB: usize = 1 << 20;

#[test]
fn each_vm_counts_its_own_memory() {
    let mut a = Vm::builder().capture_output().build();
    a.run("hoard = ['x' * 1000 for _ in range(40000)]\n", "a.py")
        .unwrap();
    assert!(a.memory_used() >= 40 * MIB, "a holds {}", a.memory_used());
    let mut b = Vm::builder()
        .capture_output()
        .memory_budget(64 * MIB)
        .build();
    let before = b.memory_used();
    assert!(before < 8 * MIB, "a new VM holds {}", before);
    b.run("mine = ['y' * 1000 for _ in range(30000)]\n", "b.py")
        .unwrap();
    let used = b.memory_used();
    assert!((30 * MIB..48 * MIB).contains(&used), "b holds {}", used);
    // Freeing A's memory, even while B's account is in force, leaves B's
    // count alone.
    drop(a);
    assert_eq!(b.memory_used(), used);
    b.run("del mine\n", "b.py").unwrap();
    assert!(b.memory_used() < 8 * MIB, "b holds {}", b.memory_used());
}

#[test]
fn a_vm_stopped_at_its_budget_can_free_memory() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(32 * MIB)
        .build();
    let e = vm
        .run(
            "xs = []\nwhile True:\n    xs.append('x' * 1000)\n",
            "hog.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
    assert!(vm.memory_used() >= 32 * MIB);
    vm.run("n = len(xs)\ndel xs\n", "free.py").unwrap();
    assert!(vm.memory_used() < 8 * MIB, "still {}", vm.memory_used());
    assert!(vm.eval::<i64>("n").unwrap() > 30_000);
    // The budget holds again for what comes next.
    let e = vm
        .run(
            "ys = []\nwhile True:\n    ys.append('y' * 1000)\n",
            "hog.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
}

#[test]
fn the_budget_can_be_changed() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(8 * MIB)
        .build();
    let src = "xs = ['z' * 1000 for _ in range(16000)]\n";
    let e = vm.run(src, "big.py").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
    vm.set_memory_budget(Some(64 * MIB));
    vm.run(src, "big.py").unwrap();
    vm.set_memory_budget(None);
    vm.run("ys = ['w' * 1000 for _ in range(80000)]\n", "big.py")
        .unwrap();
    assert!(vm.memory_used() > 64 * MIB);
}

/// Each of these asks for far more than the budget in one step.
const BOMBS: &[&str] = &[
    "[0] * 10**9",
    "[0, 1] * 2**62",
    "(0,) * 10**9",
    "list(range(10**9))",
    "tuple(range(10**9))",
    "set(range(10**8))",
    "dict.fromkeys(range(10**8))",
    "{i: i for i in range(10**8)}",
    "sorted(range(10**9))",
    "[x for x in range(10**9)]",
    "'a' * 2**40",
    "b'a' * 2**40",
    "'ab' * 2**60",
    "'a'.ljust(2**62)",
    "'a'.rjust(2**40)",
    "'a'.center(2**40)",
    "'1'.zfill(2**40)",
    "'a\\tb'.expandtabs(2**30)",
    "'%*s' % (2**40, 'a')",
    "'%.*d' % (2**30, 1)",
    "format(1, '2000000000')",
    "f'{1:>2000000000}'",
    "'{:2000000000}'.format('a')",
    "b'a'.ljust(2**40)",
    "b'a'.center(2**40)",
    "bytes(2**40)",
    "' '.join(['x' * 1000] * 10**6)",
    "('x' * 1000).replace('', 'y' * 10**6)",
    "str(list(range(10**7)))",
    "1 << 10**12",
    "10 ** 10**12",
    "(2**100) ** (10**12)",
    "(1).to_bytes(2**40, 'big')",
];

#[test]
fn allocation_bombs_end_in_the_budget_error() {
    let mut vm = Vm::builder()
        .capture_output()
        .memory_budget(64 * MIB)
        .build();
    for bomb in BOMBS {
        let Err(e) = vm.run(&format!("x = {}\n", bomb), "bomb.py") else {
            panic!("{} ran within the budget", bomb);
        };
        assert!(
            e.limit() == Some(Limit::Memory) || e.type_name() == "MemoryError",
            "{}: {} {}",
            bomb,
            e.type_name(),
            e.message()
        );
        assert!(
            vm.memory_used() < 16 * MIB,
            "{} left {}",
            bomb,
            vm.memory_used()
        );
        assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42, "after {}", bomb);
    }
}

#[test]
fn impossible_sizes_are_memory_errors_without_a_budget() {
    let mut vm = Vm::builder().capture_output().build();
    for bomb in [
        "[0] * 2**62",
        "'ab' * 2**61",
        "'a'.ljust(2**62)",
        "'a'.center(2**62)",
        "'1'.zfill(2**62)",
        "'%*s' % (2**62, 'a')",
        "b'a'.ljust(2**62)",
        "bytes(2**62)",
        "1 << 2**62",
        "[0] * 10**12",
    ] {
        let src = format!(
            "try:\n    x = {}\nexcept MemoryError as e:\n    print('MemoryError', repr(e))\n",
            bomb
        );
        vm.run(&src, "bomb.py")
            .unwrap_or_else(|e| panic!("{}: {}", bomb, e));
        assert_eq!(vm.take_stdout(), "MemoryError MemoryError()\n", "{}", bomb);
    }
    // Past what a size can express, CPython says so with OverflowError.
    vm.run(
        "for src in ['\\'ab\\' * 2**62', 'b\\'ab\\' * 2**62', '\\'%.*d\\' % (2**40, 1)', '\\'a\\\\tb\\'.expandtabs(2**40)']:\n    try:\n        eval(src)\n    except OverflowError as e:\n        print(e)\n",
        "overflow.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "repeated string is too long\nrepeated bytes are too long\n\
         Python int too large to convert to C int\nPython int too large to convert to C int\n"
    );
}
