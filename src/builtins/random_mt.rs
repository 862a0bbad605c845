//! The Mersenne Twister (MT19937) with CPython's seeding and output conventions, so that
//! after `random.seed(n)` for an int `n` weft draws exactly the numbers CPython draws.
//!
//! # Primitives (this file)
//!
//! - Seeding with an int: the absolute value is cut into 32-bit words, least significant
//!   first (zero still gives one word, `[0]`), and those words are the key of the
//!   reference `init_by_array`. So `seed(-5)` equals `seed(5)`. CPython hashes other
//!   seed types first: a float seeds with `hash(x)` (then its absolute value); str and
//!   bytes (version 2) become an int from the bytes followed by their SHA-512 digest;
//!   `None` uses OS randomness. Only the int path lives here.
//! - `random()`: two outputs `a` and `b`; `(a >> 5) * 2^26 + (b >> 6)` is a 53-bit
//!   integer, divided by 2^53.
//! - `getrandbits(k)`: `k == 0` gives 0. For `k <= 32`, one output shifted right by
//!   `32 - k`. For larger `k`, ceil(k/32) outputs fill 32-bit words from least to most
//!   significant; the last (most significant) word keeps only the top `k mod 32` bits of
//!   its output (shifted right), when `k` is not a multiple of 32.
//! - `_randbelow(n)` (n > 0): `k = n.bit_length()`, draw `getrandbits(k)` until the value
//!   is below `n`. Every integer-range function below is built on this.
//! - `getstate()` is 624 words plus the position in them (624 right after seeding, which
//!   means "regenerate before the next output"); CPython's tuple is
//!   `(3, (*words, index), gauss_next)`.
//!
//! # The `random.py` algorithms on top (3.11), for a weft-level module
//!
//! Each was checked by the tests below against CPython's own sequences.
//!
//! - `randrange(stop)`: `stop > 0` or ValueError "empty range for randrange()"; result
//!   `_randbelow(stop)`.
//! - `randrange(start, stop)`: `width = stop - start`; `width > 0` or ValueError
//!   "empty range for randrange() (start, stop, width)"; result
//!   `start + _randbelow(width)`.
//! - `randrange(start, stop, step)`: `step == 0` is ValueError "zero step for
//!   randrange()"; `n = (width + step - 1) // step` for a positive step and
//!   `(width + step + 1) // step` for a negative one (floor division); `n <= 0` is
//!   ValueError "empty range for randrange()"; result `start + step * _randbelow(n)`.
//!   (With step 1 this is the two-argument form.)
//! - `randint(a, b)`: `randrange(a, b + 1)`.
//! - `choice(seq)`: empty is IndexError "Cannot choose from an empty sequence"; else
//!   `seq[_randbelow(len(seq))]`.
//! - `shuffle(x)`: for `i` from `len(x) - 1` down to 1: `j = _randbelow(i + 1)`, swap
//!   `x[i]` and `x[j]`.
//! - `sample(population, k)`: `n = len(population)`; unless `0 <= k <= n`, ValueError
//!   "Sample larger than population or is negative". `setsize = 21`, plus
//!   `4 ** ceil(log(3 * k, 4))` when `k > 5` (`math.log` with base 4, in floats).
//!   If `n <= setsize`: `pool = list(population)`; for `i` in `0..k`:
//!   `j = _randbelow(n - i)`, result `i` is `pool[j]`, then `pool[j] = pool[n - i - 1]`.
//!   Otherwise: keep a set of chosen indices; for each `i` in `0..k` draw
//!   `j = _randbelow(n)` again while `j` is already chosen, then add it; result `i` is
//!   `population[j]`. (With `counts=`, the population is expanded by cumulative counts and
//!   sampled by bisecting `sample(range(total), k)`.)
//! - `uniform(a, b)`: `a + (b - a) * random()`.
//! - `choices(population, k=1)` without weights: `n = len(population)`, each pick
//!   `population[floor(random() * n)]`. With weights: `cum = accumulate(weights)`,
//!   `total = cum[-1]` (ValueError "Total of weights must be greater than zero" if not
//!   positive, "Total of weights must be finite" if not finite), each pick
//!   `population[bisect_right(cum, random() * total, 0, n - 1)]`.
//! - `gauss(mu=0, sigma=1)`: keeps one cached value `gauss_next` (reset to None by
//!   `seed`). If a value is cached, take it and clear the cache. Otherwise
//!   `x2pi = random() * 2*pi`, `g2rad = sqrt(-2 * log(1 - random()))`, the result is
//!   `cos(x2pi) * g2rad` and `sin(x2pi) * g2rad` is cached. Return `mu + z * sigma`.
//! - `normalvariate(mu=0, sigma=1)`: loop { `u1 = random()`, `u2 = 1 - random()`,
//!   `z = NV_MAGICCONST * (u1 - 0.5) / u2` with `NV_MAGICCONST = 4 * exp(-0.5) /
//!   sqrt(2)`; stop when `z * z / 4 <= -log(u2)` }; return `mu + z * sigma`.
//! - `expovariate(lambd)`: `-log(1 - random()) / lambd`.
//! - `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A Mersenne Twister generator state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    mt: [u32; N],
    /// Next word to temper; `N` means the block must be regenerated first.
    index: usize,
}

