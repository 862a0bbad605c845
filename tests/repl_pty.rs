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

/// A REPL at its first prompt.
fn started(tag: &str) -> (PtySession, std::path::PathBuf) {
    let home = temp_home(tag);
    let mut p = weft_repl(&home);
    p.exp_string(">>> ").unwrap();
    (p, home)
}

fn finish(mut p: PtySession, home: std::path::PathBuf) {
    p.send_control('d').unwrap();
    p.flush().unwrap();
    p.exp_eof().unwrap();
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn lines_arriving_in_one_write_all_run_in_order() {
    let (mut p, home) = started("onewrite");
    p.send("r = []\nr.append(1)\nr.append(2)\nr.append(3)\nprint('got', r)\n")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("got [1, 2, 3]").unwrap();
    p.exp_string(">>> ").unwrap();
    // A block and the line after it, in one write too.
    p.send("def g():\n    return 'g' * 3\n\nprint('called', g())\n")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("called ggg").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn lines_typed_while_a_command_runs_are_kept() {
    let (mut p, home) = started("typeahead");
    p.send_line("import time; time.sleep(1.0); print('slept')")
        .unwrap();
    // Typed before the command ends, one line at a time.
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_line("a = 21").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    p.send_line("print('double', a * 2)").unwrap();
    p.exp_string("slept").unwrap();
    p.exp_string("double 42").unwrap();
    p.exp_string(">>> ").unwrap();
    // And several at once while an awaited command runs.
    p.send_line("await asyncio.sleep(0.5)").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send("b = 5\nc = 6\nprint('product', b * c)\n").unwrap();
    p.flush().unwrap();
    p.exp_string("product 30").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn piped_stdin_after_a_script_keeps_every_line() {
    let home = temp_home("inspect_pipe");
    let script = home.join("prog.py");
    std::fs::write(&script, "base = 40\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .env("HOME", &home)
        .arg("-i")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"x = 1\ny = input('y? ')\n1\nprint(base + x + int(y))\nawait asyncio.sleep(0, 'done')\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "y? 42\n'done'\n");
    // The prompts go to stderr, as python -i writes them.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.ends_with(">>> >>> >>> >>> >>> \n"), "{}", err);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn asyncio_run_at_the_prompt_raises_once() {
    let (mut p, home) = started("asyncio_run");
    p.send_line("asyncio.run(asyncio.sleep(0))").unwrap();
    let out = p
        .exp_string("RuntimeError: asyncio.run() cannot be called from a running event loop")
        .unwrap();
    assert!(
        out.contains("RuntimeWarning: coroutine 'sleep' was never awaited"),
        "{}",
        out
    );
    p.exp_string(">>> ").unwrap();
    p.send_line("'after'").unwrap();
    let out = p.exp_string("'after'").unwrap();
    assert!(!out.contains("event loop"), "{}", out);
    p.exp_string(">>> ").unwrap();
    // The loop is still the one the session runs.
    p.send_line("asyncio.get_running_loop().run_until_complete(asyncio.sleep(0))")
        .unwrap();
    p.exp_string("RuntimeError: This event loop is already running")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(0, 'awaited')").unwrap();
    p.exp_string("'awaited'").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn every_input_runs_inside_the_running_loop() {
    let (mut p, home) = started("in_loop");
    p.send_line("asyncio.get_running_loop()").unwrap();
    p.exp_string("<_UnixSelectorEventLoop running=True closed=False debug=False>")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    // Not a task: python -m asyncio runs such input as a loop callback.
    p.send_line("print('task', asyncio.current_task())")
        .unwrap();
    p.exp_string("task None").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("gate = asyncio.get_running_loop().create_future()")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t = asyncio.create_task(asyncio.wait_for(gate, None))")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t").unwrap();
    p.exp_string("<Task pending name='Task-1' coro=<wait_for() running at")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("gate.set_result('made')").unwrap();
    p.exp_string(">>> ").unwrap();
    // The task finishes while the prompt waits.
    std::thread::sleep(std::time::Duration::from_millis(1000));
    p.send_line("t.result()").unwrap();
    p.exp_string("'made'").unwrap();
    p.exp_string(">>> ").unwrap();
    // Input that awaits runs as a task of its own.
    p.send_line("await asyncio.sleep(0, asyncio.current_task())")
        .unwrap();
    p.exp_string("<Task pending name='Task-2' coro=<<module>() running at <stdin>:1>>")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    // set_event_loop(None) does not take the running loop away.
    p.send_line("asyncio.set_event_loop(None); asyncio.get_event_loop().is_running()")
        .unwrap();
    p.exp_string("True").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn ctrl_c_at_the_prompt_and_in_a_continuation() {
    let (mut p, home) = started("ctrl_c_prompt");
    p.send_control('c').unwrap();
    p.flush().unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("def h():").unwrap();
    p.exp_string("... ").unwrap();
    p.send("    return 1").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    // The unfinished block is gone.
    p.send_line("'h' in globals()").unwrap();
    p.exp_string("False").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn ctrl_c_interrupts_running_input_and_the_loop_goes_on() {
    let (mut p, home) = started("ctrl_c_running");
    p.send_line("async def tick():\n  global n\n  n = 0\n  while True:\n    await asyncio.sleep(0.02); n += 1\n")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("bg = asyncio.ensure_future(tick())").unwrap();
    p.exp_string(">>> ").unwrap();
    // A sleep.
    p.send_line("import time; time.sleep(30)").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let out = p.exp_string("KeyboardInterrupt").unwrap();
    assert!(!out.contains("Traceback"), "{}", out);
    p.exp_string(">>> ").unwrap();
    // A busy loop.
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let out = p.exp_string("KeyboardInterrupt").unwrap();
    assert!(!out.contains("Traceback"), "{}", out);
    p.exp_string(">>> ").unwrap();
    // An awaited sleep: its task is cancelled.
    p.send_line("await asyncio.sleep(30)").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let out = p.exp_string("KeyboardInterrupt").unwrap();
    assert!(!out.contains("Traceback"), "{}", out);
    p.exp_string(">>> ").unwrap();
    // The task started before both interrupts still runs.
    p.send_line("a = n; await asyncio.sleep(0.3); print('ticking', n > a, bg.done())")
        .unwrap();
    p.exp_string("ticking True False").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line(
        "[t for t in asyncio.all_tasks() if t is not bg and t is not asyncio.current_task()]",
    )
    .unwrap();
    p.exp_string("[]").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn ctrl_c_at_the_prompt_stops_a_task_that_never_yields() {
    let (mut p, home) = started("ctrl_c_spin");
    p.send_line("async def spin():\n  await asyncio.sleep(0.3)\n  while True: pass\n")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("s = asyncio.ensure_future(spin())").unwrap();
    p.exp_string(">>> ").unwrap();
    // The prompt is up, and the loop is stuck in the task.
    std::thread::sleep(std::time::Duration::from_millis(800));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("s.exception()").unwrap();
    p.exp_string("KeyboardInterrupt()").unwrap();
    p.exp_string(">>> ").unwrap();
    // The interrupt went to the task only, not to the next input.
    p.send_line("await asyncio.sleep(0.1, 'alive')").unwrap();
    p.exp_string("'alive'").unwrap();
    p.exp_string(">>> ").unwrap();
    // Typed while such a task runs, the line waits for it; Ctrl-C then
    // stops the task without a word, and the line runs.
    p.send_line("s = asyncio.ensure_future(spin())").unwrap();
    p.exp_string(">>> ").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(800));
    p.send_line("print('ran', s.done())").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let out = p.exp_string("ran True").unwrap();
    assert!(!out.contains("KeyboardInterrupt"), "{}", out);
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}

#[test]
fn exit_from_a_task_while_the_prompt_waits_restores_the_terminal() {
    let home = temp_home("exit_task");
    let script = format!("'{}'; echo status=$?; stty -a", env!("CARGO_BIN_EXE_weft"));
    let mut cmd = Command::new("sh");
    cmd.env("HOME", &home)
        .env("TERM", "xterm")
        .arg("-c")
        .arg(script);
    let mut p = spawn_command(cmd, Some(30_000)).unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("import sys").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("asyncio.get_running_loop().call_later(0.3, sys.exit, 5)")
        .unwrap();
    p.exp_string("status=5").unwrap();
    let stty = p.exp_eof().unwrap();
    let flags: Vec<&str> = stty.split_whitespace().collect();
    // Cooked again, as before the editor put the terminal in raw mode
    // (rexpect starts the terminal without echo).
    for flag in ["icanon", "isig", "iexten", "icrnl", "opost"] {
        assert!(flags.contains(&flag), "{}: {}", flag, stty);
    }
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn input_reads_the_lines_after_it_in_order() {
    let (mut p, home) = started("input");
    // One write: the line for input() comes after the line calling it.
    p.send("x = input('name? ')\nbob\nprint('hi', x)\n")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("hi bob").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("import sys; line = sys.stdin.readline()\nhello there\nline\n")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("'hello there\\n'").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-C at input() interrupts the input that called it.
    p.send_line("input('q? ')").unwrap();
    p.exp_string("q? ").unwrap();
    p.send("abc").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("'after'").unwrap();
    p.exp_string("'after'").unwrap();
    p.exp_string(">>> ").unwrap();
    finish(p, home);
}
