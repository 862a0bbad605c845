//! `bytearray`: the mutable byte string. The read-only methods run the
//! `bytes` ones on a copy and turn the bytes they return into bytearrays;
//! the mutating ones are here. Memoryviews over a bytearray count as
//! exports, which forbid resizing while they live.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::{BytesObj, ClassObj, NativeData, NativeObj, Value};
use crate::builtins::{add_methods, args, set_class_attr};
use crate::bytecode::CmpOp;
use crate::vm::{PyResult, Vm};

#[derive(Default)]
pub struct ByteArrayData {
    pub data: RefCell<Vec<u8>>,
    /// Live memoryviews over this array.
    pub exports: Cell<usize>,
}

/// The bytearray behind a value, if it is one.
pub fn data_of(v: &Value) -> Option<&ByteArrayData> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The growable buffer behind a bytearray or an array (what a memoryview
/// windows and counts its export on).
pub fn buffer_of(v: &Value) -> Option<&ByteArrayData> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => Some(b),
            NativeData::Array(a) => Some(&a.buf),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.as_bytes().to_vec()),
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => Some(b.data.borrow().clone()),
            NativeData::MemoryView(m) => m.to_bytes(),
            NativeData::Array(a) => Some(a.buf.data.borrow().clone()),
            _ => None,
        },
        Value::Instance(i) => i.base.borrow().as_ref().and_then(bytes_like),
        _ => None,
    }
}

/// Run `f` on the bytes of any bytes-like object, borrowing them where the
/// object holds them whole (bytes, bytearray) rather than copying.
pub fn with_bytes_like<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v {
        Value::Bytes(b) => Some(f(b.as_bytes())),
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => Some(f(&b.data.borrow())),
            NativeData::Array(a) => Some(f(&a.buf.data.borrow())),
            _ => bytes_like(v).map(|b| f(&b)),
        },
        _ => bytes_like(v).map(|b| f(&b)),
    }
}

pub fn new_value(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: vm.types.bytearray.clone(),
        data: NativeData::ByteArray(ByteArrayData {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }),
        dict: None,
    }))
}

fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a ByteArrayData> {
    match args.first().and_then(data_of) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "descriptor '{}' requires a 'bytearray' object",
            name
        ))),
    }
}

fn check_resize(vm: &mut Vm, b: &ByteArrayData) -> PyResult<()> {
    if b.exports.get() > 0 {
        return Err(vm.error_by_name(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.to_index(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// The bytes an iterable of ints or a bytes-like object stands for.
fn bytes_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(byte_value(vm, &it)?);
    }
    Ok(out)
}

/// `bytearray.__init__(source, encoding, errors)`: as in CPython, `__new__`
/// makes an empty array and `__init__` fills it (so subclasses may take
/// other arguments).
fn bytearray_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let me = this(vm, args, "__init__")?;
    let data = init_data(vm, args, kw)?;
    if me.data.borrow().len() != data.len() {
        check_resize(vm, me)?;
    }
    *me.data.borrow_mut() = data;
    Ok(Value::None)
}

fn init_data(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Vec<u8>> {
    let src = args::arg_or_kw(&args[1..], 0, kw, "source");
    let data = match &src {
        None => Vec::new(),
        Some(
            Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Bytes(_),
        ) => {
            let bc = Value::Class(vm.types.bytes.clone());
            let mut a = vec![bc];
            a.extend_from_slice(&args[1..]);
            match super::bytes::bytes_new(vm, &a, kw)? {
                Value::Bytes(b) => b.as_bytes().to_vec(),
                _ => Vec::new(),
            }
        }
        Some(v) => {
            if args::arg_or_kw(&args[1..], 1, kw, "encoding").is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            }
            if (matches!(v, Value::Float(_) | Value::Complex(_)) || !vm.is_iterable(v))
                && bytes_like(v).is_none()
            {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("cannot convert '{}' object to bytearray", tn)));
            }
            bytes_from_iterable(vm, v)?
        }
    };
    Ok(data)
}

fn bytearray_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = Vec::new();
    match args.first() {
        Some(Value::Class(c)) if !Rc::ptr_eq(c, &vm.types.bytearray) => {
            if !c.is_subclass(&vm.types.bytearray) {
                let n = c.name();
                return Err(vm.type_error(format!(
                    "bytearray.__new__({}): {} is not a subtype of bytearray",
                    n.as_str(),
                    n.as_str()
                )));
            }
            // A subclass instance: the same native data, its class, and
            // a dict for its attributes.
            let v = Value::Native(Rc::new(NativeObj {
                gc: Default::default(),
                class: c.clone(),
                data: NativeData::ByteArray(ByteArrayData {
                    data: RefCell::new(data),
                    exports: Cell::new(0),
                }),
                dict: Some(Rc::new(super::DictObj::new())),
            }));
            crate::gc::track(&v);
            Ok(v)
        }
        _ => Ok(new_value(vm, data)),
    }
}

