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

/// Which part of the compiler found the error. CPython fills the
/// exception's attributes a little differently for each (see
/// `python_view`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Stage {
    Tokenizer,
    #[default]
    Parser,
    Compiler,
    /// Scope analysis: CPython's exception has only the message in `args`.
    Symtable,
}

/// What a SyntaxError exception object shows: `text`, `offset` and
/// `end_offset` as CPython sets them (the rendering keeps its own).
pub struct PythonView {
    pub text: Option<String>,
    pub offset: i64,
    pub end_offset: i64,
    /// Whether `args` holds the details tuple besides the message.
    pub detailed_args: bool,
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
    pub stage: Stage,
    /// The error's line ends with a newline (in the source, or appended:
    /// CPython adds one to `exec` source that lacks it).
    pub eol: bool,
    /// The error points between characters (an end of line or of input),
    /// not at one.
    pub zero_width: bool,
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
        let from = start.min(source.len());
        let eol = source.get(from..).is_some_and(|rest| rest.contains('\n'));
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
            stage: Stage::Parser,
            eol,
            zero_width: end <= start,
        }
    }

    /// The exception's `text`, `offset` and `end_offset`, as CPython's
    /// compile() leaves them for this error.
    pub fn python_view(&self, source_file_exists: bool) -> PythonView {
        let offset = self.offset as i64;
        let mut view = PythonView {
            text: self.text.clone(),
            offset,
            end_offset: self.end_offset as i64,
            detailed_args: self.stage != Stage::Symtable,
        };
        let with_newline = |t: &Option<String>| t.as_ref().map(|t| format!("{}\n", t));
        let never_closed = self.msg.ends_with("was never closed");
        match self.stage {
            Stage::Compiler | Stage::Symtable => {
                // CPython reads the line from the file, if there is one.
                view.text = if source_file_exists {
                    with_newline(&self.text)
                } else {
                    None
                };
                return view;
            }
            Stage::Tokenizer => {
                let keeps_line_end = never_closed
                    || self.kind != SyntaxErrorKind::SyntaxError
                    || self.msg == "unexpected character after line continuation character";
                if keeps_line_end && self.eol {
                    view.text = with_newline(&self.text);
                }
            }
            Stage::Parser => {
                // A range over several lines shows its first line bare.
                if self.eol && self.end_lineno == self.lineno {
                    view.text = with_newline(&self.text);
                }
            }
        }
        let line_len = self.text.as_deref().map_or(0, |t| t.chars().count());
        let past_text = self.lineno == self.end_lineno && self.offset > line_len;
        let point = match self.stage {
            Stage::Tokenizer => self.zero_width && !self.msg.starts_with("leading zeros"),
            _ => past_text,
        };
        if point {
            // An end of line or of input: an empty range.
            view.end_offset = offset;
        }
        if never_closed || self.msg == "unexpected character after line continuation character" {
            view.end_offset = 0;
        }
        match self.kind {
            SyntaxErrorKind::TabError => view.end_offset = 0,
            SyntaxErrorKind::IndentationError => {
                if self.msg.starts_with("expected an indented block") {
                    if self.offset == 0 {
                        // At the end of the input: just past the header's text.
                        view.offset = line_len as i64 + i64::from(self.eol);
                        view.end_offset = -1;
                    } else {
                        // The range is the token found instead of the block.
                        let word = self.text.as_deref().map_or(1, |t| {
                            let rest = t.chars().skip(self.offset - 1);
                            rest.take_while(|c| c.is_alphanumeric() || *c == '_')
                                .count()
                                .max(1)
                        });
                        view.end_offset = offset + word as i64;
                    }
                } else {
                    view.end_offset = -1;
                }
            }
            SyntaxErrorKind::SyntaxError => {}
        }
        view
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
