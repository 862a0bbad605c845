//! Big-integer arithmetic that stops when told to. num-bigint's operations
//! run to completion however long they take (a product of two 15M-bit
//! numbers takes seconds, a division of that size minutes), so operands
//! past a size are split here into pieces num-bigint handles in about a
//! millisecond, and the work is charged to a [`Meter`] between pieces: a
//! limit, a deadline or an interrupt then stops the operation within
//! milliseconds. Below those sizes num-bigint is called directly.
//!
//! The algorithms are generic over the meter, so they hold no VM state and
//! can be tested on their own.

mod div;
mod montgomery;
mod mul;
mod numtheory;
mod pow;
#[cfg(test)]
mod tests;

pub use div::divrem;
pub use mul::{mul, mul_signed};
pub use numtheory::{gcd, isqrt, range_product};
pub use pow::{modinv, modpow, pow};

use num_bigint::BigUint;

/// Receives the cost of the work done, in units of about one interpreter
/// instruction (a few ns); returning an error abandons the operation.
pub trait Meter {
    type Error;
    fn charge(&mut self, units: usize) -> Result<(), Self::Error>;
}

/// Limb multiply-adds (64-bit) per unit charged: one such step costs a
/// fraction of a ns in num-bigint's loops, an instruction a few ns.
const OPS_PER_UNIT: usize = 16;

/// The units charged for `ops` limb-level steps.
fn units(ops: usize) -> usize {
    ops / OPS_PER_UNIT + 1
}

/// Charge a linear pass (an addition, a shift, a copy) over `limbs`
/// limbs, about a ns each; between the products and divisions of a big
/// operation these keep the checks a millisecond or so apart however long
/// the operands.
fn pass<M: Meter>(m: &mut M, limbs: usize) -> Result<(), M::Error> {
    m.charge(units(limbs.saturating_mul(4)))
}

/// 64-bit limbs in a magnitude.
fn limbs(x: &BigUint) -> usize {
    x.bits().div_ceil(64) as usize
}

/// The 32-bit digits `lo..hi` of `d` (past its end: zero) as a number.
fn digits_range(d: &[u32], lo: usize, hi: usize) -> BigUint {
    let hi = hi.min(d.len());
    if lo >= hi {
        return BigUint::default();
    }
    BigUint::from_slice(&d[lo..hi])
}

/// The number whose base-2^(32*width) digits are `blocks`, lowest first
/// (each block below 2^(32*width)). Linear, where shifting each block into
/// place would be quadratic in their count.
fn join_blocks(blocks: &[BigUint], width: usize) -> BigUint {
    let mut out: Vec<u32> = Vec::with_capacity(blocks.len() * width);
    for (i, b) in blocks.iter().enumerate() {
        let start = i * width;
        out.extend(b.iter_u32_digits());
        out.resize(start + width, 0);
    }
    BigUint::new(out)
}
