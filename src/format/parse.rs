//! What `float(str)` and `int(str, base)` accept.

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

/// Code points of the digit zero of every Unicode (14.0, as in CPython 3.11) decimal
/// digit run; each run holds the ten digits 0..9 consecutively. `float()` and `int()`
/// accept any of these digits as if they were ASCII.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

pub fn unicode_decimal(c: char) -> Option<u32> {
    let n = c as u32;
    // The table is sorted, so the candidate run is the last zero not above `n`.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let d = n - zero;
    (d < 10).then_some(d)
}

/// Python's `str.isspace()` for one character (the set `strip()` and number parsing
/// use), which unlike `char::is_whitespace` includes U+001C..U+001F.
pub fn is_python_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{b}'
            | '\u{c}'
            | '\r'
            | '\u{1c}'..='\u{1f}'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Strips Python whitespace and maps every Unicode decimal digit to ASCII; any other
/// non-ASCII character makes the text unparseable, so `None`.
fn normalize(s: &str) -> Option<Vec<u8>> {
    // Number parsing strips Python whitespace except the four information separators
    // U+001C..U+001F, which `str.isspace()` accepts but `int()`/`float()` reject.
    let t = s.trim_matches(|c| is_python_space(c) && !('\u{1c}'..='\u{1f}').contains(&c));
    let mut out = Vec::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else {
            let d = unicode_decimal(c)?;
            out.push(b'0' + d as u8);
        }
    }
    Some(out)
}

/// How a run of digits went.
#[derive(PartialEq, Eq)]
enum Run {
    /// Not even one digit at the position (nothing consumed).
    Empty,
    /// One or more digits, with any underscores properly between them.
    Digits,
    /// An underscore not followed by a digit: the whole text is invalid.
    Bad,
}

/// Consumes `digit ('_'? digit)*` in the given radix from `b[*pos..]`, appending the
/// digits (without underscores) to `out`.
fn digit_run(b: &[u8], pos: &mut usize, radix: u32, out: &mut Vec<u8>) -> Run {
    let is_digit = |c: u8| (c as char).is_digit(radix);
    match b.get(*pos) {
        Some(&c) if is_digit(c) => {
            out.push(c);
            *pos += 1;
        }
        _ => return Run::Empty,
    }
    loop {
        match b.get(*pos) {
            Some(&c) if is_digit(c) => {
                out.push(c);
                *pos += 1;
            }
            Some(b'_') => match b.get(*pos + 1) {
                Some(&c) if is_digit(c) => {
                    out.push(c);
                    *pos += 2;
                }
                _ => return Run::Bad,
            },
            _ => return Run::Digits,
        }
    }
}

/// Parses what Python's `float(str)` accepts: surrounding whitespace, an optional sign,
/// decimal digits with single underscores between digits, an optional fraction (`5.`
/// and `.5` both work), an optional exponent, or `inf`/`infinity`/`nan` in any case.
/// The value is correctly rounded (overflow gives ±inf, underflow ±0.0 as in CPython).
/// `None` means CPython raises `ValueError: could not convert string to float: '...'`.
pub fn parse_float(s: &str) -> Option<f64> {
    let b = normalize(s)?;
    let mut pos = 0usize;
    let negative = match b.first() {
        Some(b'-') => {
            pos = 1;
            true
        }
        Some(b'+') => {
            pos = 1;
            false
        }
        _ => false,
    };
    let rest = b.get(pos..)?;
    let word = std::str::from_utf8(rest).ok()?.to_ascii_lowercase();
    let special = match word.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }

    let mut clean: Vec<u8> = Vec::with_capacity(b.len() + 1);
    let int_ok = match digit_run(&b, &mut pos, 10, &mut clean) {
        Run::Bad => return None,
        r => r == Run::Digits,
    };
    let mut frac_ok = false;
    if b.get(pos) == Some(&b'.') {
        pos += 1;
        clean.push(b'.');
        frac_ok = match digit_run(&b, &mut pos, 10, &mut clean) {
            Run::Bad => return None,
            r => r == Run::Digits,
        };
    }
    if !int_ok && !frac_ok {
        return None;
    }
    if matches!(b.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        clean.push(b'e');
        if let Some(&c @ (b'+' | b'-')) = b.get(pos) {
            clean.push(c);
            pos += 1;
        }
        if digit_run(&b, &mut pos, 10, &mut clean) != Run::Digits {
            return None;
        }
    }
    if pos != b.len() {
        return None;
    }
    let text = std::str::from_utf8(&clean).ok()?;
    let v: f64 = text.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// Parses what Python's `int(str, base)` accepts. `base` is 0 (detect from a
/// `0x`/`0o`/`0b` prefix, else decimal, where a non-zero number may not start with
/// `0`) or 2..=36; a prefix matching `base` is also allowed, and an underscore may follow
/// it. Digits may be separated by single underscores; whitespace may surround the text.
///
/// `None` means CPython raises `ValueError: invalid literal for int() with base 10:
/// '...'`; an invalid `base` also gives `None`, but CPython raises "int() base must be >=
/// 2 and <= 36, or 0" for that, so check the base first. CPython 3.11 also limits
/// decimal strings to 4300 digits by default (`sys.set_int_max_str_digits`); that policy
/// is left to the caller.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let b = normalize(s)?;
    let mut pos = 0usize;
    let negative = match b.first() {
        Some(b'-') => {
            pos = 1;
            true
        }
        Some(b'+') => {
            pos = 1;
            false
        }
        _ => false,
    };
    let prefix_base = match (b.get(pos), b.get(pos + 1)) {
        (Some(b'0'), Some(b'x' | b'X')) => Some(16),
        (Some(b'0'), Some(b'o' | b'O')) => Some(8),
        (Some(b'0'), Some(b'b' | b'B')) => Some(2),
        _ => None,
    };
    let mut radix = base;
    let mut had_prefix = false;
    if let Some(pb) = prefix_base {
        if base == 0 || base == pb {
            radix = pb;
            had_prefix = true;
            pos += 2;
            // One underscore may separate the prefix from the digits.
            if b.get(pos) == Some(&b'_') {
                pos += 1;
            }
        }
    }
    if radix == 0 {
        radix = 10;
    }
    let mut digits = Vec::with_capacity(b.len());
    if digit_run(&b, &mut pos, radix, &mut digits) != Run::Digits || pos != b.len() {
        return None;
    }
    // Base 0 forbids C-style octal such as "010", though "00" and "0_0" are zero.
    if base == 0
        && !had_prefix
        && digits.first() == Some(&b'0')
        && digits.iter().any(|&d| d != b'0')
    {
        return None;
    }
    let mag = BigUint::parse_bytes(&digits, radix)?;
    let v = BigInt::from(mag);
    Some(if negative && !v.is_zero() { -v } else { v })
}
