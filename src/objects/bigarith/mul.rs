//! Multiplication in metered pieces: Toom-3 (Bodrato's evaluation at 0, 1,
//! -1, -2 and infinity) splits balanced operands, the longer operand of an
//! unbalanced pair is halved, and num-bigint multiplies the leaves. Toom-3
//! is also what num-bigint uses at these sizes, so the splitting costs
//! only the extra copies, not a worse exponent (a Karatsuba top level
//! would be ~9% slower per level).

use num_bigint::{BigInt, BigUint, Sign};

use super::{digits_range, limbs, pass, units, Meter};

/// Operands up to this many limbs are multiplied by num-bigint whole: its
/// Toom-3 takes about a millisecond at 1500 x 1500 limbs.
const LEAF_LIMBS: usize = 1500;

/// Unbalanced products are left to num-bigint while the schoolbook count
/// of limb steps is below this (about a millisecond).
const LEAF_OPS: usize = 1 << 20;

/// `a * b`.
pub fn mul<M: Meter>(m: &mut M, a: &BigUint, b: &BigUint) -> Result<BigUint, M::Error> {
    let (x, y) = if limbs(a) >= limbs(b) { (a, b) } else { (b, a) };
    let (nx, ny) = (limbs(x), limbs(y));
    let ops = nx.saturating_mul(ny);
    if nx <= LEAF_LIMBS || ops <= LEAF_OPS {
        m.charge(units(ops))?;
        return Ok(x * y);
    }
    if nx >= 2 * ny {
        return halve_longer(m, x, y, nx);
    }
    toom3(m, x, y, nx)
}

/// `a * b` with signs.
pub fn mul_signed<M: Meter>(m: &mut M, a: &BigInt, b: &BigInt) -> Result<BigInt, M::Error> {
    let mag = mul(m, a.magnitude(), b.magnitude())?;
    Ok(BigInt::from_biguint(a.sign() * b.sign(), mag))
}

/// `x * y` for `x` at least twice as long as `y`: the halves of `x` times
/// `y`, added at their offsets.
fn halve_longer<M: Meter>(
    m: &mut M,
    x: &BigUint,
    y: &BigUint,
    nx: usize,
) -> Result<BigUint, M::Error> {
    let half = nx / 2;
    let d = x.to_u32_digits();
    let lo = digits_range(&d, 0, 2 * half);
    let hi = digits_range(&d, 2 * half, d.len());
    drop(d);
    pass(m, 2 * nx)?;
    let hi = mul(m, &hi, y)?;
    let lo = mul(m, &lo, y)?;
    let hi = hi << (64 * half);
    pass(m, nx)?;
    let r = hi + lo;
    pass(m, nx)?;
    Ok(r)
}

/// The three base-2^(64k) digits of `x`.
fn split3(x: &BigUint, k: usize) -> [BigUint; 3] {
    let d = x.to_u32_digits();
    let w = 2 * k;
    [
        digits_range(&d, 0, w),
        digits_range(&d, w, 2 * w),
        digits_range(&d, 2 * w, d.len()),
    ]
}

/// The polynomial `p[0] + p[1] t + p[2] t^2` at t = 1, -1, -2.
fn evaluate(p: &[BigUint; 3]) -> [BigInt; 3] {
    let p0 = BigInt::from(p[0].clone());
    let p1 = BigInt::from(p[1].clone());
    let p2 = BigInt::from(p[2].clone());
    let even = &p0 + &p2;
    let at1 = &even + &p1;
    let at_m1 = even - p1;
    let at_m2 = ((&at_m1 + p2) << 1u32) - p0;
    [at1, at_m1, at_m2]
}

fn toom3<M: Meter>(m: &mut M, x: &BigUint, y: &BigUint, nx: usize) -> Result<BigUint, M::Error> {
    let k = nx.div_ceil(3);
    let xs = split3(x, k);
    pass(m, 2 * nx)?;
    let ys = split3(y, k);
    pass(m, 2 * nx)?;
    let [x1, xm1, xm2] = evaluate(&xs);
    pass(m, 3 * nx)?;
    let [y1, ym1, ym2] = evaluate(&ys);
    pass(m, 3 * nx)?;
    let r0 = BigInt::from(mul(m, &xs[0], &ys[0])?);
    let r1 = mul_signed(m, &x1, &y1)?;
    let rm1 = mul_signed(m, &xm1, &ym1)?;
    let rm2 = mul_signed(m, &xm2, &ym2)?;
    let rinf = BigInt::from(mul(m, &xs[2], &ys[2])?);
    // Interpolation: from the values at 0, 1, -1, -2, inf to the
    // coefficients c0..c4 of the product polynomial (each division exact).
    // (Each line is a few passes over 2k limbs; a hardware division per
    // limb for the division by 3.)
    let c3 = (rm2 - &r1) / 3u32;
    pass(m, 4 * nx)?;
    let c1 = (r1 - &rm1) >> 1u32;
    pass(m, nx)?;
    let c2 = rm1 - &r0;
    pass(m, nx)?;
    let c3 = ((&c2 - c3) >> 1u32) + (&rinf << 1u32);
    pass(m, 2 * nx)?;
    let c2 = c2 + &c1 - &rinf;
    pass(m, 2 * nx)?;
    let c1 = c1 - &c3;
    pass(m, nx)?;
    let shift = 64 * k;
    let mut acc = rinf;
    for c in [c3, c2, c1, r0] {
        acc = (acc << shift) + c;
        pass(m, 2 * nx)?;
    }
    let (sign, mag) = acc.into_parts();
    debug_assert!(sign != Sign::Minus, "a product of magnitudes");
    Ok(mag)
}