/// Turn the bytes results of a delegated method into bytearrays.
fn back(vm: &Vm, v: Value) -> Value {
    match v {
        Value::Bytes(b) => new_value(vm, b.as_bytes().to_vec()),
        Value::List(l) => Value::list(l.to_vec().into_iter().map(|x| back(vm, x)).collect()),
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(|x| back(vm, x)).collect()),
        other => other,
    }
}

/// Bytes-like arguments as bytes, so the bytes methods accept them.
pub fn as_bytes_arg(v: &Value) -> Value {
    match v {
        Value::Native(_) => match bytes_like(v) {
            Some(b) => Value::Bytes(Rc::new(BytesObj::new(b))),
            None => v.clone(),
        },
        Value::Tuple(t) => Value::tuple(t.iter().map(as_bytes_arg).collect()),
        other => other.clone(),
    }
}

fn delegate(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<Value> {
    let me = this(vm, args, name)?;
    vm.charge_native(me.data.borrow().len() / 64)?;
    let copy = Value::Bytes(Rc::new(BytesObj::new(me.data.borrow().clone())));
    let rest: Vec<Value> = args[1..].iter().map(as_bytes_arg).collect();
    let n = vm.intern(name);
    let m = vm.get_attr(&copy, &n)?;
    let r = vm.call_with(m, rest.into_iter().collect(), kw.to_vec())?;
    Ok(back(vm, r))
}

macro_rules! delegated {
    ($($f:ident => $n:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            delegate(vm, args, kw, $n)
        })*
        const DELEGATED: &[(&str, super::NativeFn)] = &[$(($n, $f)),*];
    };
}

