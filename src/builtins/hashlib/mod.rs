//! `_hashlib`: the hash objects behind `hashlib` and `hmac` (md5, sha1,
//! the sha2 and sha3 families, shake, blake2), `pbkdf2_hmac` and
//! `compare_digest`. The Python-facing module is `stdlib/hashlib.py`.

mod state;

use std::cell::RefCell;
use std::rc::Rc;

pub use state::HashState;
use state::{BlakeParams, AVAILABLE_EXTRA, GUARANTEED};

use super::args;
use super::modules::make_module;
use crate::objects::bytearray::with_bytes_like;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{BytesObj, ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Bytes hashed per unit of instruction budget charged.
const BYTES_PER_TICK: usize = 64;

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_hashlib",
        &[
            ("new", new),
            ("openssl_md5", openssl_md5),
            ("openssl_sha1", openssl_sha1),
            ("openssl_sha224", openssl_sha224),
            ("openssl_sha256", openssl_sha256),
            ("openssl_sha384", openssl_sha384),
            ("openssl_sha512", openssl_sha512),
            ("openssl_sha3_224", openssl_sha3_224),
            ("openssl_sha3_256", openssl_sha3_256),
            ("openssl_sha3_384", openssl_sha3_384),
            ("openssl_sha3_512", openssl_sha3_512),
            ("openssl_shake_128", openssl_shake_128),
            ("openssl_shake_256", openssl_shake_256),
            ("pbkdf2_hmac", pbkdf2_hmac),
            ("hmac_digest", hmac_digest),
            ("compare_digest", compare_digest),
        ],
    );
    for kind in [Kind::Hash, Kind::Xof, Kind::Blake2b, Kind::Blake2s] {
        let c = class_of(vm, kind);
        m.dict.set_str_text(kind.name(), Value::Class(c));
    }
    let names = |list: &[&str]| Value::tuple(list.iter().map(|s| Value::str(s)).collect());
    let e = unsupported_digestmod_class(vm);
    m.dict
        .set_str_text("UnsupportedDigestmodError", Value::Class(e));
    m.dict.set_str_text("_guaranteed", names(GUARANTEED));
    m.dict
        .set_str_text("_available_extra", names(AVAILABLE_EXTRA));
    Ok(Value::Module(m))
}

/// The four classes hash objects come in.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Hash,
    Xof,
    Blake2b,
    Blake2s,
}

impl Kind {
    fn of(s: &HashState) -> Kind {
        match s {
            HashState::Shake128(_) | HashState::Shake256(_) => Kind::Xof,
            HashState::Blake2b(_) => Kind::Blake2b,
            HashState::Blake2s(_) => Kind::Blake2s,
            HashState::Fixed(_) => Kind::Hash,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Hash => "HASH",
            Kind::Xof => "HASHXOF",
            Kind::Blake2b => "blake2b",
            Kind::Blake2s => "blake2s",
        }
    }

    fn module(self) -> &'static str {
        match self {
            Kind::Hash | Kind::Xof => "_hashlib",
            Kind::Blake2b | Kind::Blake2s => "_blake2",
        }
    }

    fn cache_key(self) -> &'static str {
        match self {
            Kind::Hash => "_hashlib.HASH",
            Kind::Xof => "_hashlib.HASHXOF",
            Kind::Blake2b => "_blake2.blake2b",
            Kind::Blake2s => "_blake2.blake2s",
        }
    }
}

