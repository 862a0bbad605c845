//! Reading the process's standard input (`input()`, `sys.stdin`).
//!
//! Standard input is a capability: a sandboxed VM raises PermissionError.
//! Reads wait in short slices with `poll`, so a time limit, a host
//! interrupt or Ctrl-C stops a script blocked on input, as they stop
//! `time.sleep`. Bytes read past the line asked for wait in one
//! process-wide buffer: every VM on the process shares the one stdin.

use std::sync::Mutex;
use std::time::Duration;

use crate::vm::{PyResult, Vm};

static PENDING: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// How long one `poll` waits before the limits are checked again.
const SLICE: Duration = Duration::from_millis(20);

fn pending() -> std::sync::MutexGuard<'static, Vec<u8>> {
    match PENDING.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Refuse unless the host allowed standard input.
pub fn check_allowed(vm: &mut Vm) -> PyResult<()> {
    if vm.caps.stdin {
        return Ok(());
    }
    let c = vm.types.permission_error.clone();
    Err(vm.new_error(&c, "standard input is disabled in this VM"))
}

/// Read what is available into the buffer, waiting for data in slices.
/// Returns false at end of input.
fn fill(vm: &mut Vm) -> PyResult<bool> {
    loop {
        vm.check_wait_limits()?;
        let mut slice = SLICE;
        if let Some(d) = vm.limits.deadline {
            slice = slice.min(d.saturating_duration_since(std::time::Instant::now()));
        }
        let mut pfd = libc::pollfd {
            fd: 0,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, for the duration of the call.
        let n = unsafe { libc::poll(&mut pfd, 1, slice.as_millis().max(1) as libc::c_int) };
        if n == 0 {
            continue;
        }
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Ok(false);
        }
        if pfd.revents & libc::POLLNVAL != 0 {
            return Ok(false);
        }
        let mut chunk = [0u8; 8192];
        // SAFETY: the buffer is valid for its whole length.
        let got = unsafe { libc::read(0, chunk.as_mut_ptr().cast(), chunk.len()) };
        if got < 0 {
            let e = std::io::Error::last_os_error();
            match e.kind() {
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock => continue,
                _ => return Ok(false),
            }
        }
        if got == 0 {
            return Ok(false);
        }
        pending().extend_from_slice(&chunk[..got as usize]);
        return Ok(true);
    }
}

/// What a line editor read.
pub enum EditedLine {
    Line(String),
    Eof,
    Interrupted,
}

/// Reads one line after showing a prompt.
pub type LineEditor = Box<dyn Fn(&str) -> EditedLine + Send>;

/// The line editor that owns standard input while the REPL runs. It reads
/// ahead of the line it returns, so reads for the script must come from
/// it too, or the lines it holds would reach the script out of order.
static EDITOR: Mutex<Option<LineEditor>> = Mutex::new(None);

fn editor() -> std::sync::MutexGuard<'static, Option<LineEditor>> {
    match EDITOR.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Route standard input through `e` (`None`: read it directly again).
pub fn set_line_editor(e: Option<LineEditor>) {
    *editor() = e;
}

/// A line from the line editor, when one owns standard input (the editor
/// shows `prompt`); `None` when none does.
fn edited_line(vm: &mut Vm, prompt: &str) -> PyResult<Option<Vec<u8>>> {
    let line = {
        let e = editor();
        let Some(e) = e.as_ref() else {
            return Ok(None);
        };
        e(prompt)
    };
    match line {
        EditedLine::Line(mut l) => {
            l.push('\n');
            Ok(Some(l.into_bytes()))
        }
        EditedLine::Eof => Ok(Some(Vec::new())),
        EditedLine::Interrupted => {
            let c = vm.types.keyboard_interrupt.clone();
            Err(vm.new_exception(&c, vec![]))
        }
    }
}

/// What `input(prompt)` reads: the line editor shows the prompt itself
/// when it owns standard input; otherwise the prompt goes to stdout.
pub fn read_line_prompted(vm: &mut Vm, prompt: &str) -> PyResult<Vec<u8>> {
    if !has_line(&pending()) {
        vm.stdout.flush();
        if let Some(line) = edited_line(vm, prompt)? {
            return Ok(line);
        }
    }
    vm.script_write(1, prompt)?;
    vm.script_flush(1)?;
    read_line(vm)
}

fn has_line(buf: &[u8]) -> bool {
    buf.contains(&b'\n')
}

/// One line, with its newline if it had one; empty at end of input.
pub fn read_line(vm: &mut Vm) -> PyResult<Vec<u8>> {
    if !has_line(&pending()) {
        if let Some(line) = edited_line(vm, "")? {
            let mut buf = std::mem::take(&mut *pending());
            buf.extend_from_slice(&line);
            return Ok(buf);
        }
    }
    let mut searched = 0;
    loop {
        {
            let mut buf = pending();
            if let Some(i) = buf[searched..].iter().position(|&b| b == b'\n') {
                let rest = buf.split_off(searched + i + 1);
                return Ok(std::mem::replace(&mut *buf, rest));
            }
            searched = buf.len();
        }
        if !fill(vm)? {
            return Ok(std::mem::take(&mut *pending()));
        }
    }
}

/// Everything up to the end of input.
pub fn read_all(vm: &mut Vm) -> PyResult<Vec<u8>> {
    loop {
        match edited_line(vm, "")? {
            None => break,
            Some(line) if line.is_empty() => return Ok(std::mem::take(&mut *pending())),
            Some(line) => pending().extend_from_slice(&line),
        }
    }
    while fill(vm)? {}
    Ok(std::mem::take(&mut *pending()))
}

/// Bytes as text, with CPython's error for invalid UTF-8.
pub fn decode(vm: &mut Vm, bytes: Vec<u8>) -> PyResult<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[at];
            let c = vm
                .builtin_class("UnicodeDecodeError")
                .unwrap_or(vm.types.value_error.clone());
            Err(vm.new_error(
                &c,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    byte, at
                ),
            ))
        }
    }
}
