//! Exit statuses and stream behaviour of the `weft` command line, which the
//! golden programs cannot check (they only see "zero" or "non-zero").

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn weft(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    weft_os(args.iter().map(std::ffi::OsStr::new), stdin)
}

fn weft_os<'a>(
    args: impl IntoIterator<Item = &'a std::ffi::OsStr>,
    stdin: impl AsRef<[u8]>,
) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin.as_ref());
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
    // The exit and quit builtins raise SystemExit too.
    assert_eq!(code("exit(3)").0, Some(3));
    assert_eq!(code("quit()").0, Some(0));
    let (status, _, err) = code("exit('bye')");
    assert_eq!((status, err.as_str()), (Some(1), "bye\n"));
    let (status, out, err) = code("import sys; print('x'); sys.exit('bad thing')");
    assert_eq!(status, Some(1));
    assert_eq!(out, "x\n");
    assert_eq!(err, "bad thing\n");
    // A non-int, non-str code is printed like str() and gives status 1.
    let (status, _, err) = code("raise SystemExit([1, 2])");
    assert_eq!(status, Some(1));
    assert_eq!(err, "[1, 2]\n");
}

/// The status the operating system sees is the low 8 bits of the code
/// after CPython's conversion to a C long (overflow: -1) and then an int.
#[test]
fn system_exit_status_is_the_low_byte() {
    let cases: &[(&str, i32)] = &[
        ("sys.exit(-1)", 255),
        ("sys.exit(256)", 0),
        ("sys.exit(257)", 1),
        ("sys.exit(-256)", 0),
        ("sys.exit(True)", 1),
        ("sys.exit(False)", 0),
        ("sys.exit(2**31)", 0),
        ("sys.exit(2**31 - 1)", 255),
        ("sys.exit(2**32 + 3)", 3),
        ("sys.exit(-2**31 - 1)", 255),
        ("sys.exit(2**63 - 1)", 255),
        ("sys.exit(-2**63)", 0),
        ("sys.exit(2**64)", 255),
        ("sys.exit(2**100)", 255),
        ("raise SystemExit(3,)", 3),
        (
            "import enum\nclass E(enum.IntEnum):\n    A = 4\nsys.exit(E.A)",
            4,
        ),
        (
            "class I(int):\n    def __str__(self): return 's'\nraise SystemExit(I(300))",
            44,
        ),
    ];
    for (src, want) in cases {
        let (status, out, err) = code(&format!("import sys\n{}", src));
        assert_eq!(status, Some(*want), "{}", src);
        assert_eq!((out.as_str(), err.as_str()), ("", ""), "{}", src);
    }
}

