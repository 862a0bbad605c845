//! Division in metered pieces. num-bigint divides by schoolbook (quotient
//! limbs times divisor limbs steps: minutes for 16M-bit by 8M-bit), so:
//! short divisors divide the dividend a block at a time, long ones by
//! Burnikel and Ziegler's recursive division, whose work is products of
//! halves (the metered multiplication) and whose leaves are schoolbook
//! divisions of about a millisecond.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::{digits_range, join_blocks, limbs, mul, pass, Meter};

/// Divisions left to num-bigint whole: about half a millisecond of
/// schoolbook steps.
const LEAF_OPS: usize = 1 << 19;

/// Each quotient limb also costs a hardware division (128 by 64 bits) and
/// a normalising pass, counted as this many multiply-subtract steps.
const QUOTIENT_LIMB_OPS: usize = 32;

/// A schoolbook division step costs about twice a multiplication step.
fn units(ops: usize) -> usize {
    super::units(ops.saturating_mul(2))
}

/// Divisors up to this many limbs divide the dividend in blocks; longer
/// ones recurse down to divisions of 2n by n limbs with n at most this.
const LEAF_LIMBS: usize = 1024;

/// Floor quotient and remainder of non-negative numbers. A zero divisor
/// (which callers reject first) gives a zero quotient and remainder `a`.
pub fn divrem<M: Meter>(
    m: &mut M,
    a: &BigUint,
    b: &BigUint,
) -> Result<(BigUint, BigUint), M::Error> {
    if b.is_zero() || a < b {
        return Ok((BigUint::zero(), a.clone()));
    }
    let (na, nb) = (limbs(a), limbs(b));
    let ops = (na - nb + 1).saturating_mul(nb + QUOTIENT_LIMB_OPS);
    if ops <= LEAF_OPS {
        m.charge(units(ops))?;
        return Ok(a.div_rem(b));
    }
    if nb <= LEAF_LIMBS {
        return by_blocks(m, a, b, nb);
    }
    let nq = na - nb + 1;
    if nq + 2 < nb {
        return short_quotient(m, a, b, nq, nb);
    }
    recursive(m, a, b)
}

/// A quotient much shorter than the divisor depends only on the top
/// limbs: the top 2nq+1 limbs of `a` divided by the top nq+2 of `b` give
/// it within one (the dropped limbs change a / b by less than 1, as the
/// kept divisor exceeds the quotient), and the remainder settles it.
fn short_quotient<M: Meter>(
    m: &mut M,
    a: &BigUint,
    b: &BigUint,
    nq: usize,
    nb: usize,
) -> Result<(BigUint, BigUint), M::Error> {
    let drop = 64 * (nb - nq - 2) as u64;
    let (top_a, top_b) = (a >> drop, b >> drop);
    pass(m, 2 * nb)?;
    let mut q = divrem(m, &top_a, &top_b)?.0;
    let mut qb = mul(m, &q, b)?;
    while qb > *a {
        q -= 1u32;
        qb -= b;
        pass(m, 2 * nb)?;
    }
    let mut r = a - qb;
    pass(m, limbs(a))?;
    while r >= *b {
        q += 1u32;
        r -= b;
        pass(m, 2 * nb)?;
    }
    Ok((q, r))
}

/// Schoolbook division a block of the dividend at a time (each step
/// divides the running remainder, followed by the block, by `b`).
fn by_blocks<M: Meter>(
    m: &mut M,
    a: &BigUint,
    b: &BigUint,
    nb: usize,
) -> Result<(BigUint, BigUint), M::Error> {
    let per_limb = nb + QUOTIENT_LIMB_OPS;
    let block_limbs = (LEAF_OPS / per_limb).max(1);
    let w = 2 * block_limbs;
    let d = a.to_u32_digits();
    let count = d.len().div_ceil(w);
    let mut quotient = vec![BigUint::zero(); count];
    let mut r = BigUint::zero();
    for i in (0..count).rev() {
        m.charge(units(block_limbs * per_limb))?;
        let x = (r << (32 * w)) + digits_range(&d, i * w, (i + 1) * w);
        let (q, rest) = x.div_rem(b);
        quotient[i] = q;
        r = rest;
    }
    Ok((join_blocks(&quotient, w), r))
}