/// The class for `kind`, made once per VM and kept with the other lazily
/// made classes (so snapshots can name it).
fn class_of(vm: &mut Vm, kind: Kind) -> Rc<ClassObj> {
    if let Some(c) = vm.types.iterators.borrow().get(kind.cache_key()) {
        return c.clone();
    }
    let object = vm.types.object.clone();
    let base = if kind == Kind::Xof {
        class_of(vm, Kind::Hash)
    } else {
        object.clone()
    };
    let name = vm.intern(kind.name());
    let c = new_class(
        name,
        vec![base],
        Rc::new(DictObj::new()),
        Layout::Other,
        true,
    )
    .unwrap_or(object);
    super::set_class_attr(vm, &c, "__module__", Value::str(kind.module()));
    let owner = kind.name();
    match kind {
        Kind::Blake2b | Kind::Blake2s => {
            let new_fn: crate::objects::NativeFn = if kind == Kind::Blake2b {
                blake2b_new
            } else {
                blake2s_new
            };
            super::add_methods(
                vm,
                &c,
                owner,
                BuiltinKind::StaticMethod,
                &[("__new__", new_fn)],
            );
            let (salt, key, digest) = if kind == Kind::Blake2b {
                (16, 64, 64)
            } else {
                (8, 32, 32)
            };
            for (n, v) in [
                ("SALT_SIZE", salt),
                ("PERSON_SIZE", salt),
                ("MAX_KEY_SIZE", key),
                ("MAX_DIGEST_SIZE", digest),
            ] {
                super::set_class_attr(vm, &c, n, Value::Int(v));
            }
        }
        _ => {
            super::add_methods(
                vm,
                &c,
                owner,
                BuiltinKind::StaticMethod,
                &[("__new__", no_new)],
            );
        }
    }
    super::add_methods(
        vm,
        &c,
        owner,
        BuiltinKind::Method,
        &[
            ("update", update),
            ("digest", digest),
            ("hexdigest", hexdigest),
            ("copy", copy),
            ("__repr__", repr),
        ],
    );
    for (n, f) in [
        ("name", name_get as crate::objects::NativeFn),
        ("digest_size", digest_size_get),
        ("block_size", block_size_get),
    ] {
        let p = super::getter_property(vm, owner, n, f);
        super::set_class_attr(vm, &c, n, p);
    }
    vm.types
        .iterators
        .borrow_mut()
        .insert(kind.cache_key(), c.clone());
    c
}

fn hash_value(vm: &mut Vm, cls: Rc<ClassObj>, s: HashState) -> Value {
    let _ = vm;
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Hash(RefCell::new(Box::new(s))),
        dict: None,
    }))
}

fn new_hash(vm: &mut Vm, s: HashState) -> Value {
    let cls = class_of(vm, Kind::of(&s));
    hash_value(vm, cls, s)
}

fn state_of<'a>(vm: &mut Vm, a: &'a [Value], what: &str) -> PyResult<&'a RefCell<Box<HashState>>> {
    if let Some(Value::Native(n)) = a.first() {
        if let NativeData::Hash(s) = &n.data {
            return Ok(s);
        }
    }
    Err(vm.type_error(format!("descriptor '{}' requires a hash object", what)))
}

/// Feed a bytes-like `data` to `s`, charging the budget for its length.
/// A str is refused as CPython refuses it.
fn feed(vm: &mut Vm, s: &RefCell<Box<HashState>>, data: &Value) -> PyResult<()> {
    if matches!(data, Value::Str(_)) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    if let Value::Instance(i) = data {
        if matches!(i.base.borrow().as_ref(), Some(Value::Str(_))) {
            return Err(vm.type_error("Strings must be encoded before hashing"));
        }
    }
    let n = with_bytes_like(data, |b| {
        s.borrow_mut().update(b);
        b.len()
    });
    match n {
        Some(n) => vm.charge_native(n / BYTES_PER_TICK + 1),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// Reads `(string=b'', *, usedforsecurity=True)` as the constructors do.
fn initial_data(vm: &mut Vm, fname: &str, a: &[Value], kw: KwArgs) -> PyResult<Option<Value>> {
    args::only_kwargs(vm, fname, kw, &["string", "usedforsecurity"])?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{}() takes at most 1 positional argument ({} given)",
            fname,
            a.len()
        )));
    }
    let kw_data = args::kwarg(kw, "string");
    if a.len() == 1 && kw_data.is_some() {
        return Err(vm.type_error(format!(
            "argument for {}() given by name ('string') and position (1)",
            fname
        )));
    }
    Ok(a.first().cloned().or(kw_data))
}

fn construct(vm: &mut Vm, fname: &str, algo: &str, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = initial_data(vm, fname, a, kw)?;
    let Some(s) = HashState::by_name(algo) else {
        return Err(unsupported(vm, algo));
    };
    let v = new_hash(vm, s);
    if let (Some(d), Value::Native(n)) = (data, &v) {
        if let NativeData::Hash(s) = &n.data {
            feed(vm, s, &d)?;
        }
    }
    Ok(v)
}

/// `_hashlib.UnsupportedDigestmodError` (a ValueError), made once per VM.
fn unsupported_digestmod_class(vm: &mut Vm) -> Rc<ClassObj> {
    let base = vm.types.value_error.clone();
    super::module_exception_class(vm, "_hashlib.UnsupportedDigestmodError", base)
}

fn unsupported(vm: &mut Vm, name: &str) -> PyErr {
    vm.value_error(format!("unsupported hash type {}", name))
}

