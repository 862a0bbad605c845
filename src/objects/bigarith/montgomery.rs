//! Montgomery multiplication for odd moduli of a few dozen limbs, where a
//! modular power spends its time: a product and reduction in one word
//! loop, with no division (a generic product and remainder cost about
//! twice as much at RSA sizes).

use num_bigint::BigUint;

use super::{divrem, units, Meter};

/// Moduli up to this many limbs use Montgomery products; longer ones a
/// subquadratic product and a division.
pub const MAX_LIMBS: usize = 96;

/// Arithmetic modulo an odd `n`, on numbers in Montgomery form
/// (`x * 2^(64 s) mod n` for `s` limbs), as little-endian limb vectors.
pub struct Montgomery {
    n: Vec<u64>,
    /// `-n^-1 mod 2^64`.
    n_neg_inv: u64,
}

impl Montgomery {
    /// For an odd modulus of at least two limbs.
    pub fn new(modulus: &BigUint) -> Montgomery {
        let n = modulus.to_u64_digits();
        let n0 = n.first().copied().unwrap_or(1);
        // Newton's iteration doubles the correct low bits of the inverse
        // each step: 1 -> 64 bits in six steps (n0 is odd).
        let mut inv: u64 = 1;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(n0.wrapping_mul(inv)));
        }
        Montgomery {
            n,
            n_neg_inv: inv.wrapping_neg(),
        }
    }

    fn limbs(&self) -> usize {
        self.n.len()
    }

    /// `x` (below the modulus) in Montgomery form.
    pub fn form_of<M: Meter>(&self, m: &mut M, x: &BigUint) -> Result<Vec<u64>, M::Error> {
        let shifted = x << (64 * self.limbs());
        let modulus = BigUint::from_slice(&to_u32(&self.n));
        let r = divrem(m, &shifted, &modulus)?.1;
        Ok(self.pad(r.to_u64_digits()))
    }

    /// The number a Montgomery form stands for.
    pub fn value_of<M: Meter>(&self, m: &mut M, x: &[u64]) -> Result<BigUint, M::Error> {
        let mut one = vec![0u64; self.limbs()];
        one[0] = 1;
        let r = self.mul(m, x, &one)?;
        Ok(BigUint::from_slice(&to_u32(&r)))
    }

    fn pad(&self, mut v: Vec<u64>) -> Vec<u64> {
        v.resize(self.limbs(), 0);
        v
    }

    /// The Montgomery product `a * b / 2^(64 s) mod n`: the full product,
    /// then s reduction steps that each clear the lowest limb by adding a
    /// multiple of n.
    pub fn mul<M: Meter>(&self, m: &mut M, a: &[u64], b: &[u64]) -> Result<Vec<u64>, M::Error> {
        let s = self.limbs();
        m.charge(units(2 * s * s))?;
        let n = &self.n[..s];
        let a = &a[..s];
        let mut t = vec![0u64; 2 * s + 1];
        for (i, &bi) in b[..s].iter().enumerate() {
            let mut c: u64 = 0;
            for (tj, &aj) in t[i..i + s].iter_mut().zip(a) {
                let v = *tj as u128 + aj as u128 * bi as u128 + c as u128;
                *tj = v as u64;
                c = (v >> 64) as u64;
            }
            t[i + s] = c;
        }
        let mut extra: u64 = 0;
        for i in 0..s {
            let q = t[i].wrapping_mul(self.n_neg_inv);
            let mut c: u64 = 0;
            for (tj, &nj) in t[i..i + s].iter_mut().zip(n) {
                let v = *tj as u128 + q as u128 * nj as u128 + c as u128;
                *tj = v as u64;
                c = (v >> 64) as u64;
            }
            let v = t[i + s] as u128 + c as u128 + extra as u128;
            t[i + s] = v as u64;
            extra = (v >> 64) as u64;
        }
        t[2 * s] = extra;
        t.copy_within(s.., 0);
        t.truncate(s + 1);
        let mut r = t;
        // r < 2n: one subtraction brings it below n.
        if r[s] != 0 || !less(&r[..s], n) {
            let mut borrow = false;
            for (rj, &nj) in r.iter_mut().zip(n) {
                let (d, b1) = rj.overflowing_sub(nj);
                let (d, b2) = d.overflowing_sub(borrow as u64);
                *rj = d;
                borrow = b1 || b2;
            }
        }
        r.truncate(s);
        Ok(r)
    }
}

/// `a < b` for little-endian limb vectors of one length.
fn less(a: &[u64], b: &[u64]) -> bool {
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x < y;
        }
    }
    false
}

fn to_u32(v: &[u64]) -> Vec<u32> {
    v.iter()
        .flat_map(|&w| [w as u32, (w >> 32) as u32])
        .collect()
}
