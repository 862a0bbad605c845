//! The input thread: rustyline reads each line at the prompt the main
//! thread sends, and hands it back with a wake-up for the event loop.
//!
//! The editor holds the terminal in raw mode, so Ctrl-C at the prompt is a
//! key, not a signal. If the main thread does not take it promptly, it is
//! stuck in script code (a task that never yields): the key then becomes
//! the SIGINT a terminal in cooked mode would have sent, as Ctrl-C at
//! python -m asyncio's prompt interrupts such a task.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::Editor;

use super::complete;
use crate::builtins::stdin::{EditedLine, LineEditor};
use crate::vm::limits::SIGINT;
use crate::LoopHandle;

/// What the input thread reads.
pub enum Input {
    Line(String),
    Interrupted,
    Eof,
}

/// What the input thread is asked for: the REPL's next line, or a line
/// the script reads (`input()`, `sys.stdin`), answered on its own channel.
pub enum Request {
    Prompt(String),
    Script(String, mpsc::Sender<Input>),
}

/// The script's reads of standard input, through the input thread's
/// editor: it holds whatever it read past the REPL's line.
pub fn script_line_editor(requests: mpsc::Sender<Request>) -> LineEditor {
    let requests = Mutex::new(requests);
    Box::new(move |prompt: &str| {
        let (tx, rx) = mpsc::channel();
        let sent = match requests.lock() {
            Ok(r) => r.send(Request::Script(prompt.to_string(), tx)),
            Err(_) => return EditedLine::Eof,
        };
        if sent.is_err() {
            return EditedLine::Eof;
        }
        match rx.recv() {
            Ok(Input::Line(l)) => EditedLine::Line(l),
            Ok(Input::Interrupted) => EditedLine::Interrupted,
            Ok(Input::Eof) | Err(_) => EditedLine::Eof,
        }
    })
}

/// How long the main thread has to take a Ctrl-C before it counts as busy.
const INTERRUPT_GRACE: Duration = Duration::from_millis(250);

/// Where a Ctrl-C typed at the prompt is: nowhere, sent to the main thread,
/// or also raised as SIGINT because the main thread was busy.
static PROMPT_CTRL_C: AtomicU8 = AtomicU8::new(NONE);
const NONE: u8 = 0;
const SENT: u8 = 1;
const RAISED: u8 = 2;

/// The main thread took the Ctrl-C typed at the prompt. A SIGINT raised
/// for it that no running code consumed would hit the next input.
pub fn took_ctrl_c() {
    if PROMPT_CTRL_C.swap(NONE, Ordering::SeqCst) == RAISED {
        SIGINT.store(false, Ordering::SeqCst);
    }
}

/// Ctrl-C ended a line the script was reading: the editor has ended the
/// terminal's line already.
static SCRIPT_CTRL_C: AtomicBool = AtomicBool::new(false);

/// Whether the last KeyboardInterrupt came from Ctrl-C at the script's
/// `input()` (then no newline is due before saying so).
pub fn took_script_ctrl_c() -> bool {
    SCRIPT_CTRL_C.swap(false, Ordering::SeqCst)
}

fn raise_ctrl_c() {
    SIGINT.store(true, Ordering::SeqCst);
    let r = PROMPT_CTRL_C.compare_exchange(SENT, RAISED, Ordering::SeqCst, Ordering::SeqCst);
    if r.is_err() {
        // Taken meanwhile: nothing is stuck after all.
        SIGINT.store(false, Ordering::SeqCst);
    }
}

/// The terminal's settings before the editor changed them, to put back
/// when the REPL ends while the editor is still reading (exit from a task
/// while the prompt waits): the editor's raw mode must not outlive it.
pub struct TerminalMode(Option<libc::termios>);

impl TerminalMode {
    pub fn save() -> TerminalMode {
        if !std::io::stdin().is_terminal() {
            return TerminalMode(None);
        }
        // SAFETY: tcgetattr fills the zeroed struct it is given.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) != 0 {
                return TerminalMode(None);
            }
            TerminalMode(Some(t))
        }
    }

    pub fn restore(&self) {
        let Some(t) = &self.0 else { return };
        // The editor also turned on bracketed paste for the prompt.
        print!("\x1b[?2004l");
        let _ = std::io::Write::flush(&mut std::io::stdout());
        // SAFETY: t came from tcgetattr on the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, t);
        }
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".weft_history"))
}

/// Read a line for each request until the REPL's EOF or until the main
/// thread hangs up.
pub fn input_thread(
    handle: LoopHandle,
    requests: mpsc::Receiver<Request>,
    lines: mpsc::Sender<Input>,
) {
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
    // Reading a pipe or a file, the editor shows no prompt: python -i
    // writes them to stderr then, keeping stdout for the program's output.
    let piped = !std::io::stdin().is_terminal();
    let mut next = requests.recv();
    while let Ok(request) = next {
        let (prompt, script) = match request {
            Request::Prompt(p) => (p, None),
            Request::Script(p, reply) => (p, Some(reply)),
        };
        if piped && script.is_some() {
            // input() writes its prompt to stdout.
            print!("{}", prompt);
            let _ = std::io::Write::flush(&mut std::io::stdout());
        } else if piped {
            eprint!("{}", prompt);
        }
        let input = match rl.readline(&prompt) {
            Ok(line) => {
                if script.is_none() && !line.trim().is_empty() {
                    let _ = rl.add_history_entry(line.as_str());
                }
                Input::Line(line)
            }
            Err(ReadlineError::Interrupted) => Input::Interrupted,
            Err(_) => Input::Eof,
        };
        if let Some(reply) = script {
            SCRIPT_CTRL_C.store(matches!(input, Input::Interrupted), Ordering::SeqCst);
            // The script runs on the main thread, waiting for this.
            let _ = reply.send(input);
            next = requests.recv();
            continue;
        }
        let eof = matches!(input, Input::Eof);
        let ctrl_c = matches!(input, Input::Interrupted);
        if ctrl_c {
            PROMPT_CTRL_C.store(SENT, Ordering::SeqCst);
        }
        if lines.send(input).is_err() {
            break;
        }
        // Wake the loop: it may be idle, waiting for work.
        let _ = handle.call_soon_threadsafe(|_| Ok(()));
        if eof {
            break;
        }
        next = if ctrl_c {
            match requests.recv_timeout(INTERRUPT_GRACE) {
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    raise_ctrl_c();
                    requests.recv()
                }
                Ok(r) => Ok(r),
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        } else {
            requests.recv()
        };
    }
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
}
