//! The REPL under a pseudo-terminal: a multi-line function, top-level
//! await with a task running between inputs, a syntax error, tab
//! completion, Ctrl-C and Ctrl-D. And piped stdin running as a script.

use std::io::Write;
use std::process::{Command, Stdio};

use rexpect::session::{spawn_command, PtySession};

fn weft_repl(home: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.env("HOME", home).env("TERM", "xterm");
    spawn_command(cmd, Some(20_000)).expect("spawn weft under a pty")
}

fn temp_home(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("weft_repl_{}_{}", tag, std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn repl_session() {
    let home = temp_home("session");
    let mut p = weft_repl(&home);
    p.exp_string("weft ").unwrap();
    p.exp_string(">>> ").unwrap();
    // A multi-line function: continuation prompts until a blank line.
    p.send_line("def f(x):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("f(21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("_ + 1").unwrap();
    p.exp_string("43").unwrap();
    p.exp_string(">>> ").unwrap();
    // Top-level await, and a task that runs while the prompt waits.
    p.send_line("t = asyncio.ensure_future(asyncio.sleep(0.2, 'bg'))")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(0.01, 'awaited')").unwrap();
    p.exp_string("'awaited'").unwrap();
    p.exp_string(">>> ").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    p.send_line("t.done(), t.result()").unwrap();
    p.exp_string("(True, 'bg')").unwrap();
    p.exp_string(">>> ").unwrap();
    // A syntax error does not end the session.
    p.send_line("x = 1 +").unwrap();
    p.exp_string("SyntaxError: invalid syntax").unwrap();
    p.exp_string(">>> ").unwrap();
    // A runtime error prints a traceback.
    p.send_line("f(None)").unwrap();
    p.exp_string("TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    // Tab completion of an attribute.
    p.send("asyncio.ensure_fu\t").unwrap();
    p.flush().unwrap();
    p.exp_string("ensure_future").unwrap();
    p.send_line("").unwrap();
    p.exp_string("<built-in function ensure_future>").unwrap();
    p.exp_string(">>> ").unwrap();
    // ... and of a name in scope.
    p.send("compl_target = 5\r").unwrap();
    p.flush().unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("compl_t\t").unwrap();
    p.flush().unwrap();
    p.exp_string("compl_target").unwrap();
    p.send_line(" * 2").unwrap();
    p.exp_string("10").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-C cancels input, and interrupts running code.
    p.send("unfinished = (").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    p.flush().unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("'still alive'").unwrap();
    p.exp_string("'still alive'").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-D exits; the history was saved.
    p.send_control('d').unwrap();
    p.flush().unwrap();
    p.exp_eof().unwrap();
    let history = std::fs::read_to_string(home.join(".weft_history")).unwrap();
    assert!(history.contains("def f(x):"), "{}", history);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn exit_function_ends_the_repl_with_its_status() {
    let home = temp_home("exit");
    let mut p = weft_repl(&home);
    p.exp_string(">>> ").unwrap();
    p.send_line("exit").unwrap();
    p.exp_string("Use exit() or Ctrl-D (i.e. EOF) to exit")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("exit(3)").unwrap();
    p.exp_eof().unwrap();
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn inspect_after_running_a_file() {
    let home = temp_home("inspect");
    let script = home.join("prog.py");
    std::fs::write(&script, "answer = 6 * 7\nprint('ran')\n").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.env("HOME", &home).arg("-i").arg(&script);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("ran").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("answer").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_control('d').unwrap();
    p.flush().unwrap();
    p.exp_eof().unwrap();
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn piped_stdin_runs_as_a_script_without_prompts() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"print(1)\nfor i in range(2):\n    print('x', i)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\nx 0\nx 1\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
