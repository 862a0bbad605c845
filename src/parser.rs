//! The sole entry to the grammar: source text in, AST or SyntaxError out.
//!
//! Tokens flow from the layout pass through [`Feeder`], which joins adjacent
//! string literals into one constant (parsing f-string fields on the way),
//! into the lalrpop parser. Its errors are mapped to CPython's wording here;
//! the checks CPython makes after parsing live in [`validate`].

pub mod actions;
pub mod literal;
pub mod patterns;
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
        Ok(Top::Expr(Expr::Starred(st))) => {
            let mut e = Box::new(SyntaxError::at(
                SyntaxErrorKind::SyntaxError,
                "f-string: cannot use starred expression here",
                filename,
                source,
                st.span.start as usize,
                st.span.end as usize,
            ));
            as_field_text(source, start, end, &mut e);
            Err(e)
        }
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
            as_field_text(source, start, end, &mut e);
            Err(e)
        }
    }
}

/// CPython 3.11 parses a field as the text `(expr)` on its own and reports
/// syntax errors against that text; errors in one-line fields are shown the
/// same way. (Errors already rewritten by a nested field stay as they are.)
fn as_field_text(source: &str, start: usize, end: usize, e: &mut SyntaxError) {
    let Some(expr) = source.get(start..end) else {
        return;
    };
    if expr.contains(['\n', '\r']) {
        return;
    }
    let (line, col, text) = crate::syntax_error::locate(source, start);
    if e.lineno != line || e.end_lineno != line || e.text.as_deref() != Some(text.as_str()) {
        return;
    }
    let field_col = col - 1;
    e.offset = (e.offset + 1).saturating_sub(field_col).max(1);
    e.end_offset = (e.end_offset + 1).saturating_sub(field_col).max(1);
    e.text = Some(format!("({})", expr));
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
        history: Vec::new(),
        line_tokens: 0,
        line_depth: 0,
        line_from: false,
        line_condition: false,
        line_except: false,
        line_def: false,
        unary_run: 0,
        power_run: 0,
        conditional_run: 0,
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
    /// The tokens of the current logical line so far, for the error
    /// messages that look around the failing token.
    history: Vec<Seen>,
    line_tokens: usize,
    line_depth: i64,
    line_from: bool,
    /// The line starts with `if`, `elif` or `while`.
    line_condition: bool,
    line_except: bool,
    /// The line starts with `def` (or `async`, as in `async def`).
    line_def: bool,
    /// Lengths of the current right-nesting runs (see `count_nesting`).
    unary_run: usize,
    power_run: usize,
    conditional_run: usize,
}

/// How many recent tokens the error messages look back over (and ahead).
const HISTORY: usize = 512;

/// What an error message needs to know about a token.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// A name, number, string or constant keyword.
    Operand,
    Open,
    Close,
    /// Ends an expression: commas, `:`, `=`, and the keywords that cannot
    /// appear inside an operand of `or`.
    Sep,
    /// Any other operator.
    Op,
}

/// The tokens the error messages single out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tag {
    Name,
    /// `print` or `exec`, the Python 2 statements.
    Print,
    Str,
    Comma,
    Equal,
    LPar,
    RPar,
    If,
    Colon,
    Lambda,
    Star,
    DoubleStar,
    /// NEWLINE, INDENT or DEDENT.
    LineEnd,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Seen {
    start: usize,
    end: usize,
    shape: Shape,
    tag: Tag,
}