macro_rules! constructors {
    ($($f:ident => $algo:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
            construct(vm, stringify!($f), $algo, a, kw)
        })*
    };
}

constructors! {
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256",
}

/// The canonical name for what `hashlib.new` is given: CPython (through
/// OpenSSL) also takes upper case and the dashed sha3/sha512 spellings.
fn canonical(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    match lower.as_str() {
        "sha3-224" | "sha3-256" | "sha3-384" | "sha3-512" | "sha512-224" | "sha512-256" => {
            lower.replace('-', "_")
        }
        _ => lower,
    }
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`.
fn new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name = match a.first().cloned().or_else(|| args::kwarg(kw, "name")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(vm.type_error("name must be a string")),
        None => return Err(vm.type_error("new() missing required argument 'name' (pos 1)")),
    };
    let rest: Vec<(Rc<crate::objects::StrObj>, Value)> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != "name")
        .cloned()
        .collect();
    let algo = canonical(&name);
    if HashState::by_name(&algo).is_none() || algo.starts_with("blake2") {
        return Err(unsupported(vm, &name));
    }
    construct(vm, "new", &algo, a.get(1..).unwrap_or(&[]), &rest)
}

fn no_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Class(c)) => c.name().as_str().to_string(),
        _ => "HASH".to_string(),
    };
    Err(vm.type_error(format!("cannot create '_hashlib.{}' instances", name)))
}

fn update(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state_of(vm, a, "update")?;
    args::check(vm, "update", &a[1..], 1, 1)?;
    feed(vm, s, &a[1])?;
    Ok(Value::None)
}

/// The digest, with a SHAKE's length read from the arguments.
fn digest_bytes(vm: &mut Vm, a: &[Value], kw: KwArgs, fname: &str) -> PyResult<Vec<u8>> {
    let s = state_of(vm, a, fname)?;
    let xof = s.borrow().is_xof();
    if !xof {
        args::check(vm, fname, &a[1..], 0, 0)?;
        return Ok(s.borrow().digest(0));
    }
    let len = match args::arg_or_kw(&a[1..], 0, kw, "length") {
        Some(v) => vm.to_index(&v)?,
        None => {
            return Err(vm.type_error(format!(
                "{}() missing required argument 'length' (pos 1)",
                fname
            )))
        }
    };
    if len < 0 {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exception(&c, vec![]));
    }
    let len = len as usize;
    if len >= 1 << 29 {
        return Err(vm.value_error("length is too large"));
    }
    vm.charge_native(len / BYTES_PER_TICK + 1)?;
    let out = s.borrow().digest(len);
    Ok(out)
}

fn digest(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = digest_bytes(vm, a, kw, "digest")?;
    Ok(Value::Bytes(Rc::new(BytesObj::new(d))))
}

pub fn hex_of(d: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

fn hexdigest(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = digest_bytes(vm, a, kw, "hexdigest")?;
    Ok(Value::str(&hex_of(&d)))
}

fn copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state_of(vm, a, "copy")?;
    let dup = (**s.borrow()).clone();
    let Some(Value::Native(n)) = a.first() else {
        unreachable!("state_of checked self")
    };
    let cls = n.class.clone();
    Ok(hash_value(vm, cls, dup))
}

fn repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state_of(vm, a, "__repr__")?;
    let kind = Kind::of(&s.borrow());
    let addr = crate::vm::protocol::addr(&a[0]);
    let text = match kind {
        Kind::Hash | Kind::Xof => format!(
            "<{} _hashlib.{} object @ {}>",
            s.borrow().name(),
            kind.name(),
            addr
        ),
        _ => format!("<_blake2.{} object at {}>", kind.name(), addr),
    };
    Ok(Value::str(&text))
}

fn name_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state_of(vm, a, "name")?;
    let n = s.borrow().name();
    Ok(Value::str(n))
}

fn digest_size_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state_of(vm, a, "digest_size")?;
    let n = s.borrow().digest_size();
    Ok(Value::Int(n as i64))
}

fn block_size_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state_of(vm, a, "block_size")?;
    let n = s.borrow().block_size();
    Ok(Value::Int(n as i64))
}

// ---------------------------------------------------------------- blake2

fn blake2b_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    blake_new(vm, a, kw, Kind::Blake2b)
}

fn blake2s_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    blake_new(vm, a, kw, Kind::Blake2s)
}

/// The bytes of a keyword parameter (key, salt, person).
fn param_bytes(vm: &mut Vm, kw: KwArgs, name: &str) -> PyResult<Vec<u8>> {
    match args::kwarg(kw, name) {
        None => Ok(Vec::new()),
        Some(v) => buffer_arg(vm, &v),
    }
}

/// `blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
/// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
/// inner_size=0, last_node=False, usedforsecurity=True)`.
fn blake_new(vm: &mut Vm, a: &[Value], kw: KwArgs, kind: Kind) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "{}.__new__(X): X is not a type object",
                kind.name()
            )))
        }
    };
    let fname = kind.name();
    args::only_kwargs(
        vm,
        fname,
        kw,
        &[
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
        ],
    )?;
    let pos = &a[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{}() takes at most 1 positional argument ({} given)",
            fname,
            pos.len()
        )));
    }
    let max = if kind == Kind::Blake2b { 64 } else { 32 };
    let half = max / 4;
    let digest_size = match args::kwarg(kw, "digest_size") {
        Some(v) => vm.to_index(&v)?,
        None => max as i64,
    };
    if !(1..=max as i64).contains(&digest_size) {
        return Err(vm.value_error(format!("digest_size must be between 1 and {} bytes", max)));
    }
    let key = param_bytes(vm, kw, "key")?;
    if key.len() > max {
        return Err(vm.value_error(format!("maximum key length is {} bytes", max)));
    }
    let salt = param_bytes(vm, kw, "salt")?;
    if salt.len() > half {
        return Err(vm.value_error(format!("maximum salt length is {} bytes", half)));
    }
    let person = param_bytes(vm, kw, "person")?;
    if person.len() > half {
        return Err(vm.value_error(format!("maximum person length is {} bytes", half)));
    }
    // Tree hashing is not offered by the BLAKE2 crate: refuse it rather
    // than hash as if the parameters were the defaults.
    for (name, default) in [
        ("fanout", 1),
        ("depth", 1),
        ("leaf_size", 0),
        ("node_offset", 0),
        ("node_depth", 0),
        ("inner_size", 0),
    ] {
        if let Some(v) = args::kwarg(kw, name) {
            if vm.to_index(&v)? != default {
                let c = vm.types.not_implemented_error.clone();
                return Err(vm.new_error(
                    &c,
                    format!(
                        "{}: tree hashing parameter '{}' is not supported",
                        fname, name
                    ),
                ));
            }
        }
    }
    if let Some(v) = args::kwarg(kw, "last_node") {
        if vm.is_true(&v)? {
            let c = vm.types.not_implemented_error.clone();
            return Err(vm.new_error(
                &c,
                format!(
                    "{}: tree hashing parameter 'last_node' is not supported",
                    fname
                ),
            ));
        }
    }
    let p = BlakeParams {
        digest_size: digest_size as usize,
        key: &key,
        salt: &salt,
        person: &person,
    };
    let s = if kind == Kind::Blake2b {
        HashState::blake2b(&p)
    } else {
        HashState::blake2s(&p)
    };
    let v = hash_value(vm, cls, s);
    let data = pos.first().cloned();
    if let (Some(d), Value::Native(n)) = (data, &v) {
        if let NativeData::Hash(s) = &n.data {
            feed(vm, s, &d)?;
        }
    }
    Ok(v)
}

