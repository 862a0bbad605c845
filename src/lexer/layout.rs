//! The layout pass: turns the scanner's tokens into the grammar's, adding
//! NEWLINE, INDENT and DEDENT with CPython's rules, joining lines inside
//! brackets, and reporting the errors CPython's tokenizer reports.

use std::collections::VecDeque;

use logos::Logos;

use super::token::{LexError, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// A token with its byte range in the whole source.
pub type Spanned = (usize, Tok, usize);
pub type LexResult = Result<Spanned, Box<SyntaxError>>;

/// CPython's limits: deeper nesting is a syntax error, which also keeps the
/// recursive passes after the parser within their stack.
pub const MAX_BRACKET_DEPTH: usize = 200;
pub const MAX_INDENT_LEVELS: usize = 100;

pub struct Layout<'s> {
    source: &'s str,
    filename: &'s str,
    base: usize,
    lex: logos::Lexer<'s, Tok>,
    queue: VecDeque<Spanned>,
    /// Indentation columns with tabs to 8 and with tabs as 1 (CPython's
    /// `altcol`): the two must agree on every comparison, or it's a TabError.
    indents: Vec<(usize, usize)>,
    brackets: Vec<(char, usize)>,
    /// Inside an f-string field everything is one logical line, as if the
    /// expression were wrapped in parentheses.
    in_field: bool,
    line_has_tokens: bool,
    comment_start: Option<usize>,
    last_raw_end: usize,
    error: Option<Box<SyntaxError>>,
    done: bool,
    last_out_was_with: bool,
    /// The next token handed out begins a logical line (where `match` may
    /// be the soft keyword).
    at_line_start: bool,
    /// A `match` header was just handed out: the block after it is where
    /// `case` is a keyword.
    expect_case_block: bool,
    /// Indentation depths (lengths of `indents`) of the open match blocks.
    case_levels: Vec<usize>,
}

impl<'s> Layout<'s> {
    /// Lays out `source[start..end]`. Positions are byte offsets into `source`.
    pub fn new(
        source: &'s str,
        filename: &'s str,
        start: usize,
        end: usize,
        in_field: bool,
    ) -> Self {
        let end = end.min(source.len());
        let start = start.min(end);
        let slice = source.get(start..end).unwrap_or("");
        // A UTF-8 byte order mark at the very start is not part of the program.
        let (slice, base) = match slice.strip_prefix('\u{feff}') {
            Some(rest) if start == 0 => (rest, start + 3),
            _ => (slice, start),
        };
        Layout {
            source,
            filename,
            base,
            lex: Tok::lexer(slice),
            queue: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            in_field,
            line_has_tokens: false,
            comment_start: None,
            last_raw_end: base,
            error: None,
            done: false,
            last_out_was_with: false,
            at_line_start: true,
            expect_case_block: false,
            case_levels: Vec::new(),
        }
    }

