//! `_random`: the native core of `random` (stdlib/random.py builds the
//! distributions on top, in weft, following CPython's algorithms).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use super::args;
use super::modules::make_module;
use super::random_mt::{Mt19937, MtState};
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(vm, "_random", &[("sha512", sha512_digest)]);
    let n = vm.intern("Random");
    let object = vm.types.object.clone();
    // Not `builtin`, so random.Random can subclass it.
    let c = new_class(
        n,
        vec![object.clone()],
        Rc::new(DictObj::new()),
        Layout::Object,
        false,
    )
    .unwrap_or(object);
    super::add_methods(
        vm,
        &c,
        "Random",
        BuiltinKind::StaticMethod,
        &[("__new__", random_new)],
    );
    super::add_methods(
        vm,
        &c,
        "Random",
        BuiltinKind::Method,
        &[
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
            ("_randbelow", randbelow),
            ("getstate", getstate),
            ("setstate", setstate),
        ],
    );
    super::set_class_attr(vm, &c, "__module__", Value::str("_random"));
    m.dict.set_str_text("Random", Value::Class(c));
    Ok(Value::Module(m))
}

fn os_seed() -> Mt19937 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let salt = &t as *const u128 as usize as u128;
    let mix = t ^ (salt << 17) ^ (std::process::id() as u128) << 64;
    let words: Vec<u32> = (0..4).map(|i| (mix >> (32 * i)) as u32).collect();
    Mt19937::from_u32_key(&words)
}

fn random_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("Random.__new__(X): X is not a type object")),
    };
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Random(Box::new(RefCell::new(os_seed()))),
        dict: Some(Rc::new(DictObj::new())),
    })))
}

fn gen<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<&'a RefCell<Mt19937>> {
    if let Some(Value::Native(n)) = a.first() {
        if let NativeData::Random(g) = &n.data {
            return Ok(g);
        }
    }
    Err(vm.type_error("descriptor requires a '_random.Random' object"))
}

/// Seeds as CPython's random_seed does for int-like values: the absolute
/// value's 32-bit words. str/bytes seeds are the caller's job (random.py
/// turns them into ints first).
fn seed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen(vm, a)?;
    args::check(vm, "seed", &a[1..], 0, 1)?;
    let new = match a.get(1) {
        None | Some(Value::None) => os_seed(),
        Some(Value::Int(i)) => Mt19937::from_int_seed(&BigUint::from(i.unsigned_abs())),
        Some(Value::Bool(b)) => Mt19937::from_int_seed(&BigUint::from(*b as u64)),
        Some(Value::BigInt(b)) => Mt19937::from_int_seed(b.magnitude()),
        Some(other) => {
            let h = vm.hash(other)?;
            Mt19937::from_int_seed(&BigUint::from(h.unsigned_abs()))
        }
    };
    *g.borrow_mut() = new;
    Ok(Value::None)
}

fn random(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen(vm, a)?;
    let r = g.borrow_mut().random();
    Ok(Value::Float(r))
}

fn getrandbits(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen(vm, a)?;
    args::check(vm, "getrandbits", &a[1..], 1, 1)?;
    let k = vm.to_index(&a[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > (1 << 32) {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exception(&c, vec![]));
    }
    let r = g.borrow_mut().getrandbits(k as u64);
    Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

fn randbelow(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen(vm, a)?;
    args::check(vm, "_randbelow", &a[1..], 1, 1)?;
    let n = vm.to_bigint(&a[1])?;
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    if let Some(small) = n.to_u64() {
        let r = g.borrow_mut().randbelow_u64(small);
        return Ok(Value::from_bigint(BigInt::from(r)));
    }
    let r = g.borrow_mut().randbelow(n.magnitude());
    Ok(Value::from_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

fn getstate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen(vm, a)?;
    let st = g.borrow().getstate();
    let mut items: Vec<Value> = st.words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(st.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen(vm, a)?;
    args::check(vm, "setstate", &a[1..], 1, 1)?;
    let Value::Tuple(t) = &a[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.len() != 625 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(624);
    for v in t.iter() {
        let b = vm.to_bigint(v)?;
        if b.is_negative() || b > BigInt::from(u32::MAX) {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        }
        words.push(b.to_u32().unwrap_or(0));
    }
    let index = words.pop().unwrap_or(624);
    let st = MtState { words, index };
    let r = g.borrow_mut().setstate(&st);
    if let Err(m) = r {
        return Err(vm.value_error(m));
    }
    Ok(Value::None)
}

/// SHA-512 (FIPS 180-4), for seeding from str and bytes as CPython does.
fn sha512(msg: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut data = msg.to_vec();
    let bit_len = (msg.len() as u128).wrapping_mul(8);
    data.push(0x80);
    while data.len() % 128 != 112 {
        data.push(0);
    }
    data.extend_from_slice(&bit_len.to_be_bytes());
    for block in data.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, word) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(word);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

/// `_random.sha512(data)`: the digest as bytes.
fn sha512_digest(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "sha512", a, 1, 1)?;
    let Value::Bytes(b) = &a[0] else {
        return Err(vm.type_error("sha512() argument must be bytes"));
    };
    let d = sha512(b.as_bytes());
    Ok(Value::Bytes(Rc::new(crate::objects::BytesObj::new(
        d.to_vec(),
    ))))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha512_known_vectors() {
        let hex = |d: [u8; 64]| d.iter().map(|b| format!("{:02x}", b)).collect::<String>();
        assert_eq!(
            hex(super::sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(super::sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
    }
}