/// Burnikel-Ziegler: the divisor is shifted to `n = leaf * 2^k` bits with
/// its top bit set (so each recursive quotient digit is off by at most
/// 2), and the dividend is divided n bits at a time.
fn recursive<M: Meter>(
    m: &mut M,
    a: &BigUint,
    b: &BigUint,
) -> Result<(BigUint, BigUint), M::Error> {
    let nbits = b.bits();
    let leaf_bits = 64 * LEAF_LIMBS as u64;
    let mut levels = 0;
    while nbits.div_ceil(1 << levels) > leaf_bits {
        levels += 1;
    }
    let leaf = nbits.div_ceil(1 << levels).div_ceil(64) * 64;
    let n = leaf << levels;
    let shift = n - nbits;
    let b = b << shift;
    let d = (a << shift).to_u32_digits();
    pass(m, 3 * limbs(a))?;
    let w = (n / 32) as usize;
    let count = d.len().div_ceil(w);
    let mut quotient = vec![BigUint::zero(); count];
    let top = digits_range(&d, (count - 1) * w, count * w);
    let mut r = if top >= b {
        quotient[count - 1] = BigUint::one();
        top - &b
    } else {
        top
    };
    for i in (0..count - 1).rev() {
        let x = (r << n) + digits_range(&d, i * w, (i + 1) * w);
        pass(m, 3 * w / 2)?;
        let (q, rest) = div_2n_1n(m, &x, &b, n)?;
        quotient[i] = q;
        r = rest;
    }
    pass(m, d.len())?;
    Ok((join_blocks(&quotient, w), r >> shift))
}

/// The low `bits` bits of `x` (`bits` a multiple of 32).
fn low_bits(x: &BigUint, bits: u64) -> BigUint {
    BigUint::new(x.iter_u32_digits().take((bits / 32) as usize).collect())
}

/// `a divmod b` where `b` has exactly `n` bits and `a < b * 2^n`.
fn div_2n_1n<M: Meter>(
    m: &mut M,
    a: &BigUint,
    b: &BigUint,
    n: u64,
) -> Result<(BigUint, BigUint), M::Error> {
    if n <= 64 * LEAF_LIMBS as u64 || !n.is_multiple_of(128) {
        let nl = (n / 64) as usize;
        m.charge(units(nl * (nl + QUOTIENT_LIMB_OPS)))?;
        return Ok(a.div_rem(b));
    }
    let h = n / 2;
    let nl = (n / 64) as usize;
    let b1 = b >> h;
    let b2 = low_bits(b, h);
    let a_hi = a >> h;
    pass(m, 4 * nl)?;
    let (q1, r) = div_3h_2h(m, &a_hi, b, &b1, &b2, h)?;
    let x = (r << h) + low_bits(a, h);
    pass(m, 4 * nl)?;
    let (q2, r) = div_3h_2h(m, &x, b, &b1, &b2, h)?;
    let q = (q1 << h) + q2;
    pass(m, 2 * nl)?;
    Ok((q, r))
}

/// `a divmod b` for `b = b1 * 2^h + b2` of 2h bits (top bit set) and
/// `a < b * 2^h`: the quotient estimated from `b1`, corrected.
fn div_3h_2h<M: Meter>(
    m: &mut M,
    a: &BigUint,
    b: &BigUint,
    b1: &BigUint,
    b2: &BigUint,
    h: u64,
) -> Result<(BigUint, BigUint), M::Error> {
    let nl = (h / 64) as usize;
    let a12 = a >> h;
    let a3 = low_bits(a, h);
    pass(m, 4 * nl)?;
    let (mut q, c) = if (&a12 >> h) < *b1 {
        div_2n_1n(m, &a12, b1, h)?
    } else {
        // The estimate saturates at 2^h - 1 (then a12 >> h == b1).
        let q = (BigUint::one() << h) - 1u32;
        let c = a12 + b1 - (b1 << h);
        (q, c)
    };
    let d = mul(m, &q, b2)?;
    let mut r = (c << h) + a3;
    pass(m, 4 * nl)?;
    // At most two corrections, as b's top bit is set.
    while r < d {
        q -= 1u32;
        r += b;
        pass(m, 3 * nl)?;
    }
    let r = r - d;
    pass(m, 2 * nl)?;
    Ok((q, r))
}
