//! Compile-time errors (lexer, parser, validation and compiler), rendered
//! exactly as CPython 3.11 prints them.

use std::fmt;

/// Which of CPython's three compile-time exception classes this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line of the error.
    pub lineno: usize,
    /// 1-based column (in characters) where the caret starts, as CPython's `offset`.
    pub offset: usize,
    /// 1-based line and column just past the end of the highlighted range;
    /// equal to `lineno`/`offset + 1` for a single caret.
    pub end_lineno: usize,
    pub end_offset: usize,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
    /// True when the input ended while a construct was still open (an
    /// unclosed bracket or triple-quoted string, a block header with no
    /// body yet): the REPL reads another line instead of reporting it.
    pub incomplete: bool,
}

impl SyntaxError {
    /// Builds an error at a byte offset range of `source`, filling in the line,
    /// columns and source text.
    pub fn at(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        let (lineno, offset, text) = locate(source, start);
        let (end_lineno, mut end_offset, _) = locate(source, end.max(start));
        if end_lineno == lineno && end_offset <= offset {
            end_offset = offset + 1;
        }
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(text),
            incomplete: false,
        }
    }

    /// The text CPython prints on stderr for an uncaught SyntaxError
    /// (without a trailing traceback header: compile errors have none).
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            // CPython strips leading blanks from the shown line and shifts
            // the caret by the same amount; a caret that would land left of
            // the text (offset 0, or inside the indentation) is not drawn.
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = text.chars().count() - stripped.chars().count();
            let shown = stripped.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(shown);
            out.push('\n');
            if self.offset > removed {
                let line_len = shown.chars().count();
                let start = (self.offset - 1 - removed).min(line_len);
                let width = if self.end_lineno == self.lineno && self.end_offset > self.offset {
                    self.end_offset - self.offset
                } else if self.end_lineno > self.lineno {
                    line_len.saturating_sub(start)
                } else {
                    1
                };
                out.push_str("    ");
                out.push_str(&" ".repeat(start));
                out.push_str(&"^".repeat(width.max(1)));
                out.push('\n');
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (", self.msg)?;
        write!(f, "{}, line {})", self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}

/// 1-based line, 1-based character column and the line's text for a byte offset.
pub fn locate(source: &str, pos: usize) -> (usize, usize, String) {
    let pos = pos.min(source.len());
    let mut pos = pos;
    while pos > 0 && !source.is_char_boundary(pos) {
        pos -= 1;
    }
    let line_start = source[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = source[pos..]
        .find('\n')
        .map(|i| pos + i)
        .unwrap_or(source.len());
    let lineno = source[..line_start].matches('\n').count() + 1;
    let col = source[line_start..pos].chars().count() + 1;
    let text = source[line_start..line_end]
        .trim_end_matches('\r')
        .to_string();
    (lineno, col, text)
}
