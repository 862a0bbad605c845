//! Float rounding, floor division, power, and the numeric hash.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// The prime 2^61 - 1 that CPython's numeric hash reduces by (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(float('inf'))`; `-inf` hashes to its negation (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314159;

/// Splits a finite non-zero |x| into `m * 2^e` with `m` an integer below 2^53.
pub(crate) fn decompose(x: f64) -> (u64, i32) {
    let bits = x.abs().to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    }
}

/// CPython's `round(x, ndigits)` for a float: the exact binary value rounded half-even
/// at the `ndigits`-th decimal place (negative means tens, hundreds, ...), then
/// converted back to the nearest float. Non-finite values and zeros come back as they
/// are; a result that rounds to zero keeps the sign of `x`.
///
/// Callers holding a Python int `ndigits` may clamp it to the `i64` range: anything
/// above 323 returns `x` and anything below -308 returns a signed zero, as in CPython.
///
/// Error: "rounded value too large to represent" (`OverflowError`), e.g.
/// `round(1.7976931348623157e308, -308)`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    // Past these bounds the answer is known without arithmetic: every double's spacing
    // exceeds 10^-323, and every double is below 10^309 / 2.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = decompose(x);
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let ten_pow = num_traits::pow(BigUint::from(10u32), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= ten_pow;
    } else {
        den *= ten_pow;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    // Parsing "<q>e<-ndigits>" gives the float nearest the rounded decimal, exactly.
    let sign = if x < 0.0 { "-" } else { "" };
    let text = format!("{}{}e{}", sign, q, -ndigits);
    let v: f64 = text
        .parse()
        .map_err(|_| "rounded value too large to represent".to_string())?;
    if v.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(v)
}

/// CPython's one-argument `round(x)` on a float: nearest integer, ties to even.
/// Errors: "cannot convert float infinity to integer" (`OverflowError`) and "cannot
/// convert float NaN to integer" (`ValueError`).
pub fn round_float_to_int(x: f64) -> Result<BigInt, String> {
    float_to_bigint(x.round_ties_even())
}

/// `int(x)` for a float: truncation toward zero, exact for any magnitude.
/// Errors: "cannot convert float infinity to integer" (`OverflowError`) and "cannot
/// convert float NaN to integer" (`ValueError`).
pub fn float_to_bigint(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".to_string());
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (m, e) = decompose(t);
    let mag = if e >= 0 {
        BigInt::from(m) << (e as u64)
    } else {
        // `t` is integral, so the shifted-out bits are all zero.
        BigInt::from(m >> ((-e) as u32).min(63))
    };
    Ok(if t < 0.0 { -mag } else { mag })
}

fn finish_hash(h: u64, negative: bool) -> i64 {
    // h < 2^61, so the conversion cannot fail.
    let v = i64::try_from(h).unwrap_or(0);
    let v = if negative { -v } else { v };
    // -1 is reserved for errors in CPython's C API, so it never is a hash.
    if v == -1 {
        -2
    } else {
        v
    }
}

/// `hash(x)` for a float, equal to the hash of any int or fraction of the same value
/// (the value reduced modulo 2^61 - 1, sign kept, -1 mapped to -2). `inf` gives 314159
/// and `-inf` -314159.
///
/// NaN gives 0: since 3.10 CPython hashes a NaN by object identity, which a pure
/// function cannot reproduce; 0 keeps `hash` consistent with `==` (NaN equals nothing).
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (m, e) = decompose(x);
    // 2^61 is 1 modulo the prime, so a power of two only matters modulo 61, and a
    // negative exponent becomes the inverse automatically.
    let k = e.rem_euclid(61) as u32;
    let h = ((u128::from(m) << k) % u128::from(HASH_MODULUS)) as u64;
    finish_hash(h, x < 0.0)
}

/// `hash(v)` for an int that fits in an `i64`.
pub fn int_hash_i64(v: i64) -> i64 {
    finish_hash(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `hash(v)` for any int.
pub fn int_hash_big(v: &BigInt) -> i64 {
    let h = (v.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    finish_hash(h, v.sign() == num_bigint::Sign::Minus)
}

/// Python's `divmod(a, b)` for floats, `b != 0` (the caller raises "float floor
/// division by zero" / "float modulo" / "float divmod()" ZeroDivisionError itself).
/// The remainder takes the sign of `b` (a zero remainder is `copysign(0, b)`), and the
/// quotient is `floor((a - r) / b)`, nudged so that it is the integer nearest that
/// exact-ish quotient; a zero quotient takes the sign of `a / b`. `a % b` is `.1` of
/// this, `a // b` is `.0`.
pub fn float_floordiv_mod(a: f64, b: f64) -> (f64, f64) {
    let mut rem = a % b;
    let mut div = (a - rem) / b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        // fmod's remainder is exact but (a - rem) / b is rounded, so `div` can land
        // just below an integer it should equal.
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, rem)
}

fn is_odd_integer(b: f64) -> bool {
    b.is_finite() && b.fract() == 0.0 && (b % 2.0).abs() == 1.0
}

/// `a ** b` for floats with CPython's special cases.
///
/// Errors:
/// - "0.0 cannot be raised to a negative power" (`ZeroDivisionError`), for a zero base
///   and a finite negative exponent;
/// - "negative number cannot be raised to a fractional power" (raise `ValueError`):
///   CPython returns a complex number here, which weft does not have;
/// - "(34, 'Numerical result out of range')" (`OverflowError`) when finite operands
///   overflow.
pub fn float_pow(a: f64, b: f64) -> Result<f64, String> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let aa = a.abs();
        return Ok(if aa == 1.0 {
            1.0
        } else if (b > 0.0) == (aa > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let odd = is_odd_integer(b);
    if a.is_infinite() {
        let mag = if b > 0.0 { f64::INFINITY } else { 0.0 };
        return Ok(if a < 0.0 && odd { -mag } else { mag });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err("0.0 cannot be raised to a negative power".to_string());
        }
        return Ok(if odd { a } else { 0.0 });
    }
    let negate = if a < 0.0 {
        if b.fract() != 0.0 {
            return Err("negative number cannot be raised to a fractional power".to_string());
        }
        odd
    } else {
        false
    };
    let aa = a.abs();
    if aa == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = aa.powf(b);
    if r.is_infinite() {
        return Err("(34, 'Numerical result out of range')".to_string());
    }
    Ok(if negate { -r } else { r })
}
