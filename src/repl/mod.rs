//! The interactive REPL (`weft` on a terminal, `weft -i FILE`). A host of
//! the embedding API like any other. It runs like `python -m asyncio`: the
//! main thread runs the event loop — tasks keep running while the prompt
//! waits — and a second thread reads lines with rustyline, handing each one
//! (and each completion request) to the loop through a `LoopHandle`.

pub mod complete;
pub mod input;

use std::sync::mpsc;

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::Editor;

use crate::{ErrorKind, LoopHandle, Vm};

/// What the input thread reads.
enum Input {
    Line(String),
    Interrupted,
    Eof,
}

/// What the REPL adds: `asyncio` imported.
const PRELUDE: &str = "import asyncio\n";

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".weft_history"))
}

extern "C" fn on_sigint(_: libc::c_int) {
    crate::embed::limits::SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
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

fn input_thread(handle: LoopHandle, prompts: mpsc::Receiver<String>, lines: mpsc::Sender<Input>) {
    let mut rl: Editor<complete::ReplHelper, DefaultHistory> = match Editor::new() {
        Ok(rl) => rl,
        Err(_) => {
            let _ = lines.send(Input::Eof);
            let _ = handle.call_soon_threadsafe(|_| Ok(()));
            return;
        }
    };
    rl.set_helper(Some(complete::ReplHelper {
        handle: handle.clone(),
    }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    for prompt in prompts {
        let input = match rl.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = rl.add_history_entry(line.as_str());
                }
                Input::Line(line)
            }
            Err(ReadlineError::Interrupted) => Input::Interrupted,
            Err(_) => Input::Eof,
        };
        let eof = matches!(input, Input::Eof);
        if lines.send(input).is_err() {
            break;
        }
        // Wake the loop: it may be idle, waiting for work.
        let _ = handle.call_soon_threadsafe(|_| Ok(()));
        if eof {
            break;
        }
    }
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
}

/// Run the REPL on `vm` until Ctrl-D or `exit()`; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    install_sigint_handler();
    eprint!("{}", banner());
    if let Err(e) = vm.run(PRELUDE, "<repl>") {
        eprint!("{}", e.traceback());
    }
    let handle = vm.loop_handle();
    let (prompt_tx, prompt_rx) = mpsc::channel::<String>();
    let (line_tx, line_rx) = mpsc::channel::<Input>();
    let h = handle.clone();
    let reader = std::thread::spawn(move || input_thread(h, prompt_rx, line_tx));
    let mut buf = String::new();
    let status = loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        vm.flush();
        if prompt_tx.send(prompt.to_string()).is_err() {
            break 0;
        }
        // Run the loop until the line arrives.
        let input = loop {
            match line_rx.try_recv() {
                Ok(i) => break i,
                Err(mpsc::TryRecvError::Disconnected) => break Input::Eof,
                Err(mpsc::TryRecvError::Empty) => {}
            }
            if let Err(e) = vm.run_once_blocking() {
                vm.flush();
                eprint!("{}", e.traceback());
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
                if let Err(e) = vm.run_interactive(&src, "<stdin>") {
                    vm.flush();
                    if let ErrorKind::Exit(code) = e.kind() {
                        break *code;
                    }
                    eprint!("{}", e.traceback());
                }
            }
            Input::Interrupted => {
                buf.clear();
                eprintln!("\nKeyboardInterrupt");
            }
            Input::Eof => {
                println!();
                break 0;
            }
        }
    };
    vm.flush();
    drop(prompt_tx);
    let _ = reader.join();
    status
}