// ---------------------------------------------------------------- hmac

/// The inner and outer states of HMAC with `key` over `base`.
fn hmac_states(base: &HashState, key: &[u8]) -> (HashState, HashState) {
    let block = base.block_size();
    let mut k: Vec<u8> = if key.len() > block {
        let mut h = base.clone();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner = base.clone();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = base.clone();
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn hmac_finish(inner: &HashState, outer: &HashState) -> Vec<u8> {
    let mut o = outer.clone();
    o.update(&inner.digest(0));
    o.digest(0)
}

fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::objects::bytearray::bytes_like(v) {
        Some(b) => Ok(b),
        None => Err(bytes_required(vm, v)),
    }
}

/// An algorithm for HMAC, by name; SHAKE has no fixed digest.
fn hmac_base(vm: &mut Vm, v: &Value) -> PyResult<HashState> {
    let name = match v {
        Value::Str(s) => s.as_str().to_string(),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("digest name must be str, not {}", t)));
        }
    };
    match HashState::by_name(&canonical(&name)) {
        Some(s) if !s.is_xof() => Ok(s),
        _ => Err(unsupported(vm, &name)),
    }
}

/// `_hashlib.hmac_digest(key, msg, digest)`: one-shot HMAC by name.
fn hmac_digest(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "hmac_digest", a, 3, 3)?;
    let key = buffer_arg(vm, &a[0])?;
    let msg = buffer_arg(vm, &a[1])?;
    let base = hmac_base(vm, &a[2])?;
    vm.charge_native(msg.len() / BYTES_PER_TICK + 1)?;
    let (mut inner, outer) = hmac_states(&base, &key);
    inner.update(&msg);
    Ok(Value::Bytes(Rc::new(BytesObj::new(hmac_finish(
        &inner, &outer,
    )))))
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(
        vm,
        "pbkdf2_hmac",
        kw,
        &["hash_name", "password", "salt", "iterations", "dklen"],
    )?;
    let names = ["hash_name", "password", "salt", "iterations", "dklen"];
    let mut v: Vec<Option<Value>> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        v.push(args::arg_or_kw(a, i, kw, n));
    }
    for (i, n) in names.iter().enumerate().take(4) {
        if v[i].is_none() {
            return Err(vm.type_error(format!(
                "pbkdf2_hmac() missing required argument '{}' (pos {})",
                n,
                i + 1
            )));
        }
    }
    let base = match v[0].as_ref() {
        Some(Value::Str(s)) => match HashState::by_name(&canonical(s.as_str())) {
            Some(h) if !h.is_xof() => h,
            _ => {
                let c = unsupported_digestmod_class(vm);
                return Err(vm.new_error(&c, "[digital envelope routines] unsupported"));
            }
        },
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!(
                "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
                t
            )));
        }
        None => unreachable!("checked above"),
    };
    let password = buffer_arg(vm, v[1].as_ref().expect("checked"))?;
    let salt = buffer_arg(vm, v[2].as_ref().expect("checked"))?;
    let iterations = vm.to_index(v[3].as_ref().expect("checked"))?;
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    if iterations > u32::MAX as i64 {
        let c = vm.types.overflow_error.clone();
        return Err(vm.new_error(&c, "iteration value is too great."));
    }
    let hlen = base.digest_size();
    let dklen = match v[4].as_ref() {
        None | Some(Value::None) => hlen as i64,
        Some(d) => vm.to_index(d)?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        let c = vm.types.overflow_error.clone();
        return Err(vm.new_error(&c, "key length is too great."));
    }
    let dklen = dklen as usize;
    let (inner, outer) = hmac_states(&base, &password);
    let blocks = dklen.div_ceil(hlen);
    let mut out = vm.try_vec::<u8>(dklen)?;
    for block in 1..=blocks as u32 {
        let mut h = inner.clone();
        h.update(&salt);
        h.update(&block.to_be_bytes());
        let mut u = hmac_finish(&h, &outer);
        let mut t = u.clone();
        for _ in 1..iterations {
            vm.charge_native(4)?;
            let mut h = inner.clone();
            h.update(&u);
            u = hmac_finish(&h, &outer);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
    }
    out.truncate(dklen);
    Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
}