impl Seen {
    fn of(tok: &Tok, start: usize, end: usize) -> Seen {
        let shape = match tok {
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_) => Shape::Operand,
            Tok::True | Tok::False | Tok::None | Tok::Ellipsis => Shape::Operand,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => Shape::Open,
            Tok::RPar | Tok::RSqb | Tok::RBrace => Shape::Close,
            Tok::And | Tok::Or | Tok::Not | Tok::In | Tok::Is | Tok::Await | Tok::Dot => Shape::Op,
            t if t.keyword().is_some() => Shape::Sep,
            Tok::Comma | Tok::Semi | Tok::Colon | Tok::Equal | Tok::ColonEqual | Tok::RArrow => {
                Shape::Sep
            }
            Tok::PlusEqual
            | Tok::MinEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VbarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::DoubleSlashEqual
            | Tok::AtEqual => Shape::Sep,
            _ => Shape::Op,
        };
        let tag = match tok {
            Tok::Name(n) if n == "print" || n == "exec" => Tag::Print,
            Tok::Name(_) => Tag::Name,
            Tok::Str(_) => Tag::Str,
            Tok::Comma => Tag::Comma,
            Tok::Equal => Tag::Equal,
            Tok::LPar => Tag::LPar,
            Tok::RPar => Tag::RPar,
            Tok::If => Tag::If,
            Tok::Colon => Tag::Colon,
            Tok::Lambda => Tag::Lambda,
            Tok::Star => Tag::Star,
            Tok::DoubleStar => Tag::DoubleStar,
            Tok::Newline | Tok::Indent | Tok::Dedent => Tag::LineEnd,
            _ => Tag::Other,
        };
        Seen {
            start,
            end,
            shape,
            tag,
        }
    }

    fn is(&self, tag: Tag) -> bool {
        self.tag == tag
    }

    fn is_name(&self) -> bool {
        matches!(self.tag, Tag::Name | Tag::Print)
    }

    fn ends_operand(&self) -> bool {
        matches!(self.shape, Shape::Operand | Shape::Close)
    }

    fn starts_operand(&self) -> bool {
        matches!(self.shape, Shape::Operand | Shape::Open)
    }
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
                let next = match &self.peeked {
                    Some(Ok((n, _, _))) => *n,
                    _ => end,
                };
                match literal::build(self.src, self.file, &pieces, next, self.fdepth) {
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
        if let Err(err) = self.count_nesting(&tok, s) {
            return Some(Err(err));
        }
        // Cleared one token late, so that a failing NEWLINE still sees
        // its line.
        if self.history.last().is_some_and(|h| h.is(Tag::LineEnd)) {
            self.history.clear();
            self.line_tokens = 0;
            self.line_depth = 0;
        }
        if self.line_tokens == 0 {
            self.line_from = tok == Tok::From;
            self.line_condition = matches!(tok, Tok::If | Tok::Elif | Tok::While);
            self.line_except = tok == Tok::Except;
            self.line_def = matches!(tok, Tok::Def | Tok::Async);
        }
        // Only the recent past matters to the messages; a huge line must
        // not keep every token.
        if self.history.len() >= 2 * HISTORY {
            self.history.drain(..HISTORY);
        }
        let seen = Seen::of(&tok, s, e);
        match seen.shape {
            Shape::Open => self.line_depth += 1,
            Shape::Close => self.line_depth -= 1,
            _ => {}
        }
        self.line_tokens += 1;
        self.history.push(seen);
        Some(Ok((s, tok, e)))
    }
}

