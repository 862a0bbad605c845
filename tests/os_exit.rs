//! `os._exit(n)`: on the command line the process ends with status n at
//! once (no `finally`, atexit or `__del__`; stdout's unflushed buffer is
//! lost to a pipe, as CPython's); in an embedded VM it stops the host call
//! with an exit error and the host goes on.

use std::process::{Command, Stdio};

use weft::Vm;

fn cli(src: &str) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["-c", src])
        .stdin(Stdio::null())
        .output()
        .expect("weft runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exits_at_once_with_the_status() {
    let src = "import os, sys, atexit\n\
               atexit.register(lambda: print('atexit'))\n\
               class D:\n    def __del__(self): sys.stderr.write('del\\n')\n\
               d = D()\n\
               print('flushed'); sys.stdout.flush()\n\
               print('buffered')\n\
               try:\n    os._exit(3)\n\
               except BaseException:\n    print('caught')\n\
               finally:\n    sys.stderr.write('finally\\n')\n";
    let (status, out, err) = cli(src);
    assert_eq!(status, Some(3));
    assert_eq!(out, "flushed\n");
    assert_eq!(err, "");
}

#[test]
fn status_is_the_low_byte_and_arguments_are_checked() {
    assert_eq!(cli("import os; os._exit(256 + 9)").0, Some(9));
    assert_eq!(cli("import os; os._exit(0)").0, Some(0));
    let (status, _, err) = cli("import os; os._exit('a')");
    assert_eq!(status, Some(1));
    assert!(err.ends_with("TypeError: 'str' object cannot be interpreted as an integer\n"));
    let (_, _, err) = cli("import os; os._exit(2**40)");
    assert!(err.ends_with("OverflowError: Python int too large to convert to C int\n"));
}

#[test]
fn inside_asyncio_it_still_ends_everything() {
    let src = "import os, asyncio\n\
               async def main():\n    try:\n        await asyncio.sleep(0)\n        os._exit(4)\n    finally:\n        print('finally')\n\
               asyncio.run(main())\nprint('after')\n";
    let (status, out, _) = cli(src);
    assert_eq!((status, out.as_str()), (Some(4), ""));
}

#[test]
fn embedded_it_stops_the_call_not_the_host() {
    let mut vm = Vm::builder().capture_output().build();
    let e = vm
        .run(
            "import os\nprint('before')\ntry:\n    os._exit(5)\nfinally:\n    print('finally')\n",
            "x.py",
        )
        .unwrap_err();
    assert_eq!(e.exit_code(), Some(5));
    assert_eq!(vm.take_stdout(), "before\n");
    // The VM is usable afterwards: the next call is not halted.
    assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42);
    vm.run("try:\n    x = 1\nfinally:\n    y = 2\n", "y.py")
        .unwrap();
    assert_eq!(vm.eval::<i64>("x + y").unwrap(), 3);
}

/// Set in the child process `os_exit_ends_the_host_when_allowed` starts.
const CHILD: &str = "WEFT_OS_EXIT_TEST_CHILD";

#[test]
fn os_exit_ends_the_host_when_allowed() {
    if std::env::var_os(CHILD).is_some() {
        let mut vm = Vm::builder().allow_exit().build();
        let _ = vm.run(
            "import os\nprint('lost', end='')\ntry:\n    os._exit(6)\nfinally:\n    print('finally')\n",
            "x.py",
        );
        // Not reached: the process ended with status 6.
        std::process::exit(99);
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "os_exit_ends_the_host_when_allowed",
            "--nocapture",
        ])
        .env(CHILD, "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains("lost") && !stdout.contains("finally"),
        "{}",
        stdout
    );
}
