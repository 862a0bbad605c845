//! The interactive REPL (`weft` on a terminal, `weft -i FILE`). A host of
//! the embedding API like any other. It runs like `python -m asyncio`: the
//! main thread holds the event loop running and steps it — tasks keep
//! running while the prompt waits, and every input runs inside the loop —
//! and a second thread reads lines with rustyline, handing each one (and
//! each completion request) to the loop through a `LoopHandle`. The
//! script's own reads of stdin go through that thread's editor too.

pub mod complete;
pub mod input;
pub mod reader;

use std::sync::mpsc;

use self::reader::{input_thread, Input, Request};
use crate::{Error, ErrorKind, Vm};

/// What the REPL adds: `asyncio` imported.
const PRELUDE: &str = "import asyncio\n";

extern "C" fn on_sigint(_: libc::c_int) {
    crate::vm::limits::SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Route SIGINT to KeyboardInterrupt in VMs that watch it.
pub fn install_sigint_handler() {
    // SAFETY: the handler only stores to an atomic.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// The banner printed when the REPL starts.
pub fn banner() -> String {
    format!(
        "weft {} interactive (asyncio REPL) on {}\nUse \"await\" directly instead of \"asyncio.run()\". Ctrl-D exits.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Say what went wrong with an input (or with the loop between inputs);
/// `Some(status)` when it ends the REPL.
fn report(vm: &mut Vm, e: &Error) -> Option<i32> {
    vm.flush();
    if let ErrorKind::Exit(code) = e.kind() {
        return Some(*code);
    }
    let at_input = reader::took_script_ctrl_c();
    if e.type_name() == "KeyboardInterrupt" {
        // What python -m asyncio writes for an interrupted input: no
        // traceback. The terminal has echoed ^C on the line before, unless
        // the editor was reading that line.
        eprintln!("{}KeyboardInterrupt", if at_input { "" } else { "\n" });
    } else {
        eprint!("{}", e.traceback());
    }
    None
}

/// Stepping the loop failed this many times in a row: stop stepping it
/// until the next input rather than print the same error forever.
const MAX_LOOP_ERRORS: u32 = 3;

/// Run the loop until the input thread hands over the next input;
/// `Err(status)` when a task ends the REPL meanwhile (`sys.exit()`).
fn next_input(vm: &mut Vm, lines: &mpsc::Receiver<Input>) -> Result<Input, i32> {
    let mut errors = 0;
    loop {
        let next = if errors >= MAX_LOOP_ERRORS {
            lines.recv().map_err(|_| mpsc::TryRecvError::Disconnected)
        } else {
            lines.try_recv()
        };
        match next {
            Ok(i) => return Ok(i),
            Err(mpsc::TryRecvError::Disconnected) => return Ok(Input::Eof),
            Err(mpsc::TryRecvError::Empty) => {}
        }
        match vm.run_once_blocking() {
            Ok(()) => errors = 0,
            // Ctrl-C stopped the task that was running, and python -m
            // asyncio says nothing about that (the task holds it).
            Err(e) if e.type_name() == "KeyboardInterrupt" => {}
            Err(e) => {
                errors += 1;
                if let Some(code) = report(vm, &e) {
                    return Err(code);
                }
            }
        }
    }
}

/// Run the REPL on `vm` until Ctrl-D or `exit()`; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    install_sigint_handler();
    eprint!("{}", banner());
    if let Err(e) = vm.run(PRELUDE, "<repl>") {
        eprint!("{}", e.traceback());
    }
    // Every input runs inside the running loop, as in python -m asyncio.
    if let Err(e) = vm.begin_interactive() {
        eprint!("{}", e.traceback());
    }
    let terminal = reader::TerminalMode::save();
    let handle = vm.loop_handle();
    let (prompt_tx, prompt_rx) = mpsc::channel::<Request>();
    let (line_tx, line_rx) = mpsc::channel::<Input>();
    let h = handle.clone();
    let reader = std::thread::spawn(move || input_thread(h, prompt_rx, line_tx));
    crate::builtins::stdin::set_line_editor(Some(reader::script_line_editor(prompt_tx.clone())));
    let mut buf = String::new();
    // Whether the REPL ends while the editor still reads a line.
    let mut reading = false;
    let status = loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        vm.flush();
        if prompt_tx.send(Request::Prompt(prompt.to_string())).is_err() {
            break 0;
        }
        let input = match next_input(vm, &line_rx) {
            Ok(i) => i,
            Err(code) => {
                reading = true;
                break code;
            }
        };
        match input {
            Input::Line(line) => {
                buf.push_str(&line);
                buf.push('\n');
                if input::needs_more(&buf) {
                    continue;
                }
                let src = std::mem::take(&mut buf);
                if src.trim().is_empty() {
                    continue;
                }
                // A Ctrl-C the script caught at input() is no longer news.
                reader::took_script_ctrl_c();
                if let Err(e) = vm.run_interactive(&src, "<stdin>") {
                    if let Some(code) = report(vm, &e) {
                        break code;
                    }
                }
            }
            Input::Interrupted => {
                reader::took_ctrl_c();
                // The editor has ended the line already.
                buf.clear();
                eprintln!("KeyboardInterrupt");
            }
            Input::Eof => {
                // On stderr, as python's REPL ends the prompt's line.
                eprintln!();
                break 0;
            }
        }
    };
    vm.flush();
    vm.end_interactive();
    crate::builtins::stdin::set_line_editor(None);
    drop(prompt_tx);
    if reading {
        // The editor cannot be woken: leave it to end with the process.
        terminal.restore();
        eprintln!();
    } else {
        let _ = reader.join();
    }
    status
}
