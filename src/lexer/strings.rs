//! String literals: finding where one ends (for the scanner) and decoding
//! escape sequences (for the parser).

use super::token::{LexError, StrToken, Tok};

/// logos callback for a string start (`prefix` + quote): consumes the rest
/// of the literal.
pub fn scan_string(lex: &mut logos::Lexer<Tok>) -> Result<StrToken, LexError> {
    let head = lex.slice().as_bytes();
    let quote = head.last().copied().unwrap_or(b'"');
    let prefix_len = head.len().saturating_sub(1) as u8;
    let rest = lex.remainder().as_bytes();
    let base = lex.span().end;
    if rest.starts_with(&[quote, quote]) {
        let mut i = 2;
        while let Some(&c) = rest.get(i) {
            match c {
                b'\\' => i += 2,
                b if b == quote
                    && rest.get(i + 1) == Some(&quote)
                    && rest.get(i + 2) == Some(&quote) =>
                {
                    lex.bump(i + 3);
                    return Ok(StrToken {
                        prefix_len,
                        quote_len: 3,
                    });
                }
                _ => i += 1,
            }
        }
        lex.bump(rest.len());
        return Err(LexError::UnterminatedString {
            triple: true,
            end: base + rest.len(),
        });
    }
    let mut i = 0;
    while let Some(&c) = rest.get(i) {
        match c {
            b'\\' => {
                // An escaped CRLF is one line break.
                if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                    i += 3;
                } else {
                    i += 2;
                }
            }
            b'\n' | b'\r' => {
                return Err(LexError::UnterminatedString {
                    triple: false,
                    end: base + i,
                });
            }
            b if b == quote => {
                lex.bump(i + 1);
                return Ok(StrToken {
                    prefix_len,
                    quote_len: 1,
                });
            }
            _ => i += 1,
        }
    }
    Err(LexError::UnterminatedString {
        triple: false,
        end: base + rest.len(),
    })
}

/// The prefix letters of a literal, decoded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

impl Prefix {
    pub fn parse(letters: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in letters.chars() {
            match c {
                'r' | 'R' => p.raw = true,
                'b' | 'B' => p.bytes = true,
                'f' | 'F' => p.format = true,
                _ => {}
            }
        }
        p
    }
}

/// Line breaks inside a literal read as `\n` whatever the file used, as
/// when CPython reads source with universal newlines.
fn universal_newlines(body: &str) -> std::borrow::Cow<'_, str> {
    if !body.contains('\r') {
        return std::borrow::Cow::Borrowed(body);
    }
    std::borrow::Cow::Owned(body.replace("\r\n", "\n").replace('\r', "\n"))
}

/// A decoding failure: message and byte offset within the decoded text.
#[derive(Debug, Clone, PartialEq)]
pub struct EscapeError {
    pub msg: String,
    pub pos: usize,
}

/// Decodes the body of a `str` literal (without quotes). Unknown escapes
/// stay as written, as in CPython.
pub fn decode_str(body: &str, raw: bool) -> Result<String, EscapeError> {
    let body = &*universal_newlines(body);
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if let Some((_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|(_, d)| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let v = hex_digits(&mut chars, n).map_err(|got| EscapeError {
                    msg: format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated \\{}{} escape",
                        i,
                        i + 1 + got,
                        e,
                        "X".repeat(n)
                    ),
                    pos: i,
                })?;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(EscapeError {
                            msg: format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                                i,
                                i + n + 1
                            ),
                            pos: i,
                        })
                    }
                }
            }
            'N' => {
                return Err(EscapeError {
                    msg: format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: \\N{{...}} escapes are not supported by weft",
                        i,
                        i + 1
                    ),
                    pos: i,
                })
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Reads exactly `n` hex digits; on failure, says how many were there.
fn hex_digits(
    chars: &mut std::iter::Peekable<std::str::CharIndices>,
    n: usize,
) -> Result<u32, usize> {
    let mut v: u32 = 0;
    for got in 0..n {
        let d = chars.peek().and_then(|(_, c)| c.to_digit(16)).ok_or(got)?;
        chars.next();
        v = v.saturating_mul(16).saturating_add(d);
    }
    Ok(v)
}

/// Decodes the body of a bytes literal. Non-ASCII characters are an error
/// (reported by the caller with CPython's message).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    let body = &*universal_newlines(body);
    if !body.is_ascii() {
        return Err(EscapeError {
            msg: "bytes can only contain ASCII literal characters".to_string(),
            pos: 0,
        });
    }
    let b = body.as_bytes();
    if raw || !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = b.get(i..i + 2).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) if hex.is_some_and(|h| h.bytes().all(|d| d.is_ascii_hexdigit())) => {
                        out.push(v);
                        i += 2;
                    }
                    _ => {
                        return Err(EscapeError {
                            msg: format!("(value error) invalid \\x escape at position {}", i - 2),
                            pos: i - 2,
                        })
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