/// A plain-data snapshot of [`Mt19937`]: the 624 state words and the index, exactly
/// the 625 numbers in the middle of CPython's `random.getstate()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MtState {
    pub words: Vec<u32>,
    pub index: u32,
}

impl Mt19937 {
    fn init_genrand(seed: u32) -> Self {
        let mut mt = [0u32; N];
        mt[0] = seed;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { mt, index: N }
    }

    /// The reference `init_by_array` seeding from a key of 32-bit words.
    /// An empty key is treated as `[0]`, as CPython never passes an empty one.
    pub fn from_u32_key(key: &[u32]) -> Self {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut g = Self::init_genrand(19_650_218);
        let mt = &mut g.mt;
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            let kj = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(kj)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // Guarantees a non-zero state whatever the key.
        mt[0] = 0x8000_0000;
        g
    }

    /// Seeds like CPython's `random.seed(n)` for an int: pass `abs(n)`.
    pub fn from_int_seed(n: &BigUint) -> Self {
        let key = n.to_u32_digits();
        Self::from_u32_key(&key)
    }

    /// Seeds from a machine integer (sign ignored, as CPython does).
    pub fn from_i64_seed(n: i64) -> Self {
        let a = n.unsigned_abs();
        if a >> 32 == 0 {
            Self::from_u32_key(&[a as u32])
        } else {
            Self::from_u32_key(&[a as u32, (a >> 32) as u32])
        }
    }

