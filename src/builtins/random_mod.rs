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
    let m = make_module(vm, "_random", &[]);
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
        class: cls,
        data: NativeData::Random(RefCell::new(os_seed())),
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