    fn err(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> Box<SyntaxError> {
        let mut e = SyntaxError::at(kind, msg, self.filename, self.source, start, end);
        e.stage = crate::syntax_error::Stage::Tokenizer;
        Box::new(e)
    }

    fn syntax(&self, msg: impl Into<String>, start: usize, end: usize) -> Box<SyntaxError> {
        self.err(SyntaxErrorKind::SyntaxError, msg, start, end)
    }

    /// Scans one more raw token and queues what it turns into. Returns false
    /// at the end of input or on an error (kept in `self.error`).
    fn pump(&mut self) -> bool {
        if self.done || self.error.is_some() {
            return false;
        }
        // CPython refuses a NUL anywhere, even inside a string, before
        // reading any token.
        if self.last_raw_end == self.base && !self.in_field {
            if let Some(i) = self.lex.source().find('\0') {
                self.error = Some(self.null_byte(self.base + i));
                self.done = true;
                return false;
            }
        }
        match self.step() {
            Ok(()) => true,
            Err(e) => {
                self.error = Some(e);
                self.done = true;
                false
            }
        }
    }

    fn step(&mut self) -> Result<(), Box<SyntaxError>> {
        let Some(raw) = self.lex.next() else {
            return self.finish();
        };
        let span = self.lex.span();
        let (start, end) = (span.start + self.base, span.end + self.base);
        self.last_raw_end = end;
        let tok = match raw {
            Ok(tok) => tok,
            Err(e) => return Err(self.lex_error(e, start, end)),
        };
        match tok {
            Tok::Newline => {
                if self.brackets.is_empty() && !self.in_field && self.line_has_tokens {
                    let nl_start = self.comment_start.unwrap_or(start);
                    self.queue.push_back((nl_start, Tok::Newline, start));
                    self.line_has_tokens = false;
                }
                self.comment_start = None;
                Ok(())
            }
            Tok::Comment => {
                if self.in_field {
                    return Err(self.syntax(
                        "f-string expression part cannot include '#'",
                        start,
                        start,
                    ));
                }
                self.comment_start = Some(start);
                Ok(())
            }
            Tok::Backslash => {
                if self.in_field {
                    return Err(self.syntax(
                        "f-string expression part cannot include a backslash",
                        start,
                        start,
                    ));
                }
                if self.lex.remainder().is_empty() {
                    let mut e = self.syntax("unexpected EOF while parsing", end, end);
                    e.incomplete = true;
                    return Err(e);
                }
                Err(self.syntax(
                    "unexpected character after line continuation character",
                    end,
                    end,
                ))
            }
            tok => {
                let mut tok = tok;
                if !self.line_has_tokens && self.brackets.is_empty() && !self.in_field {
                    self.indent(start)?;
                    if self.case_levels.last() == Some(&self.indents.len())
                        && matches!(&tok, Tok::Name(n) if n == "case")
                    {
                        tok = Tok::Case;
                    }
                }
                self.line_has_tokens = true;
                match &tok {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => self.open(&tok, start)?,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => self.close(&tok, start)?,
                    Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imag(_) => {
                        self.check_number_end(start, end)?
                    }
                    _ => {}
                }
                self.queue.push_back((start, tok, end));
                Ok(())
            }
        }
    }

    fn finish(&mut self) -> Result<(), Box<SyntaxError>> {
        self.done = true;
        let end = self.base + self.lex.source().len();
        let rest = self.source.get(self.last_raw_end..end).unwrap_or("");
        if let Some(i) = rest.find('\\') {
            let pos = self.last_raw_end + i + 1;
            let mut e = self.syntax("unexpected EOF while parsing", pos, pos);
            e.incomplete = true;
            return Err(e);
        }
        if self.in_field {
            return Ok(());
        }
        if let Some(&(c, pos)) = self.brackets.last() {
            let mut e = self.syntax(format!("'{}' was never closed", c), pos, pos);
            e.incomplete = true;
            // CPython's copy of the line keeps its newline only when it is
            // the last line.
            let rest = self.source.get(pos..).unwrap_or("");
            e.eol = rest
                .split_once('\n')
                .is_some_and(|(_, after)| after.is_empty());
            return Err(e);
        }
        if self.line_has_tokens {
            let nl_start = self.comment_start.unwrap_or(end);
            self.queue.push_back((nl_start, Tok::Newline, end));
            self.line_has_tokens = false;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.queue.push_back((end, Tok::Dedent, end));
        }
        Ok(())
    }

    /// Compares the indentation of the line starting at token `start` with
    /// the stack and queues INDENT/DEDENT tokens.
    fn indent(&mut self, start: usize) -> Result<(), Box<SyntaxError>> {
        let before = self.source.get(..start).unwrap_or("");
        let line_start = before
            .rfind(['\n', '\r'])
            .map_or(0, |i| i + 1)
            .max(self.base.min(start));
        let (mut col, mut alt) = (0usize, 0usize);
        for b in self.source.as_bytes().get(line_start..start).unwrap_or(&[]) {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        let tab_error = |me: &Self| {
            me.err(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                line_start,
            )
        };
        let expect_case_block = std::mem::take(&mut self.expect_case_block);
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error(self));
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error(self));
            }
            if self.indents.len() > MAX_INDENT_LEVELS {
                return Err(self.err(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    start,
                    start,
                ));
            }
            self.indents.push((col, alt));
            if expect_case_block {
                self.case_levels.push(self.indents.len());
            }
            // Pointing at the last indentation character reproduces CPython's
            // offset, which renders without a caret.
            self.queue
                .push_back((start.saturating_sub(1).max(line_start), Tok::Indent, start));
        } else {
            while let Some(&(c, _)) = self.indents.last() {
                if col >= c {
                    break;
                }
                self.indents.pop();
                self.queue.push_back((start, Tok::Dedent, start));
            }
            while self
                .case_levels
                .last()
                .is_some_and(|&l| l > self.indents.len())
            {
                self.case_levels.pop();
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let rest = self.source.get(start..).unwrap_or("");
                let line_end = start + rest.find(['\n', '\r']).unwrap_or(rest.len());
                return Err(self.err(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line_end,
                    line_end,
                ));
            }
            if alt != top_alt {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    fn open(&mut self, tok: &Tok, start: usize) -> Result<(), Box<SyntaxError>> {
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Err(self.syntax("too many nested parentheses", start, start));
        }
        let c = match tok {
            Tok::LPar => '(',
            Tok::LSqb => '[',
            _ => '{',
        };
        self.brackets.push((c, start));
        Ok(())
    }

    fn close(&mut self, tok: &Tok, start: usize) -> Result<(), Box<SyntaxError>> {
        let (c, want) = match tok {
            Tok::RPar => (')', '('),
            Tok::RSqb => (']', '['),
            _ => ('}', '{'),
        };
        let Some((open, pos)) = self.brackets.pop() else {
            let msg = if self.in_field {
                format!("f-string: unmatched '{}'", c)
            } else {
                format!("unmatched '{}'", c)
            };
            return Err(self.syntax(msg, start, start));
        };
        if open != want {
            let (open_line, _, _) = crate::syntax_error::locate(self.source, pos);
            let (close_line, _, _) = crate::syntax_error::locate(self.source, start);
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c, open
            );
            if open_line != close_line {
                msg.push_str(&format!(" on line {}", open_line));
            }
            if self.in_field {
                msg.insert_str(0, "f-string: ");
            }
            return Err(self.syntax(msg, start, start));
        }
        Ok(())
    }

    /// CPython rejects a number immediately followed by a name character
    /// (`1abc`, `0x1g`, `0o8`) with a message naming the literal's base.
    fn check_number_end(&self, start: usize, end: usize) -> Result<(), Box<SyntaxError>> {
        let rest = self.source.get(end..).unwrap_or("");
        let Some(next) = rest.chars().next() else {
            return Ok(());
        };
        if !(next.is_alphanumeric() || next == '_') {
            return Ok(());
        }
        let text = self.source.get(start..end).unwrap_or("");
        let bytes = text.as_bytes();
        let base_name = |b: u8| match b {
            b'x' | b'X' => "hexadecimal",
            b'o' | b'O' => "octal",
            _ => "binary",
        };
        let bad = |me: &Self, msg: String, pos: usize| Err(me.syntax(msg, pos, pos));
        // `0x`, `0o8`, `0b`: the prefix scanned as `0` followed by a name.
        if text == "0" && matches!(next, 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
            let kind = base_name(next as u8);
            let after = rest.get(1..).and_then(|r| r.chars().next());
            if let Some(d) = after.filter(|d| d.is_ascii_digit() && kind != "hexadecimal") {
                return bad(
                    self,
                    format!("invalid digit '{}' in {} literal", d, kind),
                    end + 1,
                );
            }
            return bad(self, format!("invalid {} literal", kind), end);
        }
        let radix = match bytes {
            [b'0', r, _, ..] if r.is_ascii_alphabetic() => Some(*r),
            _ => None,
        };
        if let Some(r) = radix {
            let kind = base_name(r);
            if next.is_ascii_digit() {
                return bad(
                    self,
                    format!("invalid digit '{}' in {} literal", next, kind),
                    end,
                );
            }
            let pos = if next == '_' { end } else { end - 1 };
            return bad(self, format!("invalid {} literal", kind), pos);
        }
        // CPython 3.11 still accepts `1if x else y` (with a warning).
        let word_end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let word = rest.get(..word_end).unwrap_or("");
        if matches!(
            word,
            "and" | "else" | "for" | "if" | "in" | "is" | "not" | "or"
        ) {
            return Ok(());
        }
        if text.ends_with(['j', 'J']) {
            return bad(self, "invalid imaginary literal".to_string(), end - 1);
        }
        let pos = if next == '_' { end } else { end - 1 };
        bad(self, "invalid decimal literal".to_string(), pos)
    }

    fn lex_error(&self, e: LexError, start: usize, _end: usize) -> Box<SyntaxError> {
        match e {
            LexError::InvalidCharacter => self.invalid_character(start),
            LexError::UnterminatedString { triple, end: stop } => {
                let stop = self.base + stop;
                let probe = if stop >= self.source.len() { stop.saturating_sub(1) } else { stop };
                let (line, _, _) = crate::syntax_error::locate(self.source, probe);
                let what = if triple { "triple-quoted string literal" } else { "string literal" };
                let mut e = self.syntax(format!("unterminated {} (detected at line {})", what, line), start, start);
                e.incomplete = triple;
                if self.in_field {
                    e.msg = format!("f-string: {}", e.msg);
                }
                e
            }
            LexError::LeadingZeros => self.syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start,
                start,
            ),
            LexError::BadNumber => self.syntax("invalid decimal literal", start, start),
        }
    }

    fn null_byte(&self, at: usize) -> Box<SyntaxError> {
        let mut e = self.syntax("source code cannot contain null bytes", at, at);
        e.offset = 0;
        e.end_offset = 0;
        // CPython's copy of the line ends at the NUL.
        e.text = e
            .text
            .map(|t| t.split('\0').next().unwrap_or("").to_string());
        e
    }

    fn invalid_character(&self, start: usize) -> Box<SyntaxError> {
        let c = self
            .source
            .get(start..)
            .and_then(|s| s.chars().next())
            .unwrap_or('\0');
        if c == '\0' {
            return self.null_byte(start);
        }
        if c.is_ascii_graphic() {
            // CPython's tokenizer passes the character on; its parser fails.
            let mut e = self.syntax("invalid syntax", start, start + 1);
            e.stage = crate::syntax_error::Stage::Parser;
            return e;
        }
        if !is_printable(c) {
            return self.syntax(
                format!("invalid non-printable character U+{:04X}", c as u32),
                start,
                start,
            );
        }
        self.syntax(
            format!("invalid character '{}' (U+{:04X})", c, c as u32),
            start,
            start,
        )
    }
}

