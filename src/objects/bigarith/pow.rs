//! Powers, modular powers and modular inverses from the metered product
//! and division.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use super::montgomery::{self, Montgomery};
use super::{divrem, limbs, mul, mul_signed, units, Meter};

/// Powers whose result has at most this many limbs are left to num-bigint.
const DIRECT_RESULT_LIMBS: usize = 256;

/// Modular powers left to num-bigint whole: exponent bits times the limb
/// steps of one modular product, about a millisecond.
const DIRECT_MODPOW_OPS: usize = 1 << 21;

/// Modular products between two meter charges for single-limb moduli.
const SMALL_MOD_STEPS: u64 = 256;

/// `base ** exp`. The caller has checked that the result fits in memory.
pub fn pow<M: Meter>(m: &mut M, base: &BigUint, exp: u64) -> Result<BigUint, M::Error> {
    if exp == 0 {
        return Ok(BigUint::one());
    }
    let result_bits = base.bits().saturating_mul(exp);
    if result_bits <= 64 * DIRECT_RESULT_LIMBS as u64 {
        let l = result_bits.div_ceil(64) as usize;
        m.charge(units(l * l))?;
        return Ok(num_traits::Pow::pow(base, exp));
    }
    if base.count_ones() == 1 {
        let zeros = base.trailing_zeros().unwrap_or(0);
        m.charge(units(result_bits as usize / 64))?;
        return Ok(BigUint::one() << zeros.saturating_mul(exp));
    }
    let mut r = base.clone();
    for i in (0..63 - exp.leading_zeros()).rev() {
        r = mul(m, &r, &r)?;
        if (exp >> i) & 1 == 1 {
            r = mul(m, &r, base)?;
        }
    }
    Ok(r)
}

/// `base ** exp % modulus` for a positive modulus.
pub fn modpow<M: Meter>(
    m: &mut M,
    base: &BigUint,
    exp: &BigUint,
    modulus: &BigUint,
) -> Result<BigUint, M::Error> {
    if modulus.is_one() {
        return Ok(BigUint::zero());
    }
    if exp.is_zero() {
        return Ok(BigUint::one());
    }
    let base = divrem(m, base, modulus)?.1;
    if let Some(md) = modulus.to_u64() {
        return modpow_u64(m, base.to_u64().unwrap_or(0), exp, md).map(BigUint::from);
    }
    let nm = limbs(modulus);
    let step_ops = 3 * nm * nm;
    if (exp.bits() as usize).saturating_mul(step_ops) <= DIRECT_MODPOW_OPS {
        m.charge(units(exp.bits() as usize * step_ops))?;
        return Ok(base.modpow(exp, modulus));
    }
    if modulus.bit(0) && nm <= montgomery::MAX_LIMBS {
        let mont = Montgomery::new(modulus);
        let b = mont.form_of(m, &base)?;
        let one = mont.form_of(m, &BigUint::one())?;
        let r = windowed(m, b, one, exp, |m, x, y| mont.mul(m, x, y))?;
        return mont.value_of(m, &r);
    }
    windowed(m, base, BigUint::one(), exp, |m, x, y| {
        mulmod(m, x, y, modulus)
    })
}

/// Left-to-right square-and-multiply on machine words.
fn modpow_u64<M: Meter>(m: &mut M, base: u64, exp: &BigUint, md: u64) -> Result<u64, M::Error> {
    let md = md as u128;
    let base = base as u128;
    let mut r: u128 = 1;
    let bits = exp.bits();
    for i in (0..bits).rev() {
        if i % SMALL_MOD_STEPS == 0 {
            m.charge(units(SMALL_MOD_STEPS as usize * 4))?;
        }
        r = r * r % md;
        if exp.bit(i) {
            r = r * base % md;
        }
    }
    Ok(r as u64)
}

fn mulmod<M: Meter>(
    m: &mut M,
    x: &BigUint,
    y: &BigUint,
    modulus: &BigUint,
) -> Result<BigUint, M::Error> {
    let p = mul(m, x, y)?;
    Ok(divrem(m, &p, modulus)?.1)
}

/// Fixed-window exponentiation: a table of `base^0 .. base^(2^k - 1)`,
/// then k squarings and one product per k exponent bits, in whatever
/// representation `mulmod` works on.
fn windowed<M: Meter, T: Clone>(
    m: &mut M,
    base: T,
    one: T,
    exp: &BigUint,
    mulmod: impl Fn(&mut M, &T, &T) -> Result<T, M::Error>,
) -> Result<T, M::Error> {
    let bits = exp.bits();
    let k: u64 = match bits {
        0..=32 => 1,
        33..=256 => 3,
        257..=2048 => 4,
        _ => 5,
    };
    let mut table = Vec::with_capacity(1 << k);
    table.push(one);
    table.push(base);
    for i in 2..(1usize << k) {
        let next = mulmod(m, &table[i - 1], &table[1])?;
        table.push(next);
    }
    let windows = bits.div_ceil(k);
    let digit = |w: u64| -> usize {
        (0..k).fold(0, |acc, j| {
            let bit = w * k + (k - 1 - j);
            (acc << 1) | (exp.bit(bit) as usize)
        })
    };
    let mut r = table[digit(windows - 1)].clone();
    for w in (0..windows - 1).rev() {
        for _ in 0..k {
            r = mulmod(m, &r, &r)?;
        }
        let d = digit(w);
        if d != 0 {
            r = mulmod(m, &r, &table[d])?;
        }
    }
    Ok(r)
}

/// The inverse of `a` modulo a positive `modulus`, if they are coprime
/// (extended Euclid, each step a metered division and product).
pub fn modinv<M: Meter>(
    m: &mut M,
    a: &BigUint,
    modulus: &BigUint,
) -> Result<Option<BigUint>, M::Error> {
    let mut r0 = modulus.clone();
    let mut r1 = divrem(m, a, modulus)?.1;
    let mut t0 = BigInt::zero();
    let mut t1 = BigInt::one();
    while !r1.is_zero() {
        let (q, r) = divrem(m, &r0, &r1)?;
        let t = t0 - mul_signed(m, &BigInt::from(q), &t1)?;
        r0 = std::mem::replace(&mut r1, r);
        t0 = std::mem::replace(&mut t1, t);
    }
    if !r0.is_one() {
        return Ok(None);
    }
    let md = BigInt::from(modulus.clone());
    Ok(t0.mod_floor(&md).to_biguint())
}
