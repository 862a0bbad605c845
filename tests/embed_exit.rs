//! `allow_exit`: `sys.exit()` ends the host process with its status;
//! without it the host gets the exit as an error.

use std::process::Command;

use weft::Vm;

/// Set in the child process this test binary starts.
const CHILD: &str = "WEFT_EXIT_TEST_CHILD";

#[test]
fn sys_exit_ends_the_process_when_allowed() {
    if std::env::var_os(CHILD).is_some() {
        let mut vm = Vm::builder().allow_exit().build();
        let _ = vm.run("print('bye', end='')\nimport sys\nsys.exit(7)\n", "x.py");
        // Not reached: the process ended with status 7.
        std::process::exit(99);
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "sys_exit_ends_the_process_when_allowed",
            "--nocapture",
        ])
        .env(CHILD, "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bye"));
}

#[test]
fn sys_exit_is_an_error_in_the_sandbox() {
    let mut vm = Vm::builder().capture_output().build();
    let e = vm.run("import sys\nsys.exit(3)\n", "x.py").unwrap_err();
    assert_eq!(e.exit_code(), Some(3));
    let e = vm.run("exit(4)\n", "x.py").unwrap_err();
    assert_eq!(e.exit_code(), Some(4));
    assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42);
}
