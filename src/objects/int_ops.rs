//! The VM's big-integer operations whose cost grows with their operands:
//! the metered arithmetic of [`super::bigarith`] with signs and Python's
//! floor rounding, charged to the VM's limits, with a memory check before
//! any result whose size the script chose.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::bigarith::{self, Meter};
use crate::vm::{PyErr, PyResult, Vm};

impl Meter for Vm {
    type Error = PyErr;

    #[inline]
    fn charge(&mut self, units: usize) -> PyResult<()> {
        self.charge_native(units)
    }
}

/// Results below this size are left to the allocator's accounting (the
/// next safe point sees them).
const UNCHECKED_BYTES: u64 = 1 << 16;

impl Vm {
    /// Before building a result of `bytes` bytes whose size the script
    /// chose: the memory budget's error past the budget, and MemoryError
    /// beyond the machine's memory. An allocator asked for that much would
    /// abort the process, or (mimalloc maps memory without reserving it)
    /// succeed and leave the process to the OOM killer.
    pub fn reserve_bytes(&mut self, bytes: u64) -> PyResult<()> {
        if bytes < UNCHECKED_BYTES {
            return Ok(());
        }
        self.check_alloc(usize::try_from(bytes).unwrap_or(usize::MAX))
    }

    /// [`Vm::reserve_bytes`] for an int of `bits` bits.
    pub fn reserve_int(&mut self, bits: u64) -> PyResult<()> {
        self.reserve_bytes(bits.div_ceil(8))
    }

    /// Charge a linear operation (an addition, a bitwise operation) over
    /// operands of these sizes: a unit per few limbs.
    #[inline]
    pub fn charge_int_pass(&mut self, a: &BigInt, b: &BigInt) -> PyResult<()> {
        self.charge_native(((a.bits() + b.bits()) / 256) as usize)
    }

    /// `a * b`.
    pub fn int_mul(&mut self, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
        self.reserve_int(a.bits() + b.bits())?;
        bigarith::mul_signed(self, a, b)
    }

    /// Floor quotient and remainder (the remainder takes the divisor's
    /// sign); `b` is not zero.
    pub fn int_divmod(&mut self, a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
        let (q, r) = bigarith::divrem(self, a.magnitude(), b.magnitude())?;
        let q = BigInt::from_biguint(Sign::Plus, q);
        let r = BigInt::from_biguint(Sign::Plus, r);
        let with_b_sign = |r: BigInt| if b.is_negative() { -r } else { r };
        if a.is_negative() == b.is_negative() || r.is_zero() {
            let q = if a.is_negative() != b.is_negative() {
                -q
            } else {
                q
            };
            return Ok((q, with_b_sign(r)));
        }
        // Signs differ and the division is inexact: truncation rounded the
        // quotient up, towards zero.
        let r = BigInt::from_biguint(Sign::Plus, b.magnitude().clone()) - r;
        Ok((-(q + 1u32), with_b_sign(r)))
    }

    /// `a ** e` for `e >= 0`.
    pub fn int_pow(&mut self, a: &BigInt, e: &BigInt) -> PyResult<BigInt> {
        if e.is_zero() {
            return Ok(BigInt::one());
        }
        if a.is_zero() || a.is_one() {
            return Ok(a.clone());
        }
        let odd = e.bit(0);
        if a.magnitude().is_one() {
            return Ok(if odd { a.clone() } else { BigInt::one() });
        }
        let Some(e) = e.to_u64() else {
            // At least 2^64 bits: no memory holds that.
            return Err(self.memory_error());
        };
        self.reserve_int(pow_bits(a.magnitude(), e))?;
        let mag = bigarith::pow(self, a.magnitude(), e)?;
        let sign = if a.is_negative() && odd {
            Sign::Minus
        } else {
            Sign::Plus
        };
        Ok(BigInt::from_biguint(sign, mag))
    }

    /// Three-argument `pow(base, exp, modulus)` with Python's signs: the
    /// result takes the modulus's sign, a negative exponent asks for the
    /// inverse of the base.
    pub fn int_modpow(
        &mut self,
        base: &BigInt,
        exp: &BigInt,
        modulus: &BigInt,
    ) -> PyResult<BigInt> {
        if modulus.is_zero() {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let md = modulus.magnitude();
        let mut b = bigarith::divrem(self, base.magnitude(), md)?.1;
        if base.is_negative() && !b.is_zero() {
            b = md - b;
        }
        if exp.is_negative() {
            b = match bigarith::modinv(self, &b, md)? {
                Some(inv) => inv,
                None => {
                    return Err(self.value_error("base is not invertible for the given modulus"))
                }
            };
        }
        let r = bigarith::modpow(self, &b, exp.magnitude(), md)?;
        let r = BigInt::from_biguint(Sign::Plus, r);
        Ok(if modulus.is_negative() && !r.is_zero() {
            r + modulus
        } else {
            r
        })
    }

    /// `a << s` for `s >= 0`.
    pub fn int_shl(&mut self, a: &BigInt, s: &BigInt) -> PyResult<BigInt> {
        if a.is_zero() {
            return Ok(BigInt::zero());
        }
        let Some(s) = s.to_u64() else {
            return Err(self.memory_error());
        };
        let bits = a.bits().saturating_add(s);
        self.reserve_int(bits)?;
        let Ok(s) = usize::try_from(s) else {
            return Err(self.memory_error());
        };
        self.charge_native((bits / 256) as usize)?;
        Ok(a << s)
    }
}

/// An upper bound on the bits of `a ** e` (a >= 2): e * log2(a), from the
/// top 53 bits of `a`, plus slack for the rounding of the logarithm.
fn pow_bits(a: &BigUint, e: u64) -> u64 {
    let bits = a.bits();
    let drop = bits.saturating_sub(53);
    let top = (a >> drop).to_f64().unwrap_or(f64::MAX);
    let log2 = drop as f64 + top.log2();
    let est = log2 * e as f64;
    // `as` saturates: estimates past u64 stay u64::MAX.
    (est * (1.0 + 1e-12)) as u64 + 2
}