#[test]
fn system_exit_with_other_values_prints_them() {
    let cases: &[(&str, &str)] = &[
        ("sys.exit(1.5)", "1.5\n"),
        ("sys.exit(b'x')", "b'x'\n"),
        ("sys.exit((1, 2))", "(1, 2)\n"),
        ("raise SystemExit(1, 2)", "(1, 2)\n"),
        ("raise SystemExit(None, 2)", "(None, 2)\n"),
        ("raise SystemExit('')", "\n"),
        // A failing __str__ leaves just the newline.
        (
            "class X:\n    def __str__(self): raise ValueError\nsys.exit(X())",
            "\n",
        ),
    ];
    for (src, want) in cases {
        let (status, _, err) = code(&format!("import sys\n{}", src));
        assert_eq!(status, Some(1), "{}", src);
        assert_eq!(err, *want, "{}", src);
    }
    // Output the program wrote comes first.
    let (status, out, err) = code("import sys\nsys.stdout.write('x')\nsys.exit('msg')");
    assert_eq!(
        (status, out.as_str(), err.as_str()),
        (Some(1), "x", "msg\n")
    );
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

/// A script file in a fresh temporary directory (removed by the caller
/// with `std::fs::remove_dir_all`).
fn script(name: &str, src: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("weft-cli-{}-{}", name, std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{}.py", name));
    std::fs::write(&path, src).expect("script written");
    let p = path.to_string_lossy().into_owned();
    (dir, p)
}

/// How a process ended: its exit status, or the signal that killed it.
#[derive(Debug, PartialEq)]
enum End {
    Status(i32),
    Signal(i32),
}

fn end_of(status: std::process::ExitStatus) -> End {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => End::Status(c),
        (None, Some(s)) => End::Signal(s),
        (None, None) => End::Status(-1),
    }
}

/// Run `args`, wait for the script to print "ready", then send SIGINT
/// `count` times, 300 ms apart. Returns how it ended, stdout and stderr.
fn interrupt(args: &[&str], count: usize) -> (End, String, String) {
    use std::io::{BufRead, BufReader, Read};
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    let _ = out.read_line(&mut first);
    assert_eq!(first, "ready\n");
    for _ in 0..count {
        std::thread::sleep(std::time::Duration::from_millis(300));
        // SAFETY: signalling the child we started.
        unsafe {
            libc::kill(child.id() as libc::pid_t, libc::SIGINT);
        }
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Ok(Some(s)) = child.try_wait() {
            break s;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("weft did not stop after SIGINT");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut rest = String::new();
    let _ = out.read_to_string(&mut rest);
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    (end_of(status), first + &rest, err)
}

// Expected outputs in the tests below are python3.11's for the same
// scripts (PYTHONUNBUFFERED unset).

#[test]
fn sigint_runs_finally_and_dies_of_sigint() {
    let (dir, path) = script(
        "sigint_finally",
        "x = 0\nprint('ready', flush=True)\ntry:\n    while True:\n        x += 1\nfinally:\n    print('finally ran')\n",
    );
    let (end, out, err) = interrupt(&[&path], 1);
    let _ = std::fs::remove_dir_all(dir);
    assert_eq!(end, End::Signal(libc::SIGINT));
    assert_eq!(out, "ready\nfinally ran\n");
    assert_eq!(
        err,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 4, in <module>\n    while True:\nKeyboardInterrupt\n",
            path
        )
    );
}

#[test]
fn sigint_interrupts_time_sleep() {
    let (dir, path) = script(
        "sigint_sleep",
        "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(10)\nfinally:\n    print('finally ran')\n",
    );
    let started = std::time::Instant::now();
    let (end, out, err) = interrupt(&[&path], 1);
    let _ = std::fs::remove_dir_all(dir);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(end, End::Signal(libc::SIGINT));
    assert_eq!(out, "ready\nfinally ran\n");
    assert_eq!(
        err,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 4, in <module>\n    time.sleep(10)\nKeyboardInterrupt\n",
            path
        )
    );
}

#[test]
fn sigint_can_be_caught() {
    let (end, out, err) = interrupt(
        &[
            "-c",
            "print('ready', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')",
        ],
        1,
    );
    assert_eq!(end, End::Status(0));
    assert_eq!(out, "ready\ncaught\nafter\n");
    assert_eq!(err, "");
}

#[test]
fn uncaught_keyboard_interrupt_dies_of_sigint() {
    let out = weft(&["-c", "raise KeyboardInterrupt"], "");
    assert_eq!(end_of(out.status), End::Signal(libc::SIGINT));
    assert!(
        String::from_utf8_lossy(&out.stderr).ends_with("\nKeyboardInterrupt\n"),
        "{:?}",
        out
    );
    // Raised as SystemExit(130) it is an ordinary exit status.
    assert_eq!(code("raise SystemExit(130)").0, Some(130));
}

#[test]
fn sigint_ignored_at_start_stays_ignored() {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args(["-c", "print('ready', flush=True)\nwhile True: pass"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // SAFETY: only changes a signal disposition in the forked child.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("weft starts");
    let mut line = String::new();
    {
        use std::io::BufRead;
        let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
        let _ = out.read_line(&mut line);
    }
    assert_eq!(line, "ready\n");
    // SAFETY: signalling the child we started.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    let still_running = matches!(child.try_wait(), Ok(None));
    let _ = child.kill();
    let _ = child.wait();
    assert!(still_running, "an ignored SIGINT stopped weft");
}

#[test]
fn sigint_cancels_the_asyncio_main_task() {
    let (dir, path) = script(
        "sigint_asyncio",
        "import asyncio\n\
         async def child():\n    try:\n        await asyncio.sleep(10)\n    finally:\n        print('child finally')\n\
         async def main():\n    t = asyncio.create_task(child())\n    await asyncio.sleep(0)\n    print('ready', flush=True)\n    try:\n        await asyncio.sleep(10)\n    except asyncio.CancelledError:\n        print('main cancelled')\n        raise\n    finally:\n        print('main finally')\n\
         try:\n    asyncio.run(main())\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt outside')\n    raise\n",
    );
    let (end, out, err) = interrupt(&[&path], 1);
    let _ = std::fs::remove_dir_all(dir);
    assert_eq!(end, End::Signal(libc::SIGINT));
    assert_eq!(
        out,
        "ready\nmain cancelled\nmain finally\nchild finally\nKeyboardInterrupt outside\n"
    );
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{}",
        err
    );
    assert!(
        err.contains("asyncio.exceptions.CancelledError\n\nDuring handling of the above exception, another exception occurred:\n\n"),
        "{}",
        err
    );
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{}", err);
}

#[test]
fn asyncio_main_task_may_swallow_the_cancellation() {
    let (end, out, err) = interrupt(
        &[
            "-c",
            "import asyncio\n\
             async def main():\n    print('ready', flush=True)\n    try:\n        await asyncio.sleep(10)\n    except asyncio.CancelledError:\n        print('swallowed')\n        return 5\n\
             print(asyncio.run(main()))",
        ],
        1,
    );
    assert_eq!(end, End::Status(0));
    assert_eq!(out, "ready\nswallowed\n5\n");
    assert_eq!(err, "");
}

#[test]
fn second_sigint_interrupts_a_busy_asyncio_task() {
    let (dir, path) = script(
        "sigint_busy_task",
        "import asyncio\nasync def main():\n    print('ready', flush=True)\n    try:\n        while True:\n            pass\n    finally:\n        print('main finally')\nasyncio.run(main())\n",
    );
    let (end, out, err) = interrupt(&[&path], 2);
    let _ = std::fs::remove_dir_all(dir);
    assert_eq!(end, End::Signal(libc::SIGINT));
    assert_eq!(out, "ready\nmain finally\n");
    assert!(
        err.contains(&format!(
            "  File \"{}\", line 5, in main\n    while True:\n",
            path
        )),
        "{}",
        err
    );
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{}", err);
    assert!(!err.contains("never retrieved"), "{}", err);
}

/// Run `args` with stdout read by a reader that stops after the first
/// line and closes the pipe (as `| head -1`).
fn first_line_then_close(args: &[&str]) -> (End, String, String) {
    use std::io::{BufRead, BufReader, Read};
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    let mut line = String::new();
    {
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let _ = out.read_line(&mut line);
    }
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let status = child.wait().expect("weft finishes");
    (end_of(status), line, err)
}

#[test]
fn print_to_a_closed_pipe_raises_broken_pipe_error() {
    let (dir, path) = script("broken_pipe", "while True:\n    print('line')\n");
    let (end, line, err) = first_line_then_close(&[&path]);
    let _ = std::fs::remove_dir_all(dir);
    assert_eq!(end, End::Status(1));
    assert_eq!(line, "line\n");
    assert_eq!(
        err,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 2, in <module>\n    print('line')\nBrokenPipeError: [Errno 32] Broken pipe\n",
            path
        )
    );
}

#[test]
fn a_script_can_catch_broken_pipe_error() {
    // What failed to be written is dropped: nothing is left at exit.
    let src = "import sys\ntry:\n    while True:\n        print('line')\nexcept BrokenPipeError as e:\n    print('caught', e.errno, e, type(e).__mro__[1].__name__, file=sys.stderr)\n";
    let (end, line, err) = first_line_then_close(&["-c", src]);
    assert_eq!(end, End::Status(0));
    assert_eq!(line, "line\n");
    assert_eq!(err, "caught 32 [Errno 32] Broken pipe ConnectionError\n");
    // Output written after that cannot be flushed at exit: status 120.
    let src = format!("{}print('pending')\n", src);
    let (end, _, err) = first_line_then_close(&["-c", &src]);
    assert_eq!(end, End::Status(120));
    assert_eq!(
        err,
        "caught 32 [Errno 32] Broken pipe ConnectionError\n\
         Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
         BrokenPipeError: [Errno 32] Broken pipe\n"
    );
}

/// Run `args` with stdout on /dev/full (every write fails with ENOSPC).
fn to_dev_full(args: &[&str]) -> (End, String) {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens");
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .expect("weft runs");
    (
        end_of(out.status),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const STDOUT_IGNORED_ENOSPC: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n";

#[test]
fn output_that_cannot_be_written_at_exit_is_status_120() {
    let (end, err) = to_dev_full(&["-c", "print(1)"]);
    assert_eq!(end, End::Status(120));
    assert_eq!(err, STDOUT_IGNORED_ENOSPC);
    // Even after sys.exit(3) or an uncaught exception.
    let (end, err) = to_dev_full(&["-c", "import sys\nprint(1)\nsys.exit(3)"]);
    assert_eq!(end, End::Status(120));
    assert_eq!(err, STDOUT_IGNORED_ENOSPC);
    let (end, err) = to_dev_full(&["-c", "print(1)\nraise ValueError('v')"]);
    assert_eq!(end, End::Status(120));
    assert!(
        err.ends_with(&format!("ValueError: v\n{}", STDOUT_IGNORED_ENOSPC)),
        "{}",
        err
    );
}

#[test]
fn a_failed_flush_keeps_the_output() {
    let src = "import sys\nprint(1)\nfor k in range(3):\n    try:\n        sys.stdout.flush()\n    except OSError as e:\n        print('caught', k, e.errno, type(e).__name__, file=sys.stderr)\n";
    let (end, err) = to_dev_full(&["-c", src]);
    assert_eq!(end, End::Status(120));
    assert_eq!(
        err,
        format!(
            "caught 0 28 OSError\ncaught 1 28 OSError\ncaught 2 28 OSError\n{}",
            STDOUT_IGNORED_ENOSPC
        )
    );
    // A write that fills the buffer raises, and drops what it could not
    // write.
    let src = "import sys\ntry:\n    sys.stdout.write('x' * 9000)\nexcept OSError as e:\n    print('caught', e, file=sys.stderr)\n";
    let (end, err) = to_dev_full(&["-c", src]);
    assert_eq!(end, End::Status(0));
    assert_eq!(err, "caught [Errno 28] No space left on device\n");
}

#[test]
fn print_with_stdout_closed_does_nothing() {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args([
        "-c",
        "print(1)\nprint('done', file=__import__('sys').stderr)",
    ])
    .stdin(Stdio::null())
    .stderr(Stdio::piped());
    // SAFETY: only closes a descriptor in the forked child.
    unsafe {
        cmd.pre_exec(|| {
            libc::close(1);
            Ok(())
        });
    }
    let out = cmd.output().expect("weft runs");
    assert_eq!(end_of(out.status), End::Status(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "done\n");
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn source_that_is_not_utf8_is_a_syntax_error() {
    let out = weft(&["-"], b"print(1)\n\xff\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        stderr_of(&out),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file <stdin> on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    // With no argument, the program on stdin is read the same way.
    let out = weft(&[], b"x = 1\n# \xe9\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).starts_with(
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file <stdin> on line 2,"
    ));
    let (dir, path) = script("not_utf8", "");
    std::fs::write(&path, b"print('ok')\nx = 1 \xc3\n").expect("written");
    let out = weft(&[&path], "");
    let _ = std::fs::remove_dir_all(dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        stderr_of(&out),
        format!("SyntaxError: Non-UTF-8 code starting with '\\xc3' in file {} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", path)
    );
}

#[test]
fn coding_declarations() {
    let (dir, path) = script("coding", "");
    let run_file = |bytes: &[u8]| {
        std::fs::write(&path, bytes).expect("written");
        weft(&[&path], "")
    };
    // Latin-1, declared on the second line after a comment-only first.
    let out = run_file(
        b"#!/usr/bin/env weft\n# -*- coding: Latin-1 -*-\nprint('\xe9', len('\xe9\xe8'))\n",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\u{e9} 2\n");
    // Not honoured on line 2 when line 1 is code.
    let out = run_file(b"x = 1\n# coding: latin-1\nprint('\xe9')\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("Non-UTF-8 code starting with '\\xe9'"));
    let out = run_file(b"# coding: nope\nprint(1)\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr_of(&out), "SyntaxError: encoding problem: nope\n");
    let out = run_file(b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n");
    assert_eq!(
        stderr_of(&out),
        "SyntaxError: encoding problem: iso-8859-1 with BOM\n"
    );
    let out = run_file(b"# coding: ascii\nprint(1)\nx = '\xe9'\n");
    assert_eq!(stderr_of(&out), "SyntaxError: encoding problem: ascii\n");
    // Declared UTF-8: bad bytes in comments are skipped, others located.
    let out = run_file(b"# coding: utf-8\nprint(1)\n# \xff\n");
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).as_ref()
        ),
        (Some(0), "1\n")
    );
    let out = run_file(b"# coding: utf-8\nx = \"ab\xff\"\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        format!("  File \"{}\", line 2\n    x = \"ab\u{fffd}\"\n           ^\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\n", path)
    );
    let _ = std::fs::remove_dir_all(dir);
    // On stdin CPython honours only a UTF-8 declaration.
    let out = weft(&["-"], b"# coding: latin-1\nprint(1)\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        "SyntaxError: encoding problem: iso-8859-1\n"
    );
    let out = weft(&["-"], b"\xef\xbb\xbfprint('bom')\n");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "bom\n");
}

#[test]
fn command_argument_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let arg = std::ffi::OsStr::from_bytes(b"print(1)\n\xff\n");
    let out = weft_os([std::ffi::OsStr::new("-c"), arg], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        "Unable to decode the command from the command line:\nUnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 9: surrogates not allowed\n"
    );
}

#[test]
fn scripts_that_cannot_be_run() {
    let out = weft(&["/nonexistent/script.py"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "weft: can't open file '/nonexistent/script.py': [Errno 2] No such file or directory\n"
    );
    let dir = std::env::temp_dir().join(format!("weft-cli-dir-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let d = dir.to_string_lossy().into_owned();
    let out = weft(&[&d], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        format!("weft: can't find '__main__' module in '{}'\n", d)
    );
    // A directory with __main__.py runs it, the directory first on sys.path.
    std::fs::write(
        dir.join("__main__.py"),
        "import sys\nprint(sys.argv, __file__.endswith('__main__.py'), sys.path[0] == sys.argv[0])\n",
    )
    .expect("written");
    let out = weft(&[&d, "a"], "");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("['{}', 'a'] True True\n", d)
    );
}

/// Run `weft args` in `dir`.
fn weft_in(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("weft runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A directory with a module, a runnable package and a package without
/// `__main__`; its path as `sys.path[0]` will show it.
fn module_tree(name: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("weft-cli-{}-{}", name, std::process::id()));
    let _ = std::fs::create_dir_all(dir.join("pkg"));
    let _ = std::fs::create_dir_all(dir.join("plain"));
    let files = [
        (
            "mod.py",
            "import sys\nprint(__name__, sys.argv, __file__, repr(__package__))\nprint(sys.path[0])\n",
        ),
        ("pkg/__init__.py", "print('init', __name__)\n"),
        (
            "pkg/__main__.py",
            "import sys\nprint('main', __name__, sys.argv, __package__)\n",
        ),
        (
            "pkg/sub.py",
            "import sys\nprint('sub', __name__, sys.argv, __package__)\n",
        ),
        ("plain/__init__.py", "print('plain init')\n"),
    ];
    for (f, src) in files {
        std::fs::write(dir.join(f), src).expect("written");
    }
    let d = std::fs::canonicalize(&dir)
        .unwrap_or(dir.clone())
        .to_string_lossy()
        .into_owned();
    (dir, d)
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let (dir, d) = module_tree("dash_m");
    let (status, out, err) = weft_in(&dir, &["-m", "mod", "a", "b"]);
    assert_eq!((status, err.as_str()), (Some(0), ""));
    assert_eq!(
        out,
        format!("__main__ ['{d}/mod.py', 'a', 'b'] {d}/mod.py ''\n{d}\n")
    );
    // A package runs its __main__ after its __init__.
    let (status, out, _) = weft_in(&dir, &["-m", "pkg", "x"]);
    assert_eq!(status, Some(0));
    assert_eq!(
        out,
        format!("init pkg\nmain __main__ ['{d}/pkg/__main__.py', 'x'] pkg\n")
    );
    let (_, out, _) = weft_in(&dir, &["-m", "pkg.sub", "x"]);
    assert_eq!(
        out,
        format!("init pkg\nsub __main__ ['{d}/pkg/sub.py', 'x'] pkg\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_m_failures() {
    let (dir, _) = module_tree("dash_m_fail");
    let cases: &[(&[&str], &str, &str)] = &[
        (&["-m", "nosuch"], "", "weft: No module named nosuch\n"),
        (
            &["-m", "nosuch.sub"],
            "",
            "weft: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')\n",
        ),
        (&["-m", "pkg.nosuch"], "init pkg\n", "weft: No module named pkg.nosuch\n"),
        (
            &["-m", "plain"],
            "plain init\n",
            "weft: No module named plain.__main__; 'plain' is a package and cannot be directly executed\n",
        ),
        (
            &["-m", "mod.x"],
            "mod ['-m'] ",
            "weft: Error while finding module specification for 'mod.x' (ModuleNotFoundError: __path__ attribute not found on 'mod' while trying to find 'mod.x')\n",
        ),
        (&["-m", ".mod"], "", "weft: Relative module names not supported\n"),
        (&["-m", "sys"], "", "weft: No code object available for sys\n"),
    ];
    for (args, out_start, want_err) in cases {
        let (status, out, err) = weft_in(&dir, args);
        assert_eq!(status, Some(1), "{:?}", args);
        assert!(out.starts_with(out_start), "{:?}: {}", args, out);
        assert_eq!(err, *want_err, "{:?}", args);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let (status, _, err) = weft_in(&std::env::temp_dir(), &["-m"]);
    assert_eq!(status, Some(2));
    assert_eq!(
        err,
        "Argument expected for the -m option\nusage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `weft -h' for more information.\n"
    );
}

#[test]
fn unknown_options() {
    let out = weft(&["-Z"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).starts_with("Unknown option: -Z\nusage: weft "));
    let out = weft(&["--nope"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).starts_with("unknown option --nope\nusage: weft "));
}

/// `--check` reports what compile() reports, not only what the parser
/// rejects: scope errors found by the compiler's symbol table.
#[test]
fn check_reports_compile_errors() {
    let cases = [
        (
            "check_nonlocal_module",
            "nonlocal x\n",
            "SyntaxError: nonlocal declaration not allowed at module level",
        ),
        (
            "check_nonlocal_unbound",
            "def f():\n    nonlocal y\n",
            "SyntaxError: no binding for nonlocal 'y' found",
        ),
        (
            "check_global_after_use",
            "x = 1\ndef g():\n    print(x)\n    global x\n",
            "SyntaxError: name 'x' is used prior to global declaration",
        ),
    ];
    for (name, src, want) in cases {
        let (_, path) = script(name, src);
        let out = weft(&["--check", &path], "");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert_eq!(err.lines().last(), Some(want), "{name}: {err}");
    }
    let (_, ok) = script(
        "check_fine.py",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n",
    );
    let out = weft(&["--check", &ok], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn m_unittest_discovers_runs_and_sets_the_status() {
    let dir = std::env::temp_dir().join(format!("weft-cli-unittest-{}", std::process::id()));
    let _ = std::fs::create_dir_all(dir.join("pkg"));
    let files = [
        (
            "test_one.py",
            "import unittest\nclass A(unittest.TestCase):\n    def test_ok(self): self.assertTrue(True)\n    def test_bad(self): self.assertIn(3, [1, 2])\n",
        ),
        ("pkg/__init__.py", ""),
        (
            "pkg/test_two.py",
            "import unittest\nclass B(unittest.TestCase):\n    def test_ok(self): pass\n",
        ),
        ("helper.py", "raise SystemExit('not a test module: never imported')\n"),
    ];
    for (f, src) in files {
        std::fs::write(dir.join(f), src).expect("written");
    }
    let (status, out, err) = weft_in(&dir, &["-m", "unittest"]);
    assert_eq!(status, Some(1), "{}", err);
    assert_eq!(out, "");
    assert!(
        err.starts_with(".F.\n") || err.starts_with("F..\n"),
        "{}",
        err
    );
    assert!(
        err.contains("FAIL: test_bad (test_one.A.test_bad)\n"),
        "{}",
        err
    );
    assert!(
        err.contains("AssertionError: 3 not found in [1, 2]\n"),
        "{}",
        err
    );
    assert!(err.contains("\nRan 3 tests in "), "{}", err);
    assert!(err.ends_with("\nFAILED (failures=1)\n"), "{}", err);
    // Named by file, filtered by -k: the passing test alone.
    let (status, _, err) = weft_in(&dir, &["-m", "unittest", "-v", "-k", "ok", "test_one.py"]);
    assert_eq!(status, Some(0), "{}", err);
    assert!(
        err.starts_with("test_ok (test_one.A.test_ok) ... ok\n"),
        "{}",
        err
    );
    assert!(err.ends_with("\nOK\n"), "{}", err);
    let _ = std::fs::remove_dir_all(&dir);
}