/// An approximation of Python's `str.isprintable` for one character: the
/// control, separator and format characters that can sneak into source.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xD800..=0xDFFF)
}

impl Iterator for Layout<'_> {
    type Item = LexResult;

    fn next(&mut self) -> Option<LexResult> {
        while self.queue.is_empty() {
            if !self.pump() {
                return self.error.take().map(Err);
            }
        }
        let (start, mut tok, end) = self.queue.pop_front()?;
        if tok == Tok::LPar && self.last_out_was_with && self.parenthesised_with_items() {
            tok = Tok::WithLPar;
        }
        self.last_out_was_with = tok == Tok::With;
        if self.at_line_start
            && !self.in_field
            && matches!(&tok, Tok::Name(n) if n == "match")
            && self.match_header_ahead()
        {
            tok = Tok::Match;
            self.expect_case_block = true;
        }
        self.at_line_start = matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent);
        Some(Ok((start, tok, end)))
    }
}

impl Layout<'_> {
    /// Called with a `match` that begins a logical line just taken off the
    /// queue: true when the line is a match statement's header, that is
    /// `match` followed by something that can start an expression and the
    /// line ending in `:` (no other statement can end that way).
    fn match_header_ahead(&mut self) -> bool {
        let mut i = 0;
        loop {
            while i >= self.queue.len() {
                if !self.pump() {
                    return false;
                }
            }
            let Some((_, tok, _)) = self.queue.get(i) else {
                return false;
            };
            if i == 0 && !starts_subject(tok) {
                return false;
            }
            if *tok == Tok::Newline {
                return i > 1 && matches!(self.queue.get(i - 1), Some((_, Tok::Colon, _)));
            }
            i += 1;
        }
    }

    /// Called with a `(` right after `with` just taken off the queue: true
    /// when its matching `)` is followed by `:`, which makes it CPython's
    /// parenthesised with-items form rather than a parenthesised expression.
    fn parenthesised_with_items(&mut self) -> bool {
        let mut depth = 0usize;
        let mut i = 0;
        loop {
            while i >= self.queue.len() {
                if !self.pump() {
                    return false;
                }
            }
            let Some((_, tok, _)) = self.queue.get(i) else {
                return false;
            };
            if tok.is_opening_bracket() {
                depth += 1;
            } else if tok.is_closing_bracket() {
                if depth == 0 {
                    while i + 1 >= self.queue.len() {
                        if !self.pump() {
                            return self.done && self.error.is_none();
                        }
                    }
                    // A missing colon still makes this the items form, so
                    // that the error is CPython's "expected ':'".
                    return matches!(
                        self.queue.get(i + 1),
                        Some((_, Tok::Colon | Tok::Newline, _))
                    );
                }
                depth -= 1;
            }
            i += 1;
        }
    }
}

/// Whether `tok`, right after `match`, can begin a match subject.
fn starts_subject(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::String(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::Ellipsis
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
    )
}

/// Lays out a whole module.
#[cfg(test)]
pub fn tokenize<'s>(source: &'s str, filename: &'s str) -> Layout<'s> {
    Layout::new(source, filename, 0, source.len(), false)
}