impl Feeder<'_> {
    /// Right-nested chains (`- - - x`, `a ** b ** c`, `a if b else c if
    /// ...`, `lambda: lambda: ...`) grow the parser's stack and the tree
    /// with every link; refusing them here, as soon as they are deeper than
    /// the validator would accept, keeps pathological input cheap.
    fn count_nesting(&mut self, tok: &Tok, at: usize) -> Result<(), Box<SyntaxError>> {
        let unary = matches!(
            tok,
            Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await
        );
        self.unary_run = if unary { self.unary_run + 1 } else { 0 };
        let in_power = unary
            || matches!(
                tok,
                Tok::Name(_)
                    | Tok::Int(_)
                    | Tok::BigInt(_)
                    | Tok::Float(_)
                    | Tok::Imag(_)
                    | Tok::Str(_)
                    | Tok::Dot
                    | Tok::DoubleStar
            );
        if !in_power {
            self.power_run = 0;
        } else if *tok == Tok::DoubleStar {
            self.power_run += 1;
        }
        match tok {
            Tok::Else | Tok::Lambda => self.conditional_run += 1,
            Tok::Comma | Tok::Semi | Tok::Newline => self.conditional_run = 0,
            t if t.is_opening_bracket() || t.is_closing_bracket() => self.conditional_run = 0,
            _ => {}
        }
        let limit = validate::MAX_EXPR_DEPTH;
        if self.unary_run > limit || self.power_run > limit || self.conditional_run > limit {
            return Err(self.error(SyntaxErrorKind::SyntaxError, validate::TOO_DEEP, at, at));
        }
        Ok(())
    }

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
                if expected.iter().any(|t| t == "\"except\"")
                    && expected.iter().any(|t| t == "\"finally\"")
                {
                    return self.try_without_handler_at_end();
                }
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
                let expects = |t: &str| expected.iter().any(|x| x == t);
                if expects("\"except\"") && expects("\"finally\"") && !expects("\":\"") {
                    if s >= self.src.len() {
                        return self.try_without_handler_at_end();
                    }
                    return self.error(
                        SyntaxErrorKind::SyntaxError,
                        "expected 'except' or 'finally' block",
                        s,
                        e,
                    );
                }
                if expected.len() == 1 && expects("\"(\"") {
                    return self.error(SyntaxErrorKind::SyntaxError, "expected '('", s, e);
                }
                let n = self.history.len();
                let after_comma =
                    n >= 2 && self.history.get(n - 2).is_some_and(|h| h.is(Tag::Comma));
                if tok == Tok::Newline && after_comma && self.line_from {
                    let msg = "trailing comma not allowed without surrounding parentheses";
                    return self.error(SyntaxErrorKind::SyntaxError, msg, s, e);
                }
                if tok == Tok::Newline && self.line_keyword && expects("\":\"") {
                    return self.error(SyntaxErrorKind::SyntaxError, "expected ':'", s, e);
                }
                self.generic(s, e, &expected)
            }
            ParseError::ExtraToken { token: (s, _, e) } => self.generic(s, e, &[]),
            ParseError::InvalidToken { location } => self.generic(location, location, &[]),
        }
    }

    /// `try:` and its block at the end of the input, without a handler.
    fn try_without_handler_at_end(&self) -> Box<SyntaxError> {
        let msg = "expected 'except' or 'finally' block";
        let mut err = self.error(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.last_newline,
            self.last_newline,
        );
        err.offset = 0;
        err.end_offset = 0;
        err.incomplete = true;
        err
    }

    /// At the end of a file CPython reports the file's last line (blank
    /// or a comment, or the header itself), without a caret.
    fn expected_block_at_end(&self) -> Box<SyntaxError> {
        let mut e = self.expected_block(self.last_newline);
        let body = self.src.strip_suffix('\n').unwrap_or(self.src);
        if self.fdepth == 0 && body.len() >= self.last_newline {
            let last_line = body.rfind('\n').map_or(0, |i| i + 1);
            let (line, _, text) = crate::syntax_error::locate(self.src, last_line);
            e.lineno = line;
            e.end_lineno = line;
            e.text = Some(text);
            e.eol = self.src.get(last_line..).is_some_and(|r| r.contains('\n'));
        }
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
                Tok::Match => "'match' statement",
                Tok::Case => "'case' statement",
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
    /// Otherwise two operands side by side get CPython's hints.
    fn generic(&mut self, s: usize, e: usize, expected: &[String]) -> Box<SyntaxError> {
        let (line, col, _) = crate::syntax_error::locate(self.src, s);
        // The rest of the logical line, for the hints below.
        let mut ahead: Vec<Seen> = Vec::new();
        let mut line_done = false;
        for item in self.peeked.take().into_iter().chain(&mut self.layout) {
            match item {
                Err(err) => {
                    if !err.msg.ends_with("was never closed")
                        || (err.lineno, err.offset) < (line, col)
                    {
                        return err;
                    }
                    break;
                }
                Ok((a, tok, b)) => {
                    if matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent) {
                        line_done = true;
                    } else if !line_done && ahead.len() < 2 * HISTORY {
                        ahead.push(Seen::of(&tok, a, b));
                    }
                }
            }
        }
        if let Some(err) = self.match_without_colon(&ahead) {
            return err;
        }
        let prefix = if self.fdepth > 0 { "f-string: " } else { "" };
        if let Some(err) = self.juxtaposed(&ahead, prefix) {
            return err;
        }
        if let Some(err) = self.misplaced_equals(&ahead, prefix) {
            return err;
        }
        if let Some(err) = self.statement_hints(&ahead, expected) {
            return err;
        }
        let msg = format!("{}invalid syntax", prefix);
        self.error(SyntaxErrorKind::SyntaxError, msg, s, e)
    }

    /// `match subject` with no colon: the layout pass left `match` a name,
    /// and the subject beside it failed. CPython says what is missing, at
    /// the end of the line.
    fn match_without_colon(&self, ahead: &[Seen]) -> Option<Box<SyntaxError>> {
        let [first, failing] = self.history.get(..)? else {
            return None;
        };
        let word = self.src.get(first.start..first.end)?;
        if word != "match" || !failing.starts_operand() || self.fdepth > 0 {
            return None;
        }
        let last = ahead.last().unwrap_or(failing);
        if last.is(Tag::Colon) {
            return None;
        }
        Some(self.error(
            SyntaxErrorKind::SyntaxError,
            "expected ':'",
            last.end,
            last.end,
        ))
    }

    /// The start of the operand that ends just before the failing token
    /// (the last in `history`), and the index of the innermost bracket
    /// still open there.
    fn operand_before(&self) -> Option<(usize, Option<usize>)> {
        self.operand_before_index(self.history.len().checked_sub(1)?)
    }

    /// The same for the operand ending just before `history[upto]`.
    fn operand_before_index(&self, upto: usize) -> Option<(usize, Option<usize>)> {
        let before = self.history.get(..upto)?;
        let mut start = None;
        let mut level = 0usize;
        for (i, t) in before.iter().enumerate().rev() {
            match t.shape {
                Shape::Close => level += 1,
                Shape::Open if level > 0 => level -= 1,
                Shape::Open => {
                    let s = before.get(i + 1).map_or(t.end, |x| x.start);
                    return Some((start.unwrap_or(s), Some(i)));
                }
                Shape::Sep if level == 0 && start.is_none() => {
                    start = Some(before.get(i + 1).map_or(t.end, |x| x.start));
                }
                _ => {}
            }
        }
        Some((start.unwrap_or(before.first()?.start), None))
    }

    /// Where the operand starting at `first` ends, looking at `ahead`.
    fn operand_after(first: Seen, ahead: &[Seen]) -> usize {
        let mut end = first.end;
        let mut last = first;
        let mut level = 0usize;
        for t in ahead {
            match t.shape {
                Shape::Open => level += 1,
                Shape::Close if level == 0 => break,
                Shape::Close => level -= 1,
                Shape::Sep if level == 0 => break,
                Shape::Operand if level == 0 && last.ends_operand() => break,
                _ => {}
            }
            end = t.end;
            last = *t;
        }
        end
    }

    /// Hints that depend on the construct the failing token is in.
    fn statement_hints(&self, ahead: &[Seen], expected: &[String]) -> Option<Box<SyntaxError>> {
        let n = self.history.len();
        let bad = *self.history.get(n.checked_sub(1)?)?;
        let prev = *self.history.get(n.checked_sub(2)?)?;
        let syntax = |msg: &str, start: usize, end: usize| {
            Some(self.error(SyntaxErrorKind::SyntaxError, msg, start, end))
        };
        if expected.iter().any(|x| x == "\"else\"") {
            let at_if = self.history.iter().rposition(|t| t.is(Tag::If))?;
            let (start, _) = self.operand_before_index(at_if)?;
            return syntax("expected 'else' after 'if' expression", start, prev.end);
        }
        if self.line_except && bad.is(Tag::Comma) && self.line_depth == 0 {
            let start = self.history.get(1)?.start;
            let mut end = bad.end;
            let mut level = 0usize;
            for t in ahead {
                match t.shape {
                    Shape::Open => level += 1,
                    Shape::Close => level = level.saturating_sub(1),
                    _ if t.is(Tag::Colon) && level == 0 => break,
                    _ => {}
                }
                end = t.end;
            }
            return syntax("multiple exception types must be parenthesized", start, end);
        }
        let in_params = self.line_def || self.history.iter().any(|t| t.is(Tag::Lambda));
        if prev.is(Tag::Equal)
            && in_params
            && (bad.is(Tag::Comma) || bad.is(Tag::RPar) || bad.is(Tag::Colon))
        {
            // The parameter's first token tells `*args=` and `**kw=` apart.
            let first = self
                .history
                .get(..n - 2)?
                .iter()
                .rev()
                .take_while(|t| !(t.is(Tag::Comma) || t.is(Tag::LPar) || t.is(Tag::Lambda)))
                .last();
            let msg = match first {
                Some(t) if t.is(Tag::Star) => "var-positional argument cannot have default value",
                Some(t) if t.is(Tag::DoubleStar) => {
                    "var-keyword argument cannot have default value"
                }
                _ => "expected default value expression",
            };
            return syntax(msg, prev.start, prev.end);
        }
        None
    }

    /// `if x = 1:` and `f(a.b = 1)`: an `=` where only `==` could be meant.
    fn misplaced_equals(&self, ahead: &[Seen], prefix: &str) -> Option<Box<SyntaxError>> {
        let n = self.history.len();
        let bad = *self.history.get(n.checked_sub(1)?)?;
        let prev = *self.history.get(n.checked_sub(2)?)?;
        if !bad.is(Tag::Equal) || !prev.ends_operand() {
            return None;
        }
        let (start, open) = self.operand_before()?;
        let first_after = *ahead.first()?;
        if !first_after.starts_operand() {
            return None;
        }
        let end = Self::operand_after(first_after, ahead.get(1..).unwrap_or(&[]));
        let in_call = open.is_some_and(|i| {
            self.history.get(i).is_some_and(|t| t.is(Tag::LPar))
                && i > 0
                && self.history.get(i - 1).is_some_and(|t| t.ends_operand())
        });
        let lone_name = prev.is_name() && prev.start == start;
        let (msg, end) = if in_call && !lone_name {
            // CPython's range for this one stops at the `=`.
            (
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                bad.end,
            )
        } else if lone_name && (open.is_some() || self.fdepth > 0 || self.line_condition) {
            (
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                end,
            )
        } else {
            return None;
        };
        let msg = format!("{}{}", prefix, msg);
        Some(self.error(SyntaxErrorKind::SyntaxError, msg, start, end))
    }

    /// `print "x"` and `f(a b)`: an operand right after another.
    fn juxtaposed(&self, ahead: &[Seen], prefix: &str) -> Option<Box<SyntaxError>> {
        let n = self.history.len();
        let bad = *self.history.get(n.checked_sub(1)?)?;
        let prev = *self.history.get(n.checked_sub(2)?)?;
        if !(prev.ends_operand() && bad.starts_operand()) {
            return None;
        }
        if prev.is(Tag::Print) && self.line_tokens == 2 && self.fdepth == 0 {
            let end = ahead.last().map_or(bad.end, |t| t.end);
            let msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
            return Some(self.error(SyntaxErrorKind::SyntaxError, msg, prev.start, end));
        }
        let before = self.history.get(..n - 1)?;
        let depth =
            self.line_depth + i64::from(self.fdepth > 0) - i64::from(bad.shape == Shape::Open);
        // CPython leaves `name "string"` (a misspelt prefix) alone.
        if depth <= 0 || (prev.is_name() && bad.is(Tag::Str)) {
            return None;
        }
        // Back to the start of the operand before the failing token.
        let mut start = before.first()?.start;
        let mut level = 0usize;
        for (i, t) in before.iter().enumerate().rev() {
            let stop = match t.shape {
                Shape::Close => {
                    level += 1;
                    false
                }
                Shape::Open if level == 0 => true,
                Shape::Open => {
                    level -= 1;
                    false
                }
                Shape::Sep => level == 0,
                _ => false,
            };
            if stop {
                start = before.get(i + 1).map_or(t.end, |x| x.start);
                break;
            }
        }
        // Forward over the operand that starts at the failing token.
        let mut end = bad.end;
        let mut last = bad;
        let mut level = 0usize;
        for t in ahead {
            match t.shape {
                Shape::Open => level += 1,
                Shape::Close if level == 0 => break,
                Shape::Close => level -= 1,
                Shape::Sep if level == 0 => break,
                Shape::Operand if level == 0 && last.ends_operand() => break,
                _ => {}
            }
            end = t.end;
            last = *t;
        }
        let msg = format!("{}invalid syntax. Perhaps you forgot a comma?", prefix);
        Some(self.error(SyntaxErrorKind::SyntaxError, msg, start, end))
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod robustness_tests;
