//! `struct` format strings: byte order, sizes and native alignment as
//! CPython computes them on x86-64 Linux, and the IEEE half-precision
//! conversions of the `e` code.

/// Byte order and sizing of a format (its first character).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@` (the default): native sizes, alignment, little-endian.
    Native,
    /// `<` and `=`: standard sizes, little-endian, no alignment.
    Little,
    /// `>` and `!`: standard sizes, big-endian, no alignment.
    Big,
}

/// One run of a format: `count` items of `ch` (for `s` and `p`, one
/// string of `count` bytes) starting at byte `offset`. Pad bytes are not
/// kept: only their room in the offsets.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub ch: u8,
    pub count: usize,
    pub offset: usize,
    /// Bytes per item (per string byte for `s`/`p`).
    pub size: usize,
}

impl Code {
    /// Values this run takes or gives.
    pub fn values(&self) -> usize {
        if matches!(self.ch, b's' | b'p') {
            1
        } else {
            self.count
        }
    }
}

pub struct Format {
    pub mode: Mode,
    pub codes: Vec<Code>,
    /// Bytes a packed value takes.
    pub size: usize,
    /// Values packed or unpacked.
    pub nvalues: usize,
}

const TOO_LONG: &str = "total struct size too long";
const BAD_CHAR: &str = "bad char in struct format";

/// Item size (and native alignment) of a code, or None when `mode` has
/// no such code.
fn item_size(ch: u8, mode: Mode) -> Option<usize> {
    let native = mode == Mode::Native;
    Some(match ch {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parse a format; the error is struct.error's message.
pub fn parse(fmt: &[u8]) -> Result<Format, &'static str> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Mode::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let limit = isize::MAX as usize;
    let mut codes = Vec::new();
    let mut offset: usize = 0;
    let mut nvalues: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut ch = body[i];
        i += 1;
        if is_space(ch) {
            continue;
        }
        let mut count = 1usize;
        if ch.is_ascii_digit() {
            let mut n = (ch - b'0') as usize;
            loop {
                let Some(&c) = body.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !c.is_ascii_digit() {
                    ch = c;
                    break;
                }
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((c - b'0') as usize))
                    .filter(|&n| n <= limit)
                    .ok_or(TOO_LONG)?;
            }
            count = n;
        }
        let size = item_size(ch, mode).ok_or(BAD_CHAR)?;
        if mode == Mode::Native && ch != b'x' {
            offset = offset
                .checked_next_multiple_of(size)
                .filter(|&o| o <= limit)
                .ok_or(TOO_LONG)?;
        }
        let bytes = count
            .checked_mul(size)
            .and_then(|b| offset.checked_add(b))
            .filter(|&e| e <= limit)
            .ok_or(TOO_LONG)?;
        if ch != b'x' {
            let code = Code {
                ch,
                count,
                offset,
                size,
            };
            nvalues += code.values();
            codes.push(code);
        }
        offset = bytes;
    }
    Ok(Format {
        mode,
        codes,
        size: offset,
        nvalues,
    })
}

/// `x` as IEEE half precision, rounding to nearest-even; None when it is
/// finite but too large.
pub fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Smallest normal half: 2**-14; below it the step is 2**-24.
    if a < f64::powi(2.0, -14) {
        // At most 1024 steps: 1024 itself is the smallest normal's bits.
        let n = (a * f64::powi(2.0, 24)).round_ties_even() as u16;
        return Some(sign | n);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut n = (a / f64::powi(2.0, e - 10)).round_ties_even() as u32;
    let mut exp = e + 15;
    if n == 2048 {
        n = 1024;
        exp += 1;
    }
    if exp >= 31 {
        return None;
    }
    Some(sign | ((exp as u16) << 10) | (n - 1024) as u16)
}

/// The value of IEEE half-precision bits.
pub fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    let v = match exp {
        0 => frac * f64::powi(2.0, -24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + frac) * f64::powi(2.0, exp - 25),
    };
    sign * v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_native_alignment() {
        let s = |f: &str| parse(f.as_bytes()).map(|f| f.size);
        assert_eq!(s("@ci"), Ok(8));
        assert_eq!(s("@ic"), Ok(5));
        assert_eq!(s("c0i"), Ok(4));
        assert_eq!(s("<ci"), Ok(5));
        assert_eq!(s("!hd"), Ok(10));
        assert_eq!(s("2 i"), Err(BAD_CHAR));
        assert_eq!(s("<n"), Err(BAD_CHAR));
        assert_eq!(s("99999999999999999999i"), Err(TOO_LONG));
    }

    #[test]
    fn half_precision_rounds_to_even() {
        assert_eq!(to_half(65504.0), Some(0x7bff));
        assert_eq!(to_half(65520.0), None);
        assert_eq!(to_half(5.96e-8), Some(1));
        assert_eq!(to_half(2.980_232_238_769_531_2e-8), Some(0));
        assert_eq!(from_half(0x3c00), 1.0);
        assert_eq!(from_half(1), f64::powi(2.0, -24));
    }
}
