//! `float.__repr__` text for the encoder, without allocating: Rust's
//! shortest round-trip digits laid out as Python lays them out. Rust and
//! Python pick different digits only when x lies exactly halfway between
//! two shortest candidates; that needs x's exact decimal expansion to be
//! one digit longer than the shortest digits, which is checked exactly
//! here, and those rare values take the general `format::float_repr`.

use std::io::Write;

/// Significant digits of the exact decimal value of finite, nonzero `x`,
/// when it has at most 38 of them (None: more, or not worked out).
fn exact_digits(x: f64) -> Option<u32> {
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mant == 0 {
        return None;
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += tz as i64;
    // x = mant * 2^exp with mant odd.
    let value: u128 = if exp >= 0 {
        if exp > 64 {
            return None;
        }
        let v = (mant as u128) << exp;
        // Trailing decimal zeros are not significant.
        let mut v = v;
        while v.is_multiple_of(10) {
            v /= 10;
        }
        v
    } else {
        // mant / 2^k = mant * 5^k / 10^k: the digits of mant * 5^k.
        let k = (-exp) as u32;
        if k > 26 {
            // mant * 5^k has at least 19 digits: more than any tie needs.
            return Some(99);
        }
        (mant as u128).checked_mul(5u128.checked_pow(k)?)?
    };
    let mut n = 1;
    let mut v = value;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    Some(n)
}

/// Append `repr(x)` for finite `x`.
pub fn push_repr(out: &mut Vec<u8>, x: f64) {
    let mut buf = [0u8; 40];
    let len = {
        let mut w: &mut [u8] = &mut buf;
        if write!(w, "{:e}", x).is_err() {
            out.extend_from_slice(crate::format::float_repr(x).as_bytes());
            return;
        }
        40 - w.len()
    };
    let text = &buf[..len];
    let (mantissa, exp_text) = match text.iter().position(|&c| c == b'e') {
        Some(p) => (&text[..p], &text[p + 1..]),
        None => (text, &b"0"[..]),
    };
    let neg = mantissa.first() == Some(&b'-');
    let mut digits = [0u8; 24];
    let mut nd = 0;
    for &c in mantissa {
        if c.is_ascii_digit() && nd < digits.len() {
            digits[nd] = c;
            nd += 1;
        }
    }
    let exp: i64 = std::str::from_utf8(exp_text)
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    if nd >= 15 && x != 0.0 && exact_digits(x).is_none_or(|n| n as usize == nd + 1) {
        out.extend_from_slice(crate::format::float_repr(x).as_bytes());
        return;
    }
    let digits = &digits[..nd];
    if neg {
        out.push(b'-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.extend_from_slice(b"0.");
            for _ in 0..(-exp - 1) {
                out.push(b'0');
            }
            out.extend_from_slice(digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.extend_from_slice(digits);
                for _ in digits.len()..int_len {
                    out.push(b'0');
                }
                out.extend_from_slice(b".0");
            } else {
                out.extend_from_slice(&digits[..int_len]);
                out.push(b'.');
                out.extend_from_slice(&digits[int_len..]);
            }
        }
        return;
    }
    out.push(digits[0]);
    if digits.len() > 1 {
        out.push(b'.');
        out.extend_from_slice(&digits[1..]);
    }
    out.push(b'e');
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    let _ = write!(out, "{}", e);
}

#[cfg(test)]
mod tests {
    use super::push_repr;

    fn check(x: f64) {
        let mut out = Vec::new();
        push_repr(&mut out, x);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            crate::format::float_repr(x),
            "bits {:#x}",
            x.to_bits()
        );
    }

    #[test]
    fn matches_float_repr() {
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..300_000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let x = f64::from_bits(s);
            if x.is_finite() {
                check(x);
            }
            let small = (s % 2_000_000) as f64 / [1.0, 8.0, 10.0, 100.0, 1024.0][(s % 5) as usize];
            check(small);
            check(-small * 1.1);
        }
        for x in [
            0.0,
            -0.0,
            1.0,
            0.1,
            1e16,
            1e15,
            123456789012345678.0,
            9007199254740993.0,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            1e-5,
            1e-4,
            0.5,
            2.5,
            1e22,
            1e23,
            4.35,
            0.3,
            2.0f64.powi(60),
            2.0f64.powi(70) + 2.0f64.powi(20),
        ] {
            check(x);
            check(-x);
        }
    }
}
