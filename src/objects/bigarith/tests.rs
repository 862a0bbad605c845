use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Zero};

use super::{divrem, modinv, modpow, mul, mul_signed, pow, Meter};

/// Sums the units charged; refuses once past `stop`.
struct Counter {
    used: usize,
    stop: usize,
}

impl Meter for Counter {
    type Error = usize;
    fn charge(&mut self, units: usize) -> Result<(), usize> {
        self.used += units;
        if self.used > self.stop {
            return Err(self.used);
        }
        Ok(())
    }
}

fn meter() -> Counter {
    Counter {
        used: 0,
        stop: usize::MAX,
    }
}

/// Deterministic pseudo-random numbers of `bits` bits (top bit set).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as u32
    }

    fn big(&mut self, bits: u64) -> BigUint {
        let n = bits.div_ceil(32) as usize;
        let v: Vec<u32> = (0..n).map(|_| self.next()).collect();
        let x = BigUint::new(v) >> (32 * n as u64 - bits);
        x | (BigUint::one() << (bits - 1))
    }

    /// Runs of all-one and all-zero digits, where carries and corrections
    /// happen most.
    fn ragged(&mut self, bits: u64) -> BigUint {
        let n = bits.div_ceil(32) as usize;
        let v: Vec<u32> = (0..n)
            .map(|i| match (i / 7 + self.next() as usize % 2) % 3 {
                0 => u32::MAX,
                1 => 0,
                _ => self.next(),
            })
            .collect();
        let x = BigUint::new(v) >> (32 * n as u64 - bits);
        x | (BigUint::one() << (bits - 1))
    }
}

#[test]
fn products_match_num_bigint() {
    let mut rng = Rng(7);
    let sizes: [(u64, u64); 7] = [
        (100, 90),
        (64 * 1600, 64 * 1600),
        (64 * 5000, 64 * 4100),
        (64 * 6000, 64 * 3001),
        (64 * 20000, 64 * 7),
        (64 * 9000, 64 * 1200),
        (64 * 4600 + 5, 64 * 4500 + 17),
    ];
    for (i, (xa, xb)) in sizes.into_iter().enumerate() {
        let (a, b) = if i % 2 == 0 {
            (rng.big(xa), rng.big(xb))
        } else {
            (rng.ragged(xa), rng.ragged(xb))
        };
        let mut m = meter();
        assert_eq!(
            mul(&mut m, &a, &b).unwrap(),
            &a * &b,
            "sizes {} x {}",
            xa,
            xb
        );
        assert!(m.used > 0);
        assert_eq!(mul(&mut meter(), &b, &a).unwrap(), &a * &b);
    }
    let a = rng.big(64 * 5000);
    let all_ones = (BigUint::one() << (64 * 4000)) - 1u32;
    assert_eq!(mul(&mut meter(), &a, &all_ones).unwrap(), &a * &all_ones);
    assert_eq!(
        mul(&mut meter(), &all_ones, &all_ones).unwrap(),
        &all_ones * &all_ones
    );
    assert!(mul(&mut meter(), &a, &BigUint::zero()).unwrap().is_zero());
}

#[test]
fn signed_products() {
    let mut rng = Rng(11);
    let a = BigInt::from(rng.big(64 * 4000));
    let b = -BigInt::from(rng.big(64 * 3500));
    assert_eq!(mul_signed(&mut meter(), &a, &b).unwrap(), &a * &b);
    assert_eq!(mul_signed(&mut meter(), &b, &b).unwrap(), &b * &b);
}

#[test]
fn quotients_match_num_bigint() {
    let mut rng = Rng(3);
    let sizes: [(u64, u64); 10] = [
        (200, 70),
        (64 * 3000, 64 * 2),
        (64 * 40000, 64 * 3),
        (64 * 9000, 64 * 600),
        (64 * 5000, 64 * 2500),
        (64 * 4100 + 3, 64 * 2049 + 31),
        (64 * 12000, 64 * 2100),
        (64 * 2100, 64 * 2090),
        (64 * 4000, 64 * 3000),
        (64 * 7000 + 9, 64 * 3000 + 40),
    ];
    for (i, (xa, xb)) in sizes.into_iter().enumerate() {
        let (a, b) = if i % 2 == 0 {
            (rng.big(xa), rng.big(xb))
        } else {
            (rng.ragged(xa), rng.ragged(xb))
        };
        let (q, r) = divrem(&mut meter(), &a, &b).unwrap();
        assert!(r < b, "sizes {} / {}", xa, xb);
        assert_eq!(&q * &b + &r, a, "sizes {} / {}", xa, xb);
    }
    // Quotient digits that saturate: the dividend just below b * 2^n.
    let b = (BigUint::one() << (64 * 3000)) - 1u32;
    let a = (&b << (64 * 3000)) - 1u32;
    let (q, r) = divrem(&mut meter(), &a, &b).unwrap();
    assert_eq!((q, r), a.div_rem(&b));
    let (q, r) = divrem(&mut meter(), &b, &a).unwrap();
    assert!(q.is_zero() && r == b);
}

#[test]
fn powers_match_num_bigint() {
    let mut rng = Rng(5);
    let three = BigUint::from(3u32);
    assert_eq!(
        pow(&mut meter(), &three, 200_000).unwrap(),
        num_traits::Pow::pow(&three, 200_000u32)
    );
    let b = rng.big(1000);
    assert_eq!(
        pow(&mut meter(), &b, 301).unwrap(),
        num_traits::Pow::pow(&b, 301u32)
    );
    let two_k = BigUint::from(1u32) << 7u32;
    assert_eq!(
        pow(&mut meter(), &two_k, 50_000).unwrap(),
        BigUint::one() << 350_000u32
    );
    assert!(pow(&mut meter(), &b, 0).unwrap().is_one());
}

