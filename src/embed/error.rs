//! `weft::Error`: what a failed script run, call or conversion reports to
//! the host. Plain data (it is `Send`), so it can cross threads.

use std::fmt;

use crate::vm::limits::Limit;

/// What kind of failure an [`Error`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// An exception the script raised and did not handle (including
    /// SyntaxError and KeyboardInterrupt).
    Exception,
    /// The script called `sys.exit(code)` (or raised SystemExit).
    Exit(i32),
    /// A resource limit stopped the script; it cannot catch this.
    Limit(Limit),
    /// A Rust value could not be converted (host side, no script involved).
    Conversion,
    /// An internal error (a bug in weft caught at the API boundary).
    Internal,
    /// A snapshot could not be taken or restored (see [`crate::snapshot::SnapshotError`]).
    Snapshot(crate::snapshot::SnapshotError),
}

/// An error returned to the host: the exception type name, its message and
/// the traceback formatted as CPython prints it.
///
/// ```
/// let mut vm = weft::Vm::new();
/// let err = vm.run("x = 1 / 0", "calc.py").unwrap_err();
/// assert_eq!(err.type_name(), "ZeroDivisionError");
/// assert_eq!(err.message(), "division by zero");
/// assert!(err.traceback().contains("File \"calc.py\", line 1"));
/// ```
#[derive(Clone, Debug)]
pub struct Error {
    pub(crate) kind: ErrorKind,
    pub(crate) type_name: String,
    pub(crate) message: String,
    pub(crate) traceback: String,
    /// Ties the error to the exception object kept by the VM, so a host
    /// function that propagates it re-raises the same object.
    pub(crate) origin: Option<std::num::NonZeroU64>,
    /// Where a SyntaxError (or IndentationError, TabError) points.
    pub(crate) syntax: Option<Box<SyntaxLocation>>,
}

/// The location details of a SyntaxError: its attributes `filename`,
/// `lineno`, `offset`, `text`, `end_lineno`, `end_offset` (lines and
/// columns 1-based, as CPython gives them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SyntaxLocation {
    pub filename: Option<String>,
    pub lineno: Option<usize>,
    pub offset: Option<usize>,
    pub text: Option<String>,
    pub end_lineno: Option<usize>,
    pub end_offset: Option<usize>,
}

impl Error {
    /// A new error of exception type `type_name`, as a host function would
    /// raise it: a builtin exception class such as `"ValueError"` is raised
    /// as that class, a class registered with
    /// [`crate::Vm::register_exception`] as that one, any other name as a
    /// subclass of `Exception` of that name, one per VM.
    ///
    /// ```
    /// let e = weft::Error::new("ValueError", "bad input");
    /// assert_eq!(e.to_string(), "ValueError: bad input");
    /// ```
    pub fn new(type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        Error {
            kind: ErrorKind::Exception,
            type_name: type_name.to_string(),
            traceback: format!("{}: {}\n", type_name, message),
            message,
            origin: None,
            syntax: None,
        }
    }

    /// A `TypeError`, the usual complaint about arguments.
    pub fn type_error(message: impl Into<String>) -> Error {
        Error::new("TypeError", message)
    }

    pub(crate) fn conversion(message: impl Into<String>) -> Error {
        let mut e = Error::new("TypeError", message);
        e.kind = ErrorKind::Conversion;
        e
    }

    pub(crate) fn limit_error(limit: Limit, detail: String) -> Error {
        let message = format!("{}{}", limit.describe(), detail);
        Error {
            kind: ErrorKind::Limit(limit),
            type_name: "LimitExceeded".to_string(),
            traceback: format!("LimitExceeded: {}\n", message),
            message,
            origin: None,
            syntax: None,
        }
    }

    /// A [`crate::Value`] made by VM `from` handed to VM `to`.
    pub(crate) fn foreign_value(from: u64, to: u64) -> Error {
        let mut e = Error::new(
            "ValueError",
            format!(
                "a Value made by VM #{} was passed to VM #{}: script objects belong to the VM \
                 that made them (convert it to Data to carry plain data across)",
                from, to
            ),
        );
        e.kind = ErrorKind::Conversion;
        e
    }

    pub(crate) fn internal(message: impl Into<String>) -> Error {
        let mut e = Error::new("SystemError", message);
        e.kind = ErrorKind::Internal;
        e
    }

    /// The kind of failure.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The exception class name (`"ValueError"`, `"SyntaxError"`, ...), or
    /// `"LimitExceeded"` for a resource limit.
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// The exception message (`str(exc)`).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The full report, as the command line prints an uncaught exception:
    /// `Traceback (most recent call last):`, the frames with their source
    /// lines, chained exceptions, and the final `Type: message` line.
    pub fn traceback(&self) -> &str {
        &self.traceback
    }

    /// The resource limit that stopped the script, if that is what happened.
    pub fn limit(&self) -> Option<Limit> {
        match self.kind {
            ErrorKind::Limit(l) => Some(l),
            _ => None,
        }
    }

    /// The file a SyntaxError points into (its `filename`); None for other
    /// errors.
    ///
    /// ```
    /// let mut vm = weft::Vm::new();
    /// let e = vm.run("x = 1\nprint(f(x)\n", "bad.py").unwrap_err();
    /// assert_eq!(e.to_string(), "SyntaxError: '(' was never closed (bad.py, line 2)");
    /// assert_eq!(e.filename(), Some("bad.py"));
    /// assert_eq!((e.lineno(), e.offset()), (Some(2), Some(6)));
    /// assert_eq!(e.text(), Some("print(f(x)"));
    /// ```
    pub fn filename(&self) -> Option<&str> {
        self.syntax.as_ref()?.filename.as_deref()
    }

    /// The line of a SyntaxError (1-based).
    pub fn lineno(&self) -> Option<usize> {
        self.syntax.as_ref()?.lineno
    }

    /// The column of a SyntaxError (1-based, in characters).
    pub fn offset(&self) -> Option<usize> {
        self.syntax.as_ref()?.offset
    }

    /// The source line a SyntaxError points at (without its line break),
    /// when known.
    pub fn text(&self) -> Option<&str> {
        self.syntax.as_ref()?.text.as_deref()
    }

    /// Where the span a SyntaxError points at ends: its line.
    pub fn end_lineno(&self) -> Option<usize> {
        self.syntax.as_ref()?.end_lineno
    }

    /// Where the span a SyntaxError points at ends: its column.
    pub fn end_offset(&self) -> Option<usize> {
        self.syntax.as_ref()?.end_offset
    }

    /// The exit status for a `sys.exit()` (None for other errors).
    pub fn exit_code(&self) -> Option<i32> {
        match self.kind {
            ErrorKind::Exit(c) => Some(c),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for Error {}

/// `Result<T, weft::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