    fn generate(&mut self) {
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate();
        }
        let mut y = self.mt[self.index % N];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for `k <= 64`; larger `k` are clamped to 64 (use
    /// [`Mt19937::getrandbits`] for those).
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let k = k.min(64);
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                low | (high << 32)
            }
        }
    }

    /// `random.getrandbits(k)` for any `k`. The caller rejects negative `k` with
    /// ValueError "number of bits must be non-negative" and `k > i32::MAX` with
    /// OverflowError "Python int too large to convert to C int", as CPython does.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.getrandbits_u64(k as u32));
        }
        let words = k.div_ceil(32);
        // Capped so that an absurd `k` fails by running out of memory gradually rather
        // than by a capacity-overflow panic.
        let cap = usize::try_from(words).unwrap_or(usize::MAX).min(1 << 16);
        let mut out: Vec<u32> = Vec::with_capacity(cap);
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            if left < 32 {
                out.push(r >> (32 - left));
                left = 0;
            } else {
                out.push(r);
                left -= 32;
            }
        }
        BigUint::new(out)
    }

    /// CPython's `_randbelow(n)`: uniform in `[0, n)` by rejection sampling on
    /// `getrandbits(n.bit_length())`. Returns 0 for `n == 0` (CPython would loop
    /// forever there; its callers never pass 0).
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if n.is_zero() {
            return BigUint::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// [`Mt19937::randbelow`] for a machine-sized bound, with the same draws.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// A snapshot of the generator (see [`MtState`]).
    pub fn getstate(&self) -> MtState {
        MtState {
            words: self.mt.to_vec(),
            index: self.index as u32,
        }
    }

    /// Restores a snapshot. CPython raises ValueError "state vector is the wrong size"
    /// for a word count other than 624 and "invalid state" for an index above 624;
    /// those messages come back as `Err`.
    pub fn setstate(&mut self, state: &MtState) -> Result<(), String> {
        let words: [u32; N] = state
            .words
            .as_slice()
            .try_into()
            .map_err(|_| "state vector is the wrong size".to_string())?;
        let index = state.index as usize;
        if index > N {
            return Err("invalid state".to_string());
        }
        self.mt = words;
        self.index = index;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;

    fn seeded(n: u64) -> Mt19937 {
        Mt19937::from_int_seed(&BigUint::from(n))
    }

    fn hexf(s: &str) -> f64 {
        // Parses CPython's float.hex() output ("0x1.aa9e665dc8a18p-2" / "-0x1.5p+0").
        let (neg, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let body = body.strip_prefix("0x").expect("hex prefix");
        let (mant, exp) = body.split_once('p').expect("exponent");
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let mut m = u64::from_str_radix(int, 16).expect("int digits") as f64;
        let mut scale = 1.0 / 16.0;
        for c in frac.chars() {
            m += c.to_digit(16).expect("frac digit") as f64 * scale;
            scale /= 16.0;
        }
        let e: i32 = exp.parse().expect("exp");
        let v = m * 2f64.powi(e);
        if neg {
            -v
        } else {
            v
        }
    }

    fn big(s: &str) -> BigUint {
        s.parse().expect("decimal")
    }

    #[test]
    fn random_after_seed_12345() {
        let want = [
            "0x1.aa9e665dc8a18p-2",
            "0x1.4d392d1f6f840p-7",
            "0x1.a68177b361de3p-1",
            "0x1.31cea56d752c4p-2",
            "0x1.7940e9f744b88p-2",
            "0x1.8c9e52452ec40p-3",
            "0x1.21cbd29beb2a9p-1",
            "0x1.4b22fc5f811c8p-3",
            "0x1.fcff45bf93c70p-4",
            "0x1.bb53a5216b65ap-2",
        ];
        let mut g = seeded(12345);
        for w in want {
            assert_eq!(g.random(), hexf(w));
        }
        let mut g = seeded(12345);
        let outs: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            outs,
            [1789368711, 3146859322, 43676229, 3522623596, 3544234957]
        );
    }

    #[test]
    fn getrandbits_sizes() {
        let mut g = seeded(12345);
        let want = [
            (1, "0"),
            (31, "1573429661"),
            (32, "43676229"),
            (33, "7817590892"),
            (64, "5508932873585391847"),
            (100, "311508076646916808838757374138"),
            (0, "0"),
            (65, "10441007794851070986"),
            (
                200,
                "899264436665716785638984743126535867388244189610460647284619",
            ),
        ];
        for (k, v) in want {
            assert_eq!(g.getrandbits(k), big(v), "getrandbits({})", k);
        }
        // The u64 fast path consumes and returns the same.
        let mut a = seeded(99);
        let mut b = seeded(99);
        for k in [0u32, 1, 5, 31, 32, 33, 47, 63, 64] {
            assert_eq!(BigUint::from(a.getrandbits_u64(k)), b.getrandbits(k as u64));
        }
    }

    #[test]
    fn randbelow_huge() {
        let mut g = seeded(12345);
        let n = big("1000000000000000000000000000000");
        let got: Vec<BigUint> = (0..3).map(|_| g.randbelow(&n)).collect();
        assert_eq!(
            got,
            [
                big("332256083118531044858259323495"),
                big("408951041752918591462038694213"),
                big("351213395122185593765149799508"),
            ]
        );
    }

    #[test]
    fn seeds_big_negative_zero() {
        let want = [
            "0x1.aa06d00a8c754p-2",
            "0x1.4e9b7ac47a1e8p-2",
            "0x1.1d03ed966b06bp-1",
        ];
        // 2**100 + 7; a negative seed uses the absolute value, so the caller passes
        // the same magnitude for -(2**100 + 7).
        let n = (BigUint::from(1u32) << 100u32) + BigUint::from(7u32);
        let mut g = Mt19937::from_int_seed(&n);
        for w in want {
            assert_eq!(g.random(), hexf(w));
        }
        let mut g = Mt19937::from_i64_seed(-5);
        let outs: Vec<u32> = (0..3).map(|_| g.next_u32()).collect();
        assert_eq!(outs, [2675342405, 1097127993, 3185950873]);
        let mut g = seeded(0);
        let outs: Vec<u32> = (0..3).map(|_| g.next_u32()).collect();
        assert_eq!(outs, [3626764237, 1654615998, 3255389356]);
        let mut g = Mt19937::from_i64_seed(1 << 32);
        let outs: Vec<u32> = (0..3).map(|_| g.next_u32()).collect();
        assert_eq!(outs, [485306839, 1508871100, 1794561286]);
        assert_eq!(
            Mt19937::from_i64_seed(1 << 32),
            Mt19937::from_int_seed(&BigUint::from(1u64 << 32))
        );
    }

    #[test]
    fn state_roundtrip() {
        let mut g = seeded(12345);
        let st = g.getstate();
        assert_eq!(st.index, 624);
        assert_eq!(
            st.words[..4],
            [2147483648, 2105189241, 1699489545, 1413744946]
        );
        let first: Vec<u32> = (0..700).map(|_| g.next_u32()).collect();
        let mid = g.getstate();
        let more: Vec<u32> = (0..10).map(|_| g.next_u32()).collect();
        let mut h = seeded(1);
        h.setstate(&st).expect("valid state");
        let again: Vec<u32> = (0..700).map(|_| h.next_u32()).collect();
        assert_eq!(first, again);
        h.setstate(&mid).expect("valid state");
        let again: Vec<u32> = (0..10).map(|_| h.next_u32()).collect();
        assert_eq!(more, again);
        let bad = MtState {
            words: vec![0; 3],
            index: 0,
        };
        assert!(h.setstate(&bad).is_err());
        let bad = MtState {
            words: vec![0; 624],
            index: 625,
        };
        assert!(h.setstate(&bad).is_err());
    }

    // The random.py algorithms from the module docs, written over the primitives.

    fn randrange(g: &mut Mt19937, start: i64, stop: i64, step: i64) -> i64 {
        let width = stop - start;
        if step == 1 {
            return start + g.randbelow_u64(width as u64) as i64;
        }
        let n = if step > 0 {
            (width + step - 1).div_euclid(step)
        } else {
            (width + step + 1).div_euclid(step)
        };
        start + step * g.randbelow_u64(n as u64) as i64
    }

    fn shuffle<T>(g: &mut Mt19937, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = g.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    fn sample(g: &mut Mt19937, population: &[u64], k: usize) -> Vec<u64> {
        let n = population.len();
        let mut setsize = 21usize;
        if k > 5 {
            let e = ((k * 3) as f64).log(4.0).ceil() as u32;
            setsize += 4usize.pow(e);
        }
        let mut result = Vec::with_capacity(k);
        if n <= setsize {
            let mut pool = population.to_vec();
            for i in 0..k {
                let j = g.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut chosen = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = g.randbelow_u64(n as u64);
                while chosen.contains(&j) {
                    j = g.randbelow_u64(n as u64);
                }
                chosen.insert(j);
                result.push(population[j as usize]);
            }
        }
        result
    }

    #[test]
    fn random_py_algorithms_match_cpython() {
        let mut g = seeded(42);
        let mut x: Vec<u64> = (0..20).collect();
        shuffle(&mut g, &mut x);
        assert_eq!(
            x,
            [19, 5, 14, 4, 9, 13, 15, 18, 6, 12, 17, 10, 1, 11, 2, 16, 7, 8, 0, 3]
        );
        let r100: Vec<u64> = (0..100).collect();
        assert_eq!(sample(&mut g, &r100, 5), [71, 25, 91, 83, 89]);
        let r20: Vec<u64> = (0..20).collect();
        assert_eq!(sample(&mut g, &r20, 5), [17, 13, 7, 14, 8]);
        let r10000: Vec<u64> = (0..10000).collect();
        assert_eq!(
            sample(&mut g, &r10000, 50),
            [
                106, 2615, 6924, 5574, 4552, 2547, 3527, 5514, 1674, 1519, 6224, 1584, 5881, 5635,
                9891, 4333, 711, 7527, 8785, 2045, 6201, 1291, 9044, 4803, 5925, 9459, 3150, 1139,
                750, 3733, 4741, 1307, 3814, 1654, 6227, 4554, 7428, 5977, 2664, 6065, 5820, 3432,
                4374, 1169, 9980, 2803, 8751, 4010, 2677, 7573
            ]
        );
        let letters = b"abcdefg";
        let picks: String = (0..10)
            .map(|_| letters[g.randbelow_u64(letters.len() as u64) as usize] as char)
            .collect();
        assert_eq!(picks, "dcffebfcgg");
        let dice: Vec<i64> = (0..20).map(|_| randrange(&mut g, 1, 7, 1)).collect();
        assert_eq!(
            dice,
            [1, 2, 1, 3, 4, 3, 1, 2, 5, 6, 3, 2, 6, 4, 4, 6, 4, 2, 3, 2]
        );
        let mut steps: Vec<i64> = (0..5).map(|_| randrange(&mut g, 3, 100, 7)).collect();
        steps.extend((0..5).map(|_| randrange(&mut g, 50, -50, -3)));
        assert_eq!(steps, [24, 80, 59, 59, 31, -31, -25, -19, 8, 26]);
        for w in [
            "0x1.ef3df84ab402cp+1",
            "-0x1.5d170271afe84p+0",
            "-0x1.e93a43e78f0fep+0",
        ] {
            let (a, b) = (-2.5, 10.0);
            assert_eq!(a + (b - a) * g.random(), hexf(w));
        }
        let mut gauss_next: Option<f64> = None;
        for w in [
            "0x1.95b197f6e8ec3p+1",
            "0x1.64b2ed224acc2p+1",
            "0x1.8c2187bd9e506p+0",
            "-0x1.059a7de2c00f0p+0",
            "0x1.6744428ccbf57p+1",
        ] {
            let z = match gauss_next.take() {
                Some(z) => z,
                None => {
                    let x2pi = g.random() * std::f64::consts::TAU;
                    let g2rad = (-2.0 * (1.0 - g.random()).ln()).sqrt();
                    gauss_next = Some(x2pi.sin() * g2rad);
                    x2pi.cos() * g2rad
                }
            };
            assert_eq!(1.0 + z * 2.0, hexf(w));
        }
        let plain: Vec<u64> = (0..5).map(|_| (g.random() * 10.0).floor() as u64).collect();
        assert_eq!(plain, [9, 5, 9, 8, 0]);
        let cum = [1.0, 3.0, 6.0, 10.0];
        let weighted: Vec<usize> = (0..5)
            .map(|_| {
                let t = g.random() * 10.0;
                // bisect_right over cum[..3] (hi = n - 1)
                cum[..3].iter().take_while(|&&c| c <= t).count()
            })
            .collect();
        assert_eq!(weighted, [3, 3, 2, 1, 3]);
        for w in [
            "0x1.42fb42e6d42b5p-4",
            "0x1.857892f033b41p-2",
            "0x1.9cc2d223707dbp-2",
        ] {
            assert_eq!(-(1.0 - g.random()).ln() / 1.5, hexf(w));
        }
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        for w in [
            "-0x1.a0247268d78dfp-1",
            "0x1.cfe4110c4654cp-1",
            "0x1.381d7a2397bf7p-1",
        ] {
            let z = loop {
                let u1 = g.random();
                let u2 = 1.0 - g.random();
                let z = magic * (u1 - 0.5) / u2;
                if z * z / 4.0 <= -u2.ln() {
                    break z;
                }
            };
            assert_eq!(0.0 + z * 1.0, hexf(w));
        }
        let bytes = g.getrandbits(56).to_bytes_le();
        let mut padded = bytes.clone();
        padded.resize(7, 0);
        assert_eq!(padded, [125, 121, 32, 39, 209, 184, 95]);
        assert_eq!(g.next_u32(), 3274958945);
    }
}