delegated! {
    d_decode => "decode", d_hex => "hex", d_split => "split", d_rsplit => "rsplit",
    d_strip => "strip", d_lstrip => "lstrip", d_rstrip => "rstrip", d_replace => "replace",
    d_startswith => "startswith", d_endswith => "endswith", d_find => "find",
    d_rfind => "rfind", d_index => "index", d_rindex => "rindex", d_count => "count",
    d_upper => "upper", d_lower => "lower", d_join => "join", d_partition => "partition",
    d_rpartition => "rpartition", d_splitlines => "splitlines", d_isdigit => "isdigit",
    d_isalpha => "isalpha", d_isalnum => "isalnum", d_isspace => "isspace",
    d_islower => "islower", d_isupper => "isupper", d_istitle => "istitle",
    d_isascii => "isascii", d_ljust => "ljust", d_rjust => "rjust", d_center => "center",
    d_capitalize => "capitalize", d_swapcase => "swapcase", d_title => "title",
    d_expandtabs => "expandtabs", d_zfill => "zfill", d_removeprefix => "removeprefix",
    d_removesuffix => "removesuffix", d_translate => "translate", d_mod => "__mod__",
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "append", &args[1..], 1, 1)?;
    let me = this(vm, args, "append")?;
    let b = byte_value(vm, &args[1])?;
    check_resize(vm, me)?;
    me.data.borrow_mut().push(b);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "extend", &args[1..], 1, 1)?;
    let me = this(vm, args, "extend")?;
    if !vm.is_iterable(&args[1]) && bytes_like(&args[1]).is_none() {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("can't extend bytearray with {}", tn)));
    }
    let add = bytes_from_iterable(vm, &args[1])?;
    check_resize(vm, me)?;
    vm.probe_alloc(me.data.borrow().len() + add.len())?;
    me.data.borrow_mut().extend_from_slice(&add);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "insert", &args[1..], 2, 2)?;
    let me = this(vm, args, "insert")?;
    if matches!(args[1], Value::BigInt(_)) {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    let i = vm.to_index(&args[1])?;
    let b = byte_value(vm, &args[2])?;
    check_resize(vm, me)?;
    let mut d = me.data.borrow_mut();
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "pop", &args[1..], 0, 1)?;
    let me = this(vm, args, "pop")?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let n = me.data.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resize(vm, me)?;
    let b = me.data.borrow_mut().remove(at as usize);
    Ok(Value::Int(b as i64))
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "remove", &args[1..], 1, 1)?;
    let me = this(vm, args, "remove")?;
    let b = byte_value(vm, &args[1])?;
    let pos = me.data.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            check_resize(vm, me)?;
            me.data.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "reverse", &args[1..], 0, 0)?;
    this(vm, args, "reverse")?.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "clear", &args[1..], 0, 0)?;
    let me = this(vm, args, "clear")?;
    check_resize(vm, me)?;
    me.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "copy", &args[1..], 0, 0)?;
    let d = this(vm, args, "copy")?.data.borrow().clone();
    Ok(new_value(vm, d))
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, args, "__len__")?.data.borrow().len() as i64
    ))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = this(vm, args, "__iter__")?.data.borrow().len();
    vm.charge_native(n / 8)?;
    let items: Vec<Value> = this(vm, args, "__iter__")?
        .data
        .borrow()
        .iter()
        .map(|&b| Value::Int(b as i64))
        .collect();
    vm.get_iter(&Value::list(items))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let me = this(vm, args, "__repr__")?;
    let inner = super::bytes::quoted_bytes(&me.data.borrow(), true);
    let name = match &args[0] {
        Value::Native(n) => n.class.name(),
        _ => vm.intern("bytearray"),
    };
    Ok(Value::string(format!("{}({})", name.as_str(), inner)))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__getitem__", &args[1..], 1, 1)?;
    let me = this(vm, args, "__getitem__")?;
    if let Value::Slice(s) = &args[1] {
        let n = me.data.borrow().len();
        let idx = vm.slice_indices(s, n)?;
        let out: Vec<u8> = {
            let d = me.data.borrow();
            idx.iter().map(|i| d[i]).collect()
        };
        return Ok(new_value(vm, out));
    }
    let n = me.data.borrow().len();
    match vm.seq_index(&args[1], n, "bytearray")? {
        Some(i) => Ok(Value::Int(me.data.borrow()[i] as i64)),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__setitem__", &args[1..], 2, 2)?;
    let me = this(vm, args, "__setitem__")?;
    let n = me.data.borrow().len();
    if let Value::Slice(s) = &args[1] {
        let v = &args[2];
        let new: Vec<u8> = if let Some(b) = bytes_like(v) {
            b
        } else if matches!(v, Value::Str(_)) || !vm.is_iterable(v) {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            bytes_from_iterable(vm, v)?
        };
        let idx = vm.slice_indices(s, n)?;
        vm.charge_native((n + new.len()) / 64)?;
        if idx.step == 1 {
            let start = idx.start.clamp(0, n as i64) as usize;
            let stop = idx.stop.max(idx.start).clamp(0, n as i64) as usize;
            if stop - start != new.len() {
                check_resize(vm, me)?;
            }
            me.data.borrow_mut().splice(start..stop, new);
            return Ok(Value::None);
        }
        if idx.len() != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                idx.len()
            )));
        }
        let mut d = me.data.borrow_mut();
        for (i, b) in idx.iter().zip(new) {
            d[i] = b;
        }
        return Ok(Value::None);
    }
    let at = vm.seq_index(&args[1], n, "bytearray")?;
    let b = byte_value(vm, &args[2])?;
    match at {
        Some(i) => {
            me.data.borrow_mut()[i] = b;
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__delitem__", &args[1..], 1, 1)?;
    let me = this(vm, args, "__delitem__")?;
    let n = me.data.borrow().len();
    if let Value::Slice(s) = &args[1] {
        let idx = vm.slice_indices(s, n)?;
        if idx.is_empty() {
            return Ok(Value::None);
        }
        vm.charge_native(n / 64)?;
        check_resize(vm, me)?;
        let mut drop_at = vec![false; n];
        for i in idx.iter() {
            drop_at[i] = true;
        }
        let mut k = 0;
        me.data.borrow_mut().retain(|_| {
            k += 1;
            !drop_at[k - 1]
        });
        return Ok(Value::None);
    }
    match vm.seq_index(&args[1], n, "bytearray")? {
        Some(i) => {
            check_resize(vm, me)?;
            me.data.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn contains(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let copy = Value::Bytes(Rc::new(BytesObj::new(
        this(vm, args, "__contains__")?.data.borrow().clone(),
    )));
    let _ = kw;
    let needle = as_bytes_arg(&args[1]);
    vm.contains(&copy, &needle).map(Value::Bool)
}

fn concat(vm: &mut Vm, a: &[u8], other: &Value, what: &str) -> PyResult<Vec<u8>> {
    match bytes_like(other) {
        Some(b) => {
            vm.charge_native((a.len() + b.len()) / 64)?;
            vm.probe_alloc(a.len() + b.len())?;
            let mut out = a.to_vec();
            out.extend_from_slice(&b);
            Ok(out)
        }
        None => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("can't concat {} to {}", tn, what)))
        }
    }
}

fn add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__add__", &args[1..], 1, 1)?;
    let d = this(vm, args, "__add__")?.data.borrow().clone();
    if bytes_like(&args[1]).is_none() && vm.has_user_class(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    let out = concat(vm, &d, &args[1], "bytearray")?;
    Ok(new_value(vm, out))
}

/// `bytes + bytearray` is bytes; a memoryview on the left has no `+`.
fn radd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__radd__", &args[1..], 1, 1)?;
    let d = this(vm, args, "__radd__")?.data.borrow().clone();
    match &args[1] {
        Value::Bytes(b) => {
            let out = concat(vm, b.as_bytes(), &args[0], "bytes")?;
            Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
        }
        _ => {
            let _ = d;
            Ok(Value::NotImplemented)
        }
    }
}

