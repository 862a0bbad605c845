//! String literals as the grammar sees them: adjacent pieces joined into one
//! constant, escapes decoded, f-string fields parsed into expressions.

use crate::ast::*;
use crate::lexer::strings::{decode_bytes, decode_str, Prefix};
use crate::lexer::token::StrToken;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

type Res<T> = Result<T, Box<SyntaxError>>;

/// Joins adjacent literal pieces (`(start, token, end)`) into one expression:
/// a `str` or `bytes` constant, or a `JoinedStr` when any piece is an f-string.
/// Errors about the literal itself are reported at `next`, the start of the
/// token after it, where CPython's parser stood when it found them.
pub fn build(
    src: &str,
    file: &str,
    pieces: &[(usize, StrToken, usize)],
    next: usize,
    fdepth: usize,
) -> Res<Expr> {
    let first = pieces.first().map_or(0, |p| p.0);
    let last = pieces.last().map_or(0, |p| p.2);
    let span = Span::new(first, last);
    let err = |msg: &str, s: usize, e: usize| {
        Box::new(SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            msg,
            file,
            src,
            s,
            e,
        ))
    };
    let mut kind_bytes: Option<bool> = None;
    let mut has_f = false;
    let mut text = String::new();
    let mut bytes = Vec::new();
    let mut parts: Vec<Expr> = Vec::new();
    for (s, tok, e) in pieces {
        let (s, e) = (*s, *e);
        let letters = src.get(s..s + tok.prefix_len as usize).unwrap_or("");
        let prefix = Prefix::parse(letters);
        if kind_bytes.is_some_and(|b| b != prefix.bytes) {
            return Err(err("cannot mix bytes and nonbytes literals", next, next));
        }
        kind_bytes = Some(prefix.bytes);
        let q = tok.quote_len as usize;
        let body_start = s + tok.prefix_len as usize + q;
        let body_end = e.saturating_sub(q).max(body_start);
        let body = src.get(body_start..body_end).unwrap_or("");
        if prefix.bytes {
            match decode_bytes(body, prefix.raw) {
                Ok(b) => bytes.extend(b),
                Err(x) if x.msg.starts_with("bytes can only") => {
                    // CPython's range here is the literal's length in bytes.
                    let mut error = err(&x.msg, s, e);
                    error.end_offset = error.offset + (e - s);
                    return Err(error);
                }
                Err(x) => return Err(err(&x.msg, next, next)),
            }
        } else if prefix.format {
            has_f = true;
            let f = FString {
                src,
                file,
                fdepth,
                raw: prefix.raw,
                next,
                span,
            };
            f.parse(body_start, body_end, 0, &mut parts, &mut text)?;
        } else {
            match decode_str(body, prefix.raw) {
                Ok(t) => text.push_str(&t),
                Err(x) => return Err(err(&x.msg, next, next)),
            }
        }
    }
    if kind_bytes == Some(true) {
        return Ok(Expr::Constant(ExprConstant {
            span,
            value: Constant::Bytes(bytes),
        }));
    }
    if !has_f {
        return Ok(Expr::Constant(ExprConstant {
            span,
            value: Constant::Str(text),
        }));
    }
    flush(&mut text, &mut parts, span);
    Ok(Expr::JoinedStr(ExprJoinedStr {
        span,
        values: parts,
    }))
}

fn flush(text: &mut String, parts: &mut Vec<Expr>, span: Span) {
    if !text.is_empty() {
        parts.push(Expr::Constant(ExprConstant {
            span,
            value: Constant::Str(std::mem::take(text)),
        }));
    }
}

struct FString<'s> {
    src: &'s str,
    file: &'s str,
    fdepth: usize,
    raw: bool,
    /// Where CPython 3.11 reports f-string errors: the token after the literal.
    next: usize,
    span: Span,
}

