//! The sole entry to the grammar: source text in, AST or SyntaxError out.
//!
//! Tokens flow from the layout pass through [`Feeder`], which joins adjacent
//! string literals into one constant (parsing f-string fields on the way),
//! into the lalrpop parser. Its errors are mapped to CPython's wording here;
//! the checks CPython makes after parsing live in [`validate`].

pub mod actions;
pub mod literal;
pub mod validate;

#[allow(
    clippy::all,
    unused_parens,
    unused_imports,
    dead_code,
    non_snake_case,
    unused_mut
)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar/weft.rs"));
}

use lalrpop_util::ParseError;

use crate::ast::{Expr, Module};
use crate::lexer::{Layout, LexResult, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use actions::Top;

/// Options that change what the parser accepts.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// Allow `await`, `async for` and `async with` at module level (the REPL's
    /// top-level await, like `python -m asyncio`).
    pub top_level_await: bool,
}

/// Parses a whole module (a file, `-c` code, `exec()` source).
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    parse_module_with(source, filename, ParseOptions::default())
}

pub fn parse_module_with(
    source: &str,
    filename: &str,
    options: ParseOptions,
) -> Result<Module, SyntaxError> {
    let layout = Layout::new(source, filename, 0, source.len(), false);
    let top = run(source, filename, layout, Tok::StartModule, 0, 0).map_err(|e| *e)?;
    let body = match top {
        Top::Module(body) => body,
        Top::Expr(_) => Vec::new(),
    };
    let module = Module { body };
    validate::check_module(module, source, filename, options).map_err(|e| *e)
}

/// Parses a single expression (`eval()` source), surrounding whitespace allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<Expr, SyntaxError> {
    // eval() ignores leading spaces and tabs rather than calling them an indent.
    let start = source.len() - source.trim_start_matches([' ', '\t', '\x0c']).len();
    let layout = Layout::new(source, filename, start, source.len(), false);
    let top = run(source, filename, layout, Tok::StartExpression, start, 0).map_err(|e| *e)?;
    let expr = match top {
        Top::Expr(e) => e,
        Top::Module(_) => {
            return Err(SyntaxError::at(
                SyntaxErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                source,
                0,
                0,
            ))
        }
    };
    validate::check_expression(expr, source, filename).map_err(|e| *e)
}

/// f-string fields nested deeper than this are refused (CPython's limit is
/// two levels of format specs; this bounds our recursion).
const MAX_FSTRING_DEPTH: usize = 8;

/// Parses the expression of an f-string field, `source[start..end]`, as if
/// it were parenthesised. Positions stay those of the whole source.
pub(crate) fn parse_field(
    source: &str,
    filename: &str,
    start: usize,
    end: usize,
    depth: usize,
) -> Result<Expr, Box<SyntaxError>> {
    if depth > MAX_FSTRING_DEPTH {
        return Err(Box::new(SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            "f-string: expressions nested too deeply",
            filename,
            source,
            start,
            start,
        )));
    }
    let layout = Layout::new(source, filename, start, end, true);
    match run(
        source,
        filename,
        layout,
        Tok::StartFString,
        start,
        depth + 1,
    ) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(Box::new(SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            "f-string: invalid syntax",
            filename,
            source,
            start,
            start,
        ))),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

fn run<'s>(
    source: &'s str,
    filename: &'s str,
    layout: Layout<'s>,
    start_tok: Tok,
    origin: usize,
    fdepth: usize,
) -> Result<Top, Box<SyntaxError>> {
    let mut feeder = Feeder {
        src: source,
        file: filename,
        layout,
        start: Some((origin, start_tok)),
        peeked: None,
        fdepth,
        line_start: true,
        header: None,
        prev_header: None,
        line_keyword: false,
        last_end: origin,
        last_newline: origin,
    };
    let parser = grammar::TopParser::new();
    match parser.parse(source, filename, &mut feeder) {
        Ok(top) => Ok(top),
        Err(e) => Err(feeder.convert(e)),
    }
}

/// The token stream the grammar consumes.
struct Feeder<'s> {
    src: &'s str,
    file: &'s str,
    layout: Layout<'s>,
    start: Option<(usize, Tok)>,
    peeked: Option<LexResult>,
    fdepth: usize,
    line_start: bool,
    /// The keyword that began the current logical line, for "expected an
    /// indented block after 'if' statement on line N".
    header: Option<(Tok, usize)>,
    /// The one before, for when the token that failed is itself a keyword
    /// at the start of a line.
    prev_header: Option<(Tok, usize)>,
    /// Whether the current logical line starts with a keyword: only then
    /// can a missing colon be a compound statement's.
    line_keyword: bool,
    last_end: usize,
    /// Where the last NEWLINE token ends (on the line it closes).
    last_newline: usize,
}

