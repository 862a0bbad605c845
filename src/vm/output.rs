//! The script's stdout and stderr: buffered as CPython buffers them, with
//! write errors (a closed pipe, a full disk) raised as OSError the way
//! CPython's io stack raises them.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyErr, PyResult, Vm};
use crate::objects::Value;

/// Where script output goes.
pub enum Sink {
    Stdout,
    Stderr,
    /// Captured into a shared buffer (the embedding API reads it).
    Buffer(Rc<RefCell<Vec<u8>>>),
    /// Handed to a host callback, a chunk at a time.
    Callback(Box<dyn FnMut(&str)>),
}

/// CPython's buffer size for a standard stream that is not a terminal.
const BUFFER_SIZE: usize = 8192;

/// Buffered output with explicit flushing, so stdout and stderr interleave
/// correctly.
pub struct Output {
    pub sink: Sink,
    buf: Vec<u8>,
    /// Output is dropped: the program goes on elsewhere (a snapshot), or
    /// the stream was closed when the process started (CPython then has
    /// no sys.stdout and print() does nothing).
    pub broken: bool,
    /// A terminal: flush at each newline, as CPython's line buffering.
    line_buffered: bool,
}

impl Output {
    pub fn new(sink: Sink) -> Output {
        let fd = match &sink {
            Sink::Stdout => Some(1),
            Sink::Stderr => Some(2),
            _ => None,
        };
        let (closed, tty) = match fd {
            // SAFETY: fcntl(F_GETFD) and isatty only inspect the descriptor.
            Some(fd) => unsafe { (libc::fcntl(fd, libc::F_GETFD) == -1, libc::isatty(fd) == 1) },
            None => (false, false),
        };
        Output {
            sink,
            buf: Vec::new(),
            broken: closed,
            line_buffered: tty,
        }
    }

    /// Buffer `s`, writing the buffer out when it fills (or at a newline
    /// on a terminal). When that write fails, what was buffered is
    /// dropped, as CPython's buffered writer drops it.
    pub fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        if self.broken {
            return Ok(());
        }
        match &mut self.sink {
            Sink::Buffer(b) => b.borrow_mut().extend_from_slice(s.as_bytes()),
            Sink::Callback(f) => f(s),
            _ => {
                let full = self.buf.len() + s.len() > BUFFER_SIZE;
                self.buf.extend_from_slice(s.as_bytes());
                if full || (self.line_buffered && s.contains('\n')) {
                    let r = self.write_buffer();
                    if r.is_err() {
                        self.buf.clear();
                    }
                    return r;
                }
            }
        }
        Ok(())
    }

    /// Write out what is buffered, ignoring a failure (see `try_flush`).
    pub fn flush(&mut self) {
        let _ = self.try_flush();
    }

    /// Drop what is buffered for the process's own stdout or stderr (the
    /// process ends without flushing, `os._exit`); a host's captured
    /// output keeps it.
    pub fn discard_process_buffer(&mut self) {
        if matches!(self.sink, Sink::Stdout | Sink::Stderr) {
            self.buf.clear();
        }
    }

    /// Write out what is buffered. On failure it stays buffered (a later
    /// flush tries again), as with CPython's `flush()`.
    pub fn try_flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        if self.broken {
            self.buf.clear();
            return Ok(());
        }
        self.write_buffer()
    }

    fn write_buffer(&mut self) -> std::io::Result<()> {
        let fd = match &self.sink {
            Sink::Stdout => 1,
            Sink::Stderr => 2,
            _ => return Ok(()),
        };
        let r = write_fd(fd, &self.buf);
        if r.is_ok() {
            self.buf.clear();
        }
        r
    }
}

/// Write all of `bytes` to `fd`. Straight to the descriptor, not through
/// Rust's `Stdout`: its own buffer would keep part of a failed write and
/// send it later, and it hides EBADF.
fn write_fd(fd: libc::c_int, mut bytes: &[u8]) -> std::io::Result<()> {
    while !bytes.is_empty() {
        // SAFETY: writes from a live slice, with its length.
        let n = unsafe { libc::write(fd, bytes.as_ptr() as *const libc::c_void, bytes.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        bytes = &bytes[(n as usize).min(bytes.len())..];
    }
    Ok(())
}

impl Vm {
    /// Write to the script's stdout (errors are the script's to see
    /// through `script_write`; here they are dropped).
    pub fn write_out(&mut self, s: &str) {
        let _ = self.stdout.write_str(s);
    }

    /// Write to the script's stderr, flushing stdout first so the two
    /// streams interleave as the script wrote them.
    pub fn write_err(&mut self, s: &str) {
        self.stdout.flush();
        let _ = self.stderr.write_str(s);
        self.stderr.flush();
    }

    /// Flush both streams, ignoring errors.
    pub fn flush(&mut self) {
        self.stdout.flush();
        self.stderr.flush();
    }

    /// The script writes to file descriptor 1 or 2 (print, sys.stdout.write):
    /// a failed write raises OSError.
    pub fn script_write(&mut self, fd: i64, s: &str) -> PyResult<()> {
        let r = if fd == 2 {
            self.stdout.flush();
            self.stderr
                .write_str(s)
                .and_then(|_| self.stderr.try_flush())
        } else {
            self.stdout.write_str(s)
        };
        r.map_err(|e| self.stream_error(&e))
    }

    /// `sys.stdout.flush()` (or stderr's): a failed write raises OSError.
    pub fn script_flush(&mut self, fd: i64) -> PyResult<()> {
        let r = if fd == 2 {
            self.stderr.try_flush()
        } else {
            self.stdout.try_flush()
        };
        r.map_err(|e| self.stream_error(&e))
    }

    fn stream_error(&mut self, e: &std::io::Error) -> PyErr {
        crate::builtins::io_mod::os_error(self, e, None)
    }

    /// Flush stdout at exit. When that fails, report it as CPython does
    /// ("Exception ignored in: <stdout>") and return false: the exit
    /// status becomes 120.
    pub fn flush_at_exit(&mut self) -> bool {
        self.stderr.flush();
        let Err(e) = self.stdout.try_flush() else {
            return true;
        };
        let err = self.stream_error(&e);
        let name = err.class().name().as_str().to_string();
        let text = match self.to_str(&Value::Exception(err.0.clone())) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => String::new(),
        };
        let _ = self.stderr.write_str(&format!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {}\n",
            name, text
        ));
        self.stderr.flush();
        false
    }
}
