//! Reading the program to run: a file (or a directory holding
//! `__main__.py`), standard input, or the `-c` argument, decoded as CPython
//! decodes source. Failures print CPython's message and give its status.

use std::ffi::OsStr;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::ExitCode;

use weft::tools::{decode_source as decode, SourceOrigin as Origin};

/// A program read from a path: its text and the file it came from.
pub struct Script {
    pub source: String,
    /// The file read (for a directory, its `__main__.py`).
    pub file: String,
    /// The directory to put first on sys.path.
    pub dir: String,
}

/// The path as CPython names it in "can't open file": made absolute.
fn shown_path(path: &Path) -> String {
    match (path.is_absolute(), std::env::current_dir()) {
        (false, Ok(cwd)) => format!("{}/{}", cwd.display(), path.display()),
        _ => path.display().to_string(),
    }
}

fn os_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Read and decode the script at `path`.
pub fn from_path(path: &OsStr) -> Result<Script, ExitCode> {
    let p = Path::new(path);
    let given = p.to_string_lossy().into_owned();
    if p.is_dir() {
        let main = p.join("__main__.py");
        if !main.is_file() {
            eprintln!("weft: can't find '__main__' module in '{}'", shown_path(p));
            return Err(ExitCode::from(1));
        }
        let file = main.to_string_lossy().into_owned();
        let source = read_file(&main, &file)?;
        return Ok(Script {
            source,
            file,
            dir: given,
        });
    }
    let source = read_file(p, &given)?;
    let dir = match p.parent().map(|d| d.to_string_lossy().into_owned()) {
        Some(d) if !d.is_empty() => d,
        _ => ".".to_string(),
    };
    // As CPython: `__file__` and tracebacks name the script by the
    // current directory joined to the path given (not normalised), and
    // sys.path[0] is its directory with links resolved.
    let file = match std::env::current_dir() {
        Ok(cwd) if p.is_relative() => {
            format!("{}/{}", cwd.to_string_lossy().trim_end_matches('/'), given)
        }
        _ => given,
    };
    let dir = std::fs::canonicalize(&dir)
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or(dir);
    Ok(Script { source, file, dir })
}

fn read_file(path: &Path, name: &str) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => decode(&bytes, name, Origin::File).map_err(|msg| {
            eprint!("{}", msg);
            ExitCode::from(1)
        }),
        Err(e) => {
            eprintln!(
                "weft: can't open file '{}': [Errno {}] {}",
                shown_path(path),
                e.raw_os_error().unwrap_or(0),
                os_message(&e)
            );
            Err(ExitCode::from(2))
        }
    }
}

/// Read and decode the program on standard input.
pub fn from_stdin() -> Result<String, ExitCode> {
    let mut bytes = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut bytes);
    decode(&bytes, "<stdin>", Origin::Stdin).map_err(|msg| {
        eprint!("{}", msg);
        ExitCode::from(1)
    })
}

/// The `-c` argument. CPython decodes it with surrogateescape and then
/// fails to encode the lone surrogate a bad byte became; weft reports the
/// same.
pub fn from_command(arg: &OsStr) -> Result<String, ExitCode> {
    let bytes = arg.as_bytes();
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let position = String::from_utf8_lossy(&bytes[..at]).chars().count();
            eprintln!(
                "Unable to decode the command from the command line:\n\
                 UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc{:02x}' in position {}: surrogates not allowed",
                bytes[at], position
            );
            Err(ExitCode::from(1))
        }
    }
}