fn iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__iadd__", &args[1..], 1, 1)?;
    let me = this(vm, args, "__iadd__")?;
    let d = me.data.borrow().clone();
    let out = concat(vm, &d, &args[1], "bytearray")?;
    if out.len() != d.len() {
        check_resize(vm, me)?;
    }
    *me.data.borrow_mut() = out;
    Ok(args[0].clone())
}

fn repeat(vm: &mut Vm, d: &[u8], n: &Value) -> PyResult<Option<Vec<u8>>> {
    if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        let cls = vm.type_of(n);
        if cls.lookup(&vm.names.index).is_none() {
            return Ok(None);
        }
    }
    let k = vm.to_index(n)?.max(0) as usize;
    if k > 0 && d.len().checked_mul(k).is_none() {
        return Err(vm.error_by_name("MemoryError", ""));
    }
    Ok(Some(vm.repeat_bytes(d, k)?))
}

fn mul(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__mul__", &args[1..], 1, 1)?;
    let d = this(vm, args, "__mul__")?.data.borrow().clone();
    match repeat(vm, &d, &args[1])? {
        Some(out) => Ok(new_value(vm, out)),
        None if vm.has_user_class(&args[1]) => Ok(Value::NotImplemented),
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                tn
            )))
        }
    }
}

fn imul(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__imul__", &args[1..], 1, 1)?;
    let me = this(vm, args, "__imul__")?;
    let d = me.data.borrow().clone();
    match repeat(vm, &d, &args[1])? {
        Some(out) => {
            if out.len() != d.len() {
                check_resize(vm, me)?;
            }
            *me.data.borrow_mut() = out;
            Ok(args[0].clone())
        }
        None => {
            let tn = vm.type_name(&args[1]);
            Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                tn
            )))
        }
    }
}

fn rmod(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// Comparisons with any bytes-like object, by content.
pub fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (Some(a), Some(b)) = (bytes_like(&args[0]), bytes_like(&args[1])) else {
        return Ok(Value::NotImplemented);
    };
    let o = a.cmp(&b);
    Ok(Value::Bool(match op {
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Gt => o.is_gt(),
        _ => o.is_ge(),
    }))
}

macro_rules! cmp_fns {
    ($($f:ident => $op:expr),*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(vm, args, $op)
        })*
    };
}

cmp_fns! {
    eq => CmpOp::Eq, ne => CmpOp::Ne, lt => CmpOp::Lt, le => CmpOp::Le, gt => CmpOp::Gt,
    ge => CmpOp::Ge
}

fn fromhex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let bc = Value::Class(vm.types.bytes.clone());
    let mut a = vec![bc];
    a.extend_from_slice(&args[1..]);
    let r = super::bytes::fromhex(vm, &a, kw)?;
    Ok(back(vm, r))
}

fn alloc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, args, "__alloc__")?.data.borrow().capacity() as i64 + 1,
    ))
}

pub fn make_class(
    i: &mut crate::objects::str::Interner,
    object: &Rc<ClassObj>,
    name: &str,
) -> Rc<ClassObj> {
    // Not `builtin`: operators on natives dispatch through the class only
    // for non-builtin classes.
    super::class::new_class(
        i.intern(name),
        vec![object.clone()],
        Rc::new(super::DictObj::new()),
        super::class::Layout::Other,
        false,
    )
    .unwrap_or_else(|_| object.clone())
}

pub fn register(vm: &mut Vm) {
    let c = vm.types.bytearray.clone();
    add_methods(
        vm,
        &c,
        "bytearray",
        BuiltinKind::StaticMethod,
        &[
            ("__new__", bytearray_new),
            ("maketrans", super::bytes::maketrans),
        ],
    );
    add_methods(
        vm,
        &c,
        "bytearray",
        BuiltinKind::ClassMethod,
        &[("fromhex", fromhex)],
    );
    add_methods(vm, &c, "bytearray", BuiltinKind::Method, DELEGATED);
    add_methods(
        vm,
        &c,
        "bytearray",
        BuiltinKind::Method,
        &[
            ("__init__", bytearray_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("reverse", reverse),
            ("clear", clear),
            ("copy", copy),
            ("__len__", len),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__str__", repr),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__add__", add),
            ("__radd__", radd),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__rmod__", rmod),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__alloc__", alloc),
        ],
    );
    set_class_attr(vm, &c, "__hash__", Value::None);
    set_class_attr(vm, &c, "__module__", Value::str("builtins"));
}