impl Iterator for Feeder<'_> {
    type Item = LexResult;

    fn next(&mut self) -> Option<LexResult> {
        if let Some((pos, tok)) = self.start.take() {
            return Some(Ok((pos, tok, pos)));
        }
        let item = match self.peeked.take() {
            Some(item) => item,
            None => self.layout.next()?,
        };
        let (s, tok, e) = match item {
            Ok(t) => t,
            Err(err) => return Some(Err(err)),
        };
        let (tok, e) = match tok {
            Tok::String(first) => {
                let mut pieces = vec![(s, first, e)];
                loop {
                    match self.layout.next() {
                        Some(Ok((s2, Tok::String(st), e2))) => pieces.push((s2, st, e2)),
                        other => {
                            self.peeked = other;
                            break;
                        }
                    }
                }
                let end = pieces.last().map_or(e, |p| p.2);
                match literal::build(self.src, self.file, &pieces, self.fdepth) {
                    Ok(expr) => (Tok::Str(Box::new(expr)), end),
                    Err(err) => return Some(Err(err)),
                }
            }
            tok => (tok, e),
        };
        if self.line_start && tok != Tok::Async {
            self.line_keyword = tok.keyword().is_some();
            if self.line_keyword {
                self.prev_header = self.header.replace((tok.clone(), s));
            }
        }
        self.line_start = matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent)
            || (self.line_start && tok == Tok::Async);
        self.last_end = e;
        if tok == Tok::Newline {
            self.last_newline = e;
        }
        Some(Ok((s, tok, e)))
    }
}

impl Feeder<'_> {
    fn error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> Box<SyntaxError> {
        Box::new(SyntaxError::at(kind, msg, self.file, self.src, start, end))
    }

    /// Maps lalrpop's error to CPython's wording.
    fn convert(&mut self, err: ParseError<usize, Tok, Box<SyntaxError>>) -> Box<SyntaxError> {
        match err {
            ParseError::User { error } => error,
            ParseError::UnrecognizedEof { location, expected } => {
                if expected.iter().any(|t| t == "INDENT") {
                    return self.expected_block_at_end();
                }
                let at = location.max(self.last_end);
                let msg = if self.fdepth > 0 {
                    "f-string: invalid syntax"
                } else {
                    "invalid syntax"
                };
                let mut e = self.error(SyntaxErrorKind::SyntaxError, msg, at, at);
                e.incomplete = true;
                e
            }
            ParseError::UnrecognizedToken {
                token: (s, tok, e),
                expected,
            } => {
                if tok == Tok::Indent {
                    return self.error(
                        SyntaxErrorKind::IndentationError,
                        "unexpected indent",
                        s,
                        e,
                    );
                }
                if expected.iter().any(|t| t == "INDENT") {
                    if tok == Tok::Dedent && s >= self.src.len() {
                        return self.expected_block_at_end();
                    }
                    return self.expected_block(s);
                }
                if tok == Tok::Newline && self.line_keyword && expected.iter().any(|t| t == "\":\"")
                {
                    return self.error(SyntaxErrorKind::SyntaxError, "expected ':'", s, e);
                }
                self.generic(s, e)
            }
            ParseError::ExtraToken { token: (s, _, e) } => self.generic(s, e),
            ParseError::InvalidToken { location } => self.generic(location, location),
        }
    }

    /// At the end of a file CPython shows the header's line without a caret.
    fn expected_block_at_end(&self) -> Box<SyntaxError> {
        let mut e = self.expected_block(self.last_newline);
        e.offset = 0;
        e.end_offset = 0;
        e.incomplete = true;
        e
    }

    fn expected_block(&self, at: usize) -> Box<SyntaxError> {
        let header = match &self.header {
            Some((_, pos)) if *pos >= at => &self.prev_header,
            other => other,
        };
        let what = header.as_ref().and_then(|(tok, pos)| {
            let desc = match tok {
                Tok::If => "'if' statement",
                Tok::Elif => "'elif' statement",
                Tok::Else => "'else' statement",
                Tok::While => "'while' statement",
                Tok::For => "'for' statement",
                Tok::Try => "'try' statement",
                Tok::Except => "'except' statement",
                Tok::Finally => "'finally' statement",
                Tok::With => "'with' statement",
                Tok::Def => "function definition",
                Tok::Class => "class definition",
                _ => return None,
            };
            let (line, _, _) = crate::syntax_error::locate(self.src, *pos);
            Some(format!(
                "expected an indented block after {} on line {}",
                desc, line
            ))
        });
        let msg = what.unwrap_or_else(|| "expected an indented block".to_string());
        self.error(SyntaxErrorKind::IndentationError, msg, at, at)
    }

    /// "invalid syntax" at a token, unless the rest of the input holds an
    /// error CPython's tokenizer would report: CPython scans on to the end
    /// and prefers that one.
    /// A bracket left open before the failing token is reported instead
    /// too, as CPython's parser runs into the end of input looking for it.
    fn generic(&mut self, s: usize, e: usize) -> Box<SyntaxError> {
        let (line, col, _) = crate::syntax_error::locate(self.src, s);
        for item in self.peeked.take().into_iter().chain(&mut self.layout) {
            if let Err(err) = item {
                if !err.msg.ends_with("was never closed") || (err.lineno, err.offset) < (line, col)
                {
                    return err;
                }
                break;
            }
        }
        let msg = if self.fdepth > 0 {
            "f-string: invalid syntax"
        } else {
            "invalid syntax"
        };
        self.error(SyntaxErrorKind::SyntaxError, msg, s, e)
    }
}
