//! Greatest common divisors, integer square roots and products of ranges
//! (factorials, permutations), built on the metered product and division.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Zero};

use super::{divrem, limbs, mul, pass, units, Meter};

/// Operands up to this many limbs go to num-integer's binary gcd whole
/// (a shift and a subtraction per bit: ~bits * limbs steps).
const DIRECT_GCD_LIMBS: usize = 2;

/// Square roots of numbers up to this many limbs are left to num-bigint
/// (Newton's iteration on its schoolbook division).
const DIRECT_SQRT_LIMBS: usize = 48;

/// Ranges of up to this many factors are multiplied one word at a time.
const RANGE_LEAF: u64 = 32;

/// gcd(a, b) by Lehmer's method: Euclid's steps run on the leading 64
/// bits in machine words for as long as their quotients are certainly
/// those of the full numbers, then one linear combination applies them
/// all (a remainder step where the leading bits tell nothing).
pub fn gcd<M: Meter>(m: &mut M, a: &BigUint, b: &BigUint) -> Result<BigUint, M::Error> {
    let (mut x, mut y) = if a >= b {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    while !y.is_zero() {
        let n = limbs(&x);
        if n <= DIRECT_GCD_LIMBS {
            m.charge(units(64 * n * n))?;
            return Ok(x.gcd(&y));
        }
        pass(m, 4 * n)?;
        let shift = x.bits() - 64;
        let xh = u64_of(&(&x >> shift));
        let yh = u64_of(&(&y >> shift));
        let [p, q, r, s] = lehmer_steps(xh, yh);
        if q == 0 {
            let rest = divrem(m, &x, &y)?.1;
            x = std::mem::replace(&mut y, rest);
            continue;
        }
        let (bx, by) = (BigInt::from(x), BigInt::from(y));
        let nx = &bx * BigInt::from(p) + &by * BigInt::from(q);
        let ny = bx * BigInt::from(r) + by * BigInt::from(s);
        x = nx.into_parts().1;
        y = ny.into_parts().1;
    }
    Ok(x)
}

fn u64_of(x: &BigUint) -> u64 {
    x.iter_u64_digits().next().unwrap_or(0)
}

/// The cosequence matrix [p q; r s] of the Euclid steps on `xh >= yh`
/// whose quotients are the same for every completion of the leading bits
/// (Knuth's Algorithm L test: the quotient of the bounds agree); q is 0
/// when not even one step is certain.
fn lehmer_steps(xh: u64, yh: u64) -> [i128; 4] {
    let (mut xh, mut yh) = (xh as i128, yh as i128);
    let (mut p, mut q, mut r, mut s) = (1i128, 0i128, 0i128, 1i128);
    loop {
        // (Stopping early is always safe; going on needs non-negative
        // bounds, where truncating division is floor division.)
        if yh + r <= 0 || yh + s <= 0 || xh + p < 0 || xh + q < 0 {
            break;
        }
        let quot = (xh + p) / (yh + r);
        if quot != (xh + q) / (yh + s) {
            break;
        }
        (p, r) = (r, p - quot * r);
        (q, s) = (s, q - quot * s);
        (xh, yh) = (yh, xh - quot * yh);
    }
    [p, q, r, s]
}

/// floor(sqrt(n)): the root of the top half of the bits, then one Newton
/// step at full precision, which lands at most a few above the root.
pub fn isqrt<M: Meter>(m: &mut M, n: &BigUint) -> Result<BigUint, M::Error> {
    let l = limbs(n);
    if l <= DIRECT_SQRT_LIMBS {
        m.charge(units(8 * l * l))?;
        return Ok(n.sqrt());
    }
    let k = n.bits() / 4;
    // x = isqrt(n / 4^k) * 2^k is at most sqrt(n) and within 2^(k+1) of
    // it, so the Newton step from x (never below the root) overshoots by
    // at most (2^(k+1))^2 / 2x, a few units as x is about 2^(2k).
    let x = isqrt(m, &(n >> (2 * k)))? << k;
    let q = divrem(m, n, &x)?.0;
    let mut y = (x + q) >> 1u32;
    pass(m, 2 * l)?;
    let mut square = mul(m, &y, &y)?;
    while square > *n {
        square -= (&y << 1u32) - 1u32;
        y -= 1u32;
        pass(m, 3 * l)?;
    }
    Ok(y)
}

/// lo * (lo + 1) * ... * hi (1 for an empty range), halving the range
/// so that the products are of balanced sizes.
pub fn range_product<M: Meter>(m: &mut M, lo: u64, hi: u64) -> Result<BigUint, M::Error> {
    if lo > hi {
        return Ok(BigUint::one());
    }
    if hi - lo < RANGE_LEAF {
        let mut acc = BigUint::one();
        for i in lo..=hi {
            acc *= i;
            m.charge(units(limbs(&acc)))?;
        }
        return Ok(acc);
    }
    let mid = lo + (hi - lo) / 2;
    let a = range_product(m, lo, mid)?;
    let b = range_product(m, mid + 1, hi)?;
    mul(m, &a, &b)
}
