//! Exit statuses and stream behaviour of the `weft` command line, which the
//! golden programs cannot check (they only see "zero" or "non-zero").

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn weft(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("weft finishes")
}

fn code(src: &str) -> (Option<i32>, String, String) {
    let out = weft(&["-c", src], "");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn system_exit_statuses() {
    assert_eq!(code("import sys; sys.exit()").0, Some(0));
    assert_eq!(code("import sys; sys.exit(None)").0, Some(0));
    assert_eq!(code("import sys; sys.exit(0)").0, Some(0));
    assert_eq!(code("import sys; sys.exit(3)").0, Some(3));
    assert_eq!(code("raise SystemExit(42)").0, Some(42));
    assert_eq!(code("raise SystemExit").0, Some(0));
    let (status, out, err) = code("import sys; print('x'); sys.exit('bad thing')");
    assert_eq!(status, Some(1));
    assert_eq!(out, "x\n");
    assert_eq!(err, "bad thing\n");
    // A non-int, non-str code is printed like str() and gives status 1.
    let (status, _, err) = code("raise SystemExit([1, 2])");
    assert_eq!(status, Some(1));
    assert_eq!(err, "[1, 2]\n");
}

#[test]
fn uncaught_exception_is_status_one() {
    let (status, out, err) = code("print('before'); 1/0");
    assert_eq!(status, Some(1));
    assert_eq!(out, "before\n");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{}",
        err
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        err
    );
    let (status, _, err) = code("def f(:\n pass");
    assert_eq!(status, Some(1));
    assert!(err.contains("SyntaxError"), "{}", err);
}

#[test]
fn program_from_stdin_and_argv() {
    let out = weft(&["-", "a", "b"], "import sys\nprint(sys.argv)\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['-', 'a', 'b']\n");
    let out = weft(&["-c", "import sys; print(sys.argv)", "x"], "");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['-c', 'x']\n");
}

#[test]
fn input_at_end_of_file_raises_eoferror() {
    let out = weft(&["-c", "print(input('> '))"], "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.trim_end()
            .ends_with("EOFError: EOF when reading a line"),
        "{}",
        err
    );
    let out = weft(&["-c", "print(input('> '))"], "hello\n");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "> hello\n");
}

#[test]
fn usage_errors_are_status_two() {
    let out = weft(&["--no-such-option"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = weft(&["/nonexistent/script.py"], "");
    assert_eq!(out.status.code(), Some(2));
}