#[test]
fn modular_powers_match_num_bigint() {
    let mut rng = Rng(9);
    let cases: [(u64, u64, u64); 5] = [
        (60, 60, 61),
        (900, 3000, 64 * 40),
        (5000, 40, 64 * 1500),
        (64 * 3000, 200, 64 * 1100),
        (100, 10_000, 63),
    ];
    for (bb, eb, mb) in cases {
        let (b, e, md) = (rng.big(bb), rng.big(eb), rng.big(mb));
        assert_eq!(
            modpow(&mut meter(), &b, &e, &md).unwrap(),
            b.modpow(&e, &md),
            "{} {} {}",
            bb,
            eb,
            mb
        );
        let odd = &md | BigUint::one();
        assert_eq!(
            modpow(&mut meter(), &b, &e, &odd).unwrap(),
            b.modpow(&e, &odd)
        );
    }
    let one = BigUint::one();
    assert!(modpow(&mut meter(), &one, &one, &one).unwrap().is_zero());
    assert!(modpow(
        &mut meter(),
        &BigUint::zero(),
        &BigUint::zero(),
        &BigUint::from(7u32)
    )
    .unwrap()
    .is_one());
}

#[test]
fn inverses() {
    let mut rng = Rng(13);
    let p = BigUint::from(1_000_000_007u32);
    let a = rng.big(5000);
    let inv = modinv(&mut meter(), &a, &p).unwrap().unwrap();
    assert!((inv * &a % &p).is_one());
    let md = rng.big(3000) | BigUint::one();
    let a = rng.big(2000) << 1u32;
    let inv = modinv(&mut meter(), &a, &md).unwrap();
    assert_eq!(inv, a.modinv(&md));
    let even = BigUint::from(10u32);
    assert_eq!(
        modinv(&mut meter(), &BigUint::from(4u32), &even).unwrap(),
        None
    );
}

#[test]
fn a_refusing_meter_stops_the_work() {
    let mut rng = Rng(17);
    let a = rng.big(64 * 20000);
    let b = rng.big(64 * 20000);
    let mut m = Counter {
        used: 0,
        stop: 1000,
    };
    assert!(mul(&mut m, &a, &b).is_err());
    let mut m = Counter {
        used: 0,
        stop: 1000,
    };
    assert!(divrem(&mut m, &(&a << 640_000u32), &b).is_err());
    let mut m = Counter {
        used: 0,
        stop: 1000,
    };
    assert!(pow(&mut m, &BigUint::from(3u32), 10_000_000).is_err());
    let mut m = Counter {
        used: 0,
        stop: 1000,
    };
    assert!(modpow(&mut m, &a, &b, &(b.clone() + 2u32)).is_err());
}

#[test]
fn gcds_roots_and_range_products() {
    use super::{gcd, isqrt, range_product};
    let mut rng = Rng(19);
    let common = rng.big(64 * 40);
    let a = &common * rng.big(64 * 300);
    let b = &common * rng.big(64 * 200);
    let g = gcd(&mut meter(), &a, &b).unwrap();
    assert_eq!(g, a.gcd(&b));
    assert_eq!(gcd(&mut meter(), &b, &a).unwrap(), g);
    assert_eq!(gcd(&mut meter(), &a, &BigUint::zero()).unwrap(), a);
    for (bx, by) in [(200, 190), (5000, 5000), (64 * 50, 70), (9000, 3000)] {
        for pick in 0..3 {
            let (x, y) = match pick {
                0 => (rng.big(bx), rng.big(by)),
                1 => (rng.ragged(bx), rng.ragged(by)),
                _ => (rng.big(bx) * &common, rng.ragged(by) * &common),
            };
            assert_eq!(
                gcd(&mut meter(), &x, &y).unwrap(),
                x.gcd(&y),
                "{} {}",
                bx,
                by
            );
        }
    }
    let fib = |n: usize| {
        let (mut p, mut q) = (BigUint::zero(), BigUint::one());
        for _ in 0..n {
            let r = &p + &q;
            p = std::mem::replace(&mut q, r);
        }
        p
    };
    assert!(gcd(&mut meter(), &fib(3001), &fib(3000)).unwrap().is_one());
    for bits in [10, 3000, 64 * 49, 64 * 700 + 1, 64 * 2500] {
        let n = rng.ragged(bits);
        let r = isqrt(&mut meter(), &n).unwrap();
        assert!(
            &r * &r <= n && (&r + 1u32) * (&r + 1u32) > n,
            "bits {}",
            bits
        );
        let square = &n * &n;
        assert_eq!(isqrt(&mut meter(), &square).unwrap(), n);
        assert_eq!(isqrt(&mut meter(), &(square - 1u32)).unwrap(), n - 1u32);
    }
    let mut f = BigUint::one();
    for i in 2..=3000u32 {
        f *= i;
    }
    assert_eq!(range_product(&mut meter(), 2, 3000).unwrap(), f);
    assert_eq!(range_product(&mut meter(), 1, 1).unwrap(), BigUint::one());
    assert_eq!(range_product(&mut meter(), 5, 4).unwrap(), BigUint::one());
    let top = u64::MAX - 100;
    let mut p = BigUint::one();
    for i in top..=u64::MAX {
        p *= i;
    }
    assert_eq!(range_product(&mut meter(), top, u64::MAX).unwrap(), p);
}