/// `compare_digest(a, b)`: equality whose time depends on the length only.
/// Two strs (ASCII only) or two bytes-like objects.
fn compare_digest(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "compare_digest", a, 2, 2)?;
    let (x, y) = match (&a[0], &a[1]) {
        (Value::Str(p), Value::Str(q)) => {
            if !p.as_str().is_ascii() || !q.as_str().is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (
                p.as_str().as_bytes().to_vec(),
                q.as_str().as_bytes().to_vec(),
            )
        }
        (p, q) => {
            let bp = crate::objects::bytearray::bytes_like(p);
            let bq = crate::objects::bytearray::bytes_like(q);
            match (bp, bq) {
                (Some(x), Some(y)) => (x, y),
                (None, None) => {
                    let (t0, t1) = (vm.type_name(p), vm.type_name(q));
                    return Err(vm.type_error(format!(
                        "unsupported operand types(s) or combination of types: '{}' and '{}'",
                        t0, t1
                    )));
                }
                (None, _) => return Err(bytes_required(vm, p)),
                (_, None) => return Err(bytes_required(vm, q)),
            }
        }
    };
    let mut diff = (x.len() != y.len()) as u8;
    let other = if x.len() == y.len() { &y } else { &x };
    for (p, q) in x.iter().zip(other) {
        diff |= p ^ q;
    }
    Ok(Value::Bool(diff == 0))
}

fn bytes_required(vm: &mut Vm, v: &Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("a bytes-like object is required, not '{}'", t))
}