impl FString<'_> {
    fn fail<T>(&self, msg: &str) -> Res<T> {
        Err(Box::new(SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.file,
            self.src,
            self.next,
            self.next,
        )))
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.src.as_bytes().get(i).copied()
    }

    fn text(&self, from: usize, to: usize, out: &mut String) -> Res<()> {
        let raw_text = self.src.get(from..to).unwrap_or("");
        match decode_str(raw_text, self.raw) {
            Ok(t) => {
                out.push_str(&t);
                Ok(())
            }
            Err(x) => Err(Box::new(SyntaxError::at(
                SyntaxErrorKind::SyntaxError,
                x.msg,
                self.file,
                self.src,
                self.next,
                self.next,
            ))),
        }
    }

    /// Parses literal text and fields in `[start, end)`. With `spec_level > 0`
    /// this is a format spec, which ends at the first unmatched `}`; the
    /// position of that `}` is returned.
    fn parse(
        &self,
        start: usize,
        end: usize,
        spec_level: usize,
        parts: &mut Vec<Expr>,
        text: &mut String,
    ) -> Res<usize> {
        let mut i = start;
        let mut seg = start;
        while i < end {
            match self.byte(i) {
                Some(b'\\') if !self.raw => {
                    // `\N{...}` holds braces that are not fields.
                    if self.byte(i + 1) == Some(b'N') && self.byte(i + 2) == Some(b'{') {
                        let close = self
                            .src
                            .get(i..end)
                            .and_then(|s| s.find('}'))
                            .map_or(end, |k| i + k + 1);
                        i = close;
                    } else {
                        i += 2;
                    }
                }
                Some(b'{') => {
                    if spec_level == 0 && self.byte(i + 1) == Some(b'{') {
                        self.text(seg, i + 1, text)?;
                        i += 2;
                        seg = i;
                        continue;
                    }
                    self.text(seg, i, text)?;
                    i = self.field(i + 1, end, spec_level, parts, text)?;
                    seg = i;
                }
                Some(b'}') => {
                    if spec_level > 0 {
                        self.text(seg, i, text)?;
                        return Ok(i);
                    }
                    if self.byte(i + 1) == Some(b'}') {
                        self.text(seg, i + 1, text)?;
                        i += 2;
                        seg = i;
                        continue;
                    }
                    return self.fail("f-string: single '}' is not allowed");
                }
                _ => i += 1,
            }
        }
        if spec_level > 0 {
            return self.fail("f-string: expecting '}'");
        }
        self.text(seg, end.max(seg), text)?;
        Ok(end)
    }

    /// Parses one `{...}` field whose expression starts at `start`; returns
    /// the position after its closing brace.
    fn field(
        &self,
        start: usize,
        end: usize,
        spec_level: usize,
        parts: &mut Vec<Expr>,
        text: &mut String,
    ) -> Res<usize> {
        if spec_level >= 2 {
            return self.fail("f-string: expressions nested too deeply");
        }
        let expr_end = self.scan_expression(start, end)?;
        let expr_text = self.src.get(start..expr_end).unwrap_or("");
        if expr_text
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            return self.fail("f-string: empty expression not allowed");
        }
        let mut i = expr_end;
        let mut self_doc = None;
        if self.byte(i) == Some(b'=') {
            i += 1;
            while matches!(self.byte(i), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) && i < end {
                i += 1;
            }
            self_doc = Some(self.src.get(start..i).unwrap_or("").to_string());
        }
        let mut conversion = Conversion::None;
        if self.byte(i) == Some(b'!') {
            conversion = match self.byte(i + 1) {
                Some(b's') => Conversion::Str,
                Some(b'r') => Conversion::Repr,
                Some(b'a') => Conversion::Ascii,
                _ => {
                    return self
                        .fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                }
            };
            i += 2;
            if !matches!(self.byte(i), Some(b':' | b'}')) || i >= end {
                return self.fail("f-string: expecting '}'");
            }
        }
        let mut format_spec = None;
        if self.byte(i) == Some(b':') && i < end {
            let mut spec_parts = Vec::new();
            let mut spec_text = String::new();
            let close = self.parse(i + 1, end, spec_level + 1, &mut spec_parts, &mut spec_text)?;
            flush(&mut spec_text, &mut spec_parts, self.span);
            format_spec = Some(Box::new(Expr::JoinedStr(ExprJoinedStr {
                span: self.span,
                values: spec_parts,
            })));
            i = close;
        }
        if self.byte(i) != Some(b'}') || i >= end {
            return self.fail("f-string: expecting '}'");
        }
        let value = crate::parser::parse_field(self.src, self.file, start, expr_end, self.fdepth)?;
        if let Some(doc) = self_doc {
            text.push_str(&doc);
            if conversion == Conversion::None && format_spec.is_none() {
                conversion = Conversion::Repr;
            }
        }
        flush(text, parts, self.span);
        parts.push(Expr::FormattedValue(ExprFormattedValue {
            span: Span::new(start.saturating_sub(1), i + 1),
            value: Box::new(value),
            conversion,
            format_spec,
        }));
        Ok(i + 1)
    }

    /// Finds where a field's expression ends: at `}`, `!`, `:` or a lone
    /// `=` outside brackets and strings.
    fn scan_expression(&self, start: usize, end: usize) -> Res<usize> {
        let mut depth = 0usize;
        let mut i = start;
        while i < end {
            let Some(c) = self.byte(i) else { break };
            match c {
                b'\\' => return self.fail("f-string expression part cannot include a backslash"),
                b'#' => return self.fail("f-string expression part cannot include '#'"),
                b'\'' | b'"' => {
                    let triple = self.byte(i + 1) == Some(c) && self.byte(i + 2) == Some(c);
                    let q = if triple { 3 } else { 1 };
                    let mut k = i + q;
                    loop {
                        if k >= end {
                            return self.fail("f-string: unterminated string");
                        }
                        if self.byte(k) == Some(c)
                            && (!triple
                                || (self.byte(k + 1) == Some(c) && self.byte(k + 2) == Some(c)))
                        {
                            break;
                        }
                        k += 1;
                    }
                    i = k + q;
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        if c == b'}' {
                            return Ok(i);
                        }
                        return self.fail(&format!("f-string: unmatched '{}'", c as char));
                    }
                    depth -= 1;
                }
                b'!' | b'=' | b'<' | b'>' if self.byte(i + 1) == Some(b'=') => {
                    i += 2;
                    continue;
                }
                b'!' | b':' | b'=' if depth == 0 => return Ok(i),
                _ => {}
            }
            i += 1;
        }
        self.fail("f-string: expecting '}'")
    }
}
