//! The `array` module: the `array.array` type's class and methods (its
//! data and item conversions are `objects/array.rs`).

use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::bytecode::CmpOp;
use crate::objects::array::{array_of, encode, encode_all, itemsize, ArrayData, TYPECODES};
use crate::objects::bytearray::bytes_like;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::iter::{IterObj, IterState};
use crate::objects::{BytesObj, ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(vm, "array", &[]);
    let c = array_class(vm);
    m.dict.set_str_text("array", Value::Class(c.clone()));
    m.dict.set_str_text("ArrayType", Value::Class(c.clone()));
    m.dict.set_str_text("typecodes", Value::str(TYPECODES));
    register_abc(vm, &c);
    Ok(Value::Module(m))
}

/// As CPython's module does: array is a MutableSequence. Skipped quietly
/// where collections.abc cannot be imported (a restricted VM).
fn register_abc(vm: &mut Vm, c: &Rc<ClassObj>) {
    if vm.import("collections.abc").is_err() {
        return;
    }
    let Some(abc) = vm.sys_modules.get_str_text("collections.abc") else {
        return;
    };
    if let Ok(ms) = vm.get_attr_str(&abc, "MutableSequence") {
        let _ = vm.call_method(&ms, "register", &[Value::Class(c.clone())]);
    }
}

/// The `array.array` class, made once per VM.
pub fn array_class(vm: &mut Vm) -> Rc<ClassObj> {
    if let Some(c) = vm.types.iterators.borrow().get("array") {
        return c.clone();
    }
    let object = vm.types.object.clone();
    let name = vm.intern("array");
    // Not `builtin`: operators on natives dispatch through the class only
    // for non-builtin classes, and array may be subclassed.
    let c = new_class(
        name,
        vec![object.clone()],
        Rc::new(DictObj::new()),
        Layout::Object,
        false,
    )
    .unwrap_or(object);
    super::add_methods(
        vm,
        &c,
        "array",
        BuiltinKind::StaticMethod,
        &[("__new__", array_new)],
    );
    super::add_methods(
        vm,
        &c,
        "array",
        BuiltinKind::Method,
        &[
            ("__init__", array_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("tobytes", tobytes),
            ("frombytes", frombytes),
            ("tolist", tolist),
            ("fromlist", fromlist),
            ("tounicode", tounicode),
            ("fromunicode", fromunicode),
            ("tofile", tofile),
            ("fromfile", fromfile),
            ("byteswap", byteswap),
            ("buffer_info", buffer_info),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
            ("__len__", len),
            ("__iter__", iter),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
        ],
    );
    let itemsize_prop = super::getter_property(vm, "array", "itemsize", itemsize_get);
    let typecode_prop = super::getter_property(vm, "array", "typecode", typecode_get);
    super::set_class_attr(vm, &c, "itemsize", itemsize_prop);
    super::set_class_attr(vm, &c, "typecode", typecode_prop);
    super::set_class_attr(vm, &c, "__hash__", Value::None);
    super::set_class_attr(vm, &c, "__module__", Value::str("array"));
    vm.types.iterators.borrow_mut().insert("array", c.clone());
    c
}

/// The array behind `self`, or CPython's descriptor TypeError.
fn this<'a>(vm: &mut Vm, a: &'a [Value], name: &str) -> PyResult<&'a ArrayData> {
    if let Some(d) = a.first().and_then(array_of) {
        return Ok(d);
    }
    let tn = match a.first() {
        Some(v) => vm.type_name(v),
        None => "nothing".to_string(),
    };
    Err(vm.type_error(format!(
        "descriptor '{}' for 'array.array' objects doesn't apply to a '{}' object",
        name, tn
    )))
}

/// A new array of class `cls` (None: array.array itself).
fn new_array(vm: &mut Vm, cls: Option<Rc<ClassObj>>, code: u8, bytes: Vec<u8>) -> Value {
    let base = array_class(vm);
    let (class, dict) = match cls {
        Some(c) if !Rc::ptr_eq(&c, &base) => (c, Some(Rc::new(DictObj::new()))),
        _ => (base, None),
    };
    let tracked = dict.is_some();
    let v = Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class,
        data: NativeData::Array(ArrayData::new(code, bytes)),
        dict,
    }));
    // Only a subclass instance's attribute dict can hold references.
    if tracked {
        crate::gc::track(&v);
    }
    v
}

fn check_resize(vm: &mut Vm, d: &ArrayData) -> PyResult<()> {
    if d.buf.exports.get() > 0 {
        return Err(vm.error_by_name(
            "BufferError",
            "cannot resize an array that is exporting buffers",
        ));
    }
    Ok(())
}

/// Replace the array's bytes (a resize when the length changes).
fn set_bytes(vm: &mut Vm, d: &ArrayData, bytes: Vec<u8>) -> PyResult<()> {
    if bytes.len() != d.buf.data.borrow().len() {
        check_resize(vm, d)?;
    }
    *d.buf.data.borrow_mut() = bytes;
    Ok(())
}

fn array_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("array.__new__(X): X is not a type object")),
    };
    if !kw.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let rest = &a[1..];
    if rest.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let code = match &rest[0] {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('\0'),
        v => {
            let what = match v {
                Value::Str(_) => "a unicode character, not str".to_string(),
                _ => format!("a unicode character, not {}", vm.type_name(v)),
            };
            return Err(vm.type_error(format!("array() argument 1 must be {}", what)));
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let code = code as u8;
    let bytes = match rest.get(1) {
        None => Vec::new(),
        Some(init) => initial_bytes(vm, code, init)?,
    };
    Ok(new_array(vm, Some(cls), code, bytes))
}

/// The items an initializer stands for, as bytes.
fn initial_bytes(vm: &mut Vm, code: u8, init: &Value) -> PyResult<Vec<u8>> {
    match init {
        Value::Str(s) => {
            if code != b'u' {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            return unicode_bytes(vm, s.as_str());
        }
        Value::Bytes(_) => return bytes_to_items(vm, code, init),
        _ => {}
    }
    if let Some(src) = array_of(init) {
        if src.code == b'u' && code != b'u' {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if src.code == code {
            return Ok(src.buf.data.borrow().clone());
        }
        let items = src.items();
        return encode_all(vm, code, &items);
    }
    if crate::objects::bytearray::data_of(init).is_some() {
        return bytes_to_items(vm, code, init);
    }
    let items = vm.iterate(init)?;
    encode_all(vm, code, &items)
}

/// The bytes of a bytes-like object, checked to hold whole items.
fn bytes_to_items(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    let Some(b) = bytes_like(v) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
    };
    if b.len() % itemsize(code) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    Ok(b)
}

fn unicode_bytes(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    let mut out = vm.try_vec(s.len() * 4)?;
    for c in s.chars() {
        out.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    vm.charge_native(s.len() / 16)?;
    Ok(out)
}

fn array_init(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn itemsize_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "itemsize")?;
    Ok(Value::Int(d.itemsize() as i64))
}

fn typecode_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "typecode")?;
    Ok(Value::string((d.code as char).to_string()))
}

fn append(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "append")?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "array.append() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let w = encode(vm, d.code, &a[1])?;
    check_resize(vm, d)?;
    d.buf
        .data
        .borrow_mut()
        .extend_from_slice(&w[..d.itemsize()]);
    Ok(Value::None)
}

/// The bytes `extend` adds: an array of the same kind's, or any
/// iterable's items.
fn extension(vm: &mut Vm, d: &ArrayData, other: &Value) -> PyResult<Vec<u8>> {
    if let Some(o) = array_of(other) {
        if o.code != d.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        return Ok(o.buf.data.borrow().clone());
    }
    let items = vm.iterate(other)?;
    encode_all(vm, d.code, &items)
}

fn extend(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "extend")?;
    args::check(vm, "extend", &a[1..], 1, 1)?;
    let more = extension(vm, d, &a[1])?;
    if !more.is_empty() {
        check_resize(vm, d)?;
        vm.charge_native(more.len() / 64)?;
        d.buf.data.borrow_mut().extend_from_slice(&more);
    }
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "insert")?;
    if a.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", a.len() - 1)));
    }
    let i = vm.to_index(&a[1])?;
    let w = encode(vm, d.code, &a[2])?;
    check_resize(vm, d)?;
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = d.itemsize();
    vm.charge_native(n as usize / 64)?;
    d.buf
        .data
        .borrow_mut()
        .splice(at * size..at * size, w[..size].iter().copied());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "pop")?;
    args::check(vm, "pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let n = d.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resize(vm, d)?;
    let v = d.get(j as usize);
    let size = d.itemsize();
    let at = j as usize * size;
    d.buf.data.borrow_mut().drain(at..at + size);
    Ok(v)
}

/// Whether a (fresh) item equals `x`: a NaN item equals nothing.
fn item_eq(vm: &mut Vm, item: Value, x: &Value) -> PyResult<bool> {
    match (&item, x) {
        (Value::Float(a), Value::Float(b)) => Ok(a == b),
        _ => vm.eq(&item, x),
    }
}

/// The position of the first item equal to `x` in `[start, stop)`.
fn find(
    vm: &mut Vm,
    d: &ArrayData,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let n = d.len();
    let mut i = start;
    while i < stop.min(d.len()) {
        if item_eq(vm, d.get(i), x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    vm.charge_native(n / 16)?;
    Ok(None)
}

fn remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "remove")?;
    args::check(vm, "remove", &a[1..], 1, 1)?;
    match find(vm, d, &a[1], 0, usize::MAX)? {
        Some(i) => {
            check_resize(vm, d)?;
            let size = d.itemsize();
            d.buf.data.borrow_mut().drain(i * size..(i + 1) * size);
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

/// A start/stop bound of `index`, resolved against `n` as CPython does.
fn bound(vm: &mut Vm, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = match vm.slice_index(v)? {
        Some(i) => i,
        None => return Ok(default),
    };
    Ok(if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as u64).min(n as u64) as usize
    })
}

fn index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "index")?;
    args::check(vm, "index", &a[1..], 1, 3)?;
    let n = d.len();
    let start = bound(vm, a.get(2), n, 0)?;
    let stop = bound(vm, a.get(3), n, n)?;
    match find(vm, d, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "count")?;
    args::check(vm, "count", &a[1..], 1, 1)?;
    let mut c = 0;
    let mut i = 0;
    while i < d.len() {
        if item_eq(vm, d.get(i), &a[1])? {
            c += 1;
        }
        i += 1;
    }
    vm.charge_native(i / 16)?;
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "reverse")?;
    args::check(vm, "reverse", &a[1..], 0, 0)?;
    let size = d.itemsize();
    let mut b = d.buf.data.borrow_mut();
    // Reversing the bytes reverses the items and each item's bytes;
    // reversing each item again restores them.
    b.reverse();
    for item in b.chunks_exact_mut(size) {
        item.reverse();
    }
    drop(b);
    vm.charge_native(d.len() / 64)?;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "tobytes")?;
    args::check(vm, "tobytes", &a[1..], 0, 0)?;
    let b = d.buf.data.borrow().clone();
    vm.charge_native(b.len() / 256)?;
    Ok(Value::Bytes(Rc::new(BytesObj::new(b))))
}

fn frombytes(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "frombytes")?;
    args::check(vm, "frombytes", &a[1..], 1, 1)?;
    let more = bytes_to_items(vm, d.code, &a[1])?;
    if !more.is_empty() {
        check_resize(vm, d)?;
        d.buf.data.borrow_mut().extend_from_slice(&more);
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "tolist")?;
    args::check(vm, "tolist", &a[1..], 0, 0)?;
    vm.charge_native(d.len() / 8)?;
    Ok(Value::list(d.items()))
}

fn fromlist(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "fromlist")?;
    args::check(vm, "fromlist", &a[1..], 1, 1)?;
    let Value::List(l) = &a[1] else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.borrow().to_vec();
    let more = encode_all(vm, d.code, &items)?;
    if !more.is_empty() {
        check_resize(vm, d)?;
        d.buf.data.borrow_mut().extend_from_slice(&more);
    }
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "tounicode")?;
    args::check(vm, "tounicode", &a[1..], 0, 0)?;
    if d.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let mut s = String::new();
    for c in d.buf.data.borrow().chunks_exact(4) {
        let u = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
        s.push(char::from_u32(u).unwrap_or('\u{fffd}'));
    }
    Ok(Value::string(s))
}

fn fromunicode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "fromunicode")?;
    args::check(vm, "fromunicode", &a[1..], 1, 1)?;
    let s = args::str_arg(vm, &a[1], "fromunicode() argument")?;
    if d.code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let more = unicode_bytes(vm, s.as_str())?;
    if !more.is_empty() {
        check_resize(vm, d)?;
        d.buf.data.borrow_mut().extend_from_slice(&more);
    }
    Ok(Value::None)
}

fn tofile(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "tofile")?;
    args::check(vm, "tofile", &a[1..], 1, 1)?;
    let b = Value::Bytes(Rc::new(BytesObj::new(d.buf.data.borrow().clone())));
    vm.call_method(&a[1], "write", &[b])?;
    Ok(Value::None)
}

fn fromfile(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "fromfile")?;
    args::check(vm, "fromfile", &a[1..], 2, 2)?;
    let n = vm.to_index(&a[2])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let want = (n as usize).saturating_mul(d.itemsize());
    let got = vm.call_method(&a[1], "read", &[Value::Int(want as i64)])?;
    let Value::Bytes(b) = &got else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let b = b.clone();
    frombytes(vm, &[a[0].clone(), Value::Bytes(b.clone())], &[])?;
    if b.len() < want {
        return Err(vm.error_by_name("EOFError", "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "byteswap")?;
    args::check(vm, "byteswap", &a[1..], 0, 0)?;
    let size = d.itemsize();
    for item in d.buf.data.borrow_mut().chunks_exact_mut(size) {
        item.reverse();
    }
    vm.charge_native(d.len() / 64)?;
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "buffer_info")?;
    args::check(vm, "buffer_info", &a[1..], 0, 0)?;
    let addr = d.buf.data.borrow().as_ptr() as usize as i64;
    Ok(Value::tuple(vec![
        Value::Int(addr),
        Value::Int(d.len() as i64),
    ]))
}

fn copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__copy__")?;
    let b = d.buf.data.borrow().clone();
    Ok(new_array(vm, None, d.code, b))
}

fn deepcopy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__deepcopy__")?;
    args::check(vm, "__deepcopy__", &a[1..], 1, 1)?;
    let b = d.buf.data.borrow().clone();
    Ok(new_array(vm, None, d.code, b))
}

fn len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, a, "__len__")?.len() as i64))
}

/// A live iterator (it sees items appended while it runs, as CPython's
/// does): the sequence protocol over the array's items.
fn iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, a, "__iter__")?;
    let it = Value::Iter(Rc::new(IterObj::new(IterState::SeqIter {
        seq: a[0].clone(),
        index: 0,
    })));
    crate::gc::track(&it);
    Ok(it)
}

/// A slice's indices against the array's length. Resolving them may run
/// `__index__` code that resizes the array; the indices returned are
/// valid for the length it has afterwards.
fn indices(
    vm: &mut Vm,
    s: &crate::objects::SliceObj,
    d: &ArrayData,
) -> PyResult<crate::objects::slice::SliceIndices> {
    for _ in 0..3 {
        let n = d.len();
        let idx = vm.slice_indices(s, n)?;
        if d.len() == n {
            return Ok(idx);
        }
    }
    Err(vm.runtime_error("array changed size during slice resolution"))
}

/// An item index: ints and `__index__` objects; CPython's errors.
fn item_index(vm: &mut Vm, key: &Value, n: usize) -> PyResult<Option<usize>> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        _ => {
            let cls = vm.type_of(key);
            if cls.lookup(&vm.names.index).is_none() {
                return Err(vm.type_error("array indices must be integers"));
            }
            vm.to_index(key)?
        }
    };
    let j = if i < 0 { i + n as i64 } else { i };
    Ok(if j >= 0 && (j as u64) < n as u64 {
        Some(j as usize)
    } else {
        None
    })
}

pub fn getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__getitem__")?;
    args::check(vm, "__getitem__", &a[1..], 1, 1)?;
    if let Value::Slice(s) = &a[1] {
        let idx = indices(vm, s, d)?;
        let size = d.itemsize();
        let out: Vec<u8> = {
            let b = d.buf.data.borrow();
            if idx.step == 1 {
                let start = idx.start.max(0) as usize;
                let stop = (start + idx.len()).min(b.len() / size);
                b[start * size..stop.max(start) * size].to_vec()
            } else {
                let mut out = Vec::with_capacity(idx.len() * size);
                for i in idx.iter() {
                    out.extend_from_slice(&b[i * size..(i + 1) * size]);
                }
                out
            }
        };
        vm.charge_native(out.len() / 64)?;
        return Ok(new_array(vm, None, d.code, out));
    }
    match item_index(vm, &a[1], d.len())? {
        Some(i) => Ok(d.get(i)),
        None => Err(vm.index_error("array index out of range")),
    }
}

pub fn setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__setitem__")?;
    args::check(vm, "__setitem__", &a[1..], 2, 2)?;
    if let Value::Slice(s) = &a[1] {
        return set_slice(vm, d, s, &a[2]);
    }
    let n = d.len();
    let at = item_index(vm, &a[1], n)?;
    let Some(i) = at else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let w = encode(vm, d.code, &a[2])?;
    // Converting the value may have run code that shrank the array.
    if i >= d.len() {
        return Err(vm.index_error("array assignment index out of range"));
    }
    let size = d.itemsize();
    d.buf.data.borrow_mut()[i * size..(i + 1) * size].copy_from_slice(&w[..size]);
    Ok(Value::None)
}

fn set_slice(
    vm: &mut Vm,
    d: &ArrayData,
    s: &crate::objects::SliceObj,
    v: &Value,
) -> PyResult<Value> {
    let Some(src) = array_of(v) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            tn
        )));
    };
    if src.code != d.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let new = src.buf.data.borrow().clone();
    let size = d.itemsize();
    let idx = indices(vm, s, d)?;
    let n = d.len();
    vm.charge_native((n * size + new.len()) / 64)?;
    if idx.step == 1 {
        let start = idx.start.clamp(0, n as i64) as usize;
        let stop = idx.stop.max(idx.start).clamp(0, n as i64) as usize;
        if (stop - start) * size != new.len() {
            check_resize(vm, d)?;
        }
        d.buf
            .data
            .borrow_mut()
            .splice(start * size..stop * size, new);
        return Ok(Value::None);
    }
    let count = new.len() / size;
    if idx.len() != count {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {} to extended slice of size {}",
            count,
            idx.len()
        )));
    }
    let mut b = d.buf.data.borrow_mut();
    for (k, i) in idx.iter().enumerate() {
        b[i * size..(i + 1) * size].copy_from_slice(&new[k * size..(k + 1) * size]);
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__delitem__")?;
    args::check(vm, "__delitem__", &a[1..], 1, 1)?;
    let n = d.len();
    let size = d.itemsize();
    if let Value::Slice(s) = &a[1] {
        let idx = indices(vm, s, d)?;
        let n = d.len();
        if idx.is_empty() {
            return Ok(Value::None);
        }
        check_resize(vm, d)?;
        vm.charge_native(n * size / 64)?;
        let mut drop_at = vec![false; n];
        for i in idx.iter() {
            drop_at[i] = true;
        }
        let old = std::mem::take(&mut *d.buf.data.borrow_mut());
        let kept: Vec<u8> = old
            .chunks_exact(size)
            .zip(drop_at)
            .filter(|(_, gone)| !gone)
            .flat_map(|(c, _)| c.iter().copied())
            .collect();
        *d.buf.data.borrow_mut() = kept;
        return Ok(Value::None);
    }
    match item_index(vm, &a[1], n)? {
        Some(i) => {
            check_resize(vm, d)?;
            d.buf.data.borrow_mut().drain(i * size..(i + 1) * size);
            Ok(Value::None)
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__contains__")?;
    args::check(vm, "__contains__", &a[1..], 1, 1)?;
    Ok(Value::Bool(find(vm, d, &a[1], 0, usize::MAX)?.is_some()))
}

fn repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__repr__")?;
    let name = match &a[0] {
        Value::Native(n) => n.class.name().as_str().to_string(),
        _ => "array".to_string(),
    };
    let code = d.code as char;
    if d.is_empty() {
        return Ok(Value::string(format!("{}('{}')", name, code)));
    }
    vm.charge_native(d.len() / 8)?;
    if d.code == b'u' {
        let s = tounicode(vm, &a[..1], &[])?;
        let r = vm.repr(&s)?;
        return Ok(Value::string(format!(
            "{}('{}', {})",
            name,
            code,
            r.as_str()
        )));
    }
    let mut parts = Vec::with_capacity(d.len());
    for v in d.items() {
        parts.push(match v {
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::format::float_repr(f),
            other => vm.repr(&other)?.as_str().to_string(),
        });
    }
    Ok(Value::string(format!(
        "{}('{}', [{}])",
        name,
        code,
        parts.join(", ")
    )))
}

fn compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let d = this(vm, a, name)?;
    args::check(vm, name, &a[1..], 1, 1)?;
    let Some(o) = array_of(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    // Same kind and only equality asked: the bytes decide (floats aside,
    // where NaN and -0.0 need the values).
    if d.code == o.code && !d.is_float() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let same = *d.buf.data.borrow() == *o.buf.data.borrow();
        return Ok(Value::Bool(same == (op == CmpOp::Eq)));
    }
    if d.is_float() && o.is_float() {
        return Ok(Value::Bool(compare_floats(d, o, op)));
    }
    let (xs, ys) = (d.items(), o.items());
    vm.charge_native((xs.len() + ys.len()) / 8)?;
    vm.seq_richcompare(&xs, &ys, op)
}

/// Float arrays compare by value, NaN unequal to itself (the items are
/// fresh objects, so identity never makes them equal).
fn compare_floats(d: &ArrayData, o: &ArrayData, op: CmpOp) -> bool {
    let to_f64 = |v: Value| match v {
        Value::Float(f) => f,
        _ => 0.0,
    };
    let (n, m) = (d.len(), o.len());
    for i in 0..n.min(m) {
        let (x, y) = (to_f64(d.get(i)), to_f64(o.get(i)));
        if x != y {
            return match op {
                CmpOp::Eq => false,
                CmpOp::Ne => true,
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            };
        }
    }
    let ord = n.cmp(&m);
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Gt => ord == Greater,
        _ => ord != Less,
    }
}

macro_rules! cmp_fns {
    ($($f:ident => $op:expr, $name:expr);*) => {
        $(fn $f(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
            compare(vm, a, $op, $name)
        })*
    };
}

cmp_fns! {
    eq => CmpOp::Eq, "__eq__"; ne => CmpOp::Ne, "__ne__"; lt => CmpOp::Lt, "__lt__";
    le => CmpOp::Le, "__le__"; gt => CmpOp::Gt, "__gt__"; ge => CmpOp::Ge, "__ge__"
}

/// The bytes of `d` followed by those of the array `other`, with
/// CPython's errors for anything else.
fn joined(vm: &mut Vm, d: &ArrayData, other: &Value) -> PyResult<Vec<u8>> {
    let Some(o) = array_of(other) else {
        let tn = vm.type_name(other);
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", tn)));
    };
    if o.code != d.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let (x, y) = (d.buf.data.borrow(), o.buf.data.borrow());
    let total = x.len() + y.len();
    drop((x, y));
    vm.probe_alloc(total)?;
    vm.charge_native(total / 64)?;
    let mut out = d.buf.data.borrow().clone();
    out.extend_from_slice(&o.buf.data.borrow());
    Ok(out)
}

fn add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__add__")?;
    args::check(vm, "__add__", &a[1..], 1, 1)?;
    if array_of(&a[1]).is_none() && vm.has_user_class(&a[1]) {
        return Ok(Value::NotImplemented);
    }
    let out = joined(vm, d, &a[1])?;
    Ok(new_array(vm, None, d.code, out))
}

fn iadd(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__iadd__")?;
    args::check(vm, "__iadd__", &a[1..], 1, 1)?;
    if array_of(&a[1]).is_none() {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", tn)));
    }
    let out = joined(vm, d, &a[1])?;
    set_bytes(vm, d, out)?;
    Ok(a[0].clone())
}

/// `d`'s bytes repeated; None when `n` is not an integer.
fn repeated(vm: &mut Vm, d: &ArrayData, n: &Value) -> PyResult<Option<Vec<u8>>> {
    if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        let cls = vm.type_of(n);
        if cls.lookup(&vm.names.index).is_none() {
            return Ok(None);
        }
    }
    let k = match vm.to_int_value(n)? {
        Value::Int(k) => k.max(0) as usize,
        _ => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    let b = d.buf.data.borrow().clone();
    Ok(Some(vm.repeat_bytes(&b, k)?))
}

fn mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__mul__")?;
    args::check(vm, "__mul__", &a[1..], 1, 1)?;
    match repeated(vm, d, &a[1])? {
        Some(out) => Ok(new_array(vm, None, d.code, out)),
        None if vm.has_user_class(&a[1]) => Ok(Value::NotImplemented),
        None => {
            let tn = vm.type_name(&a[1]);
            Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                tn
            )))
        }
    }
}

fn imul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = this(vm, a, "__imul__")?;
    args::check(vm, "__imul__", &a[1..], 1, 1)?;
    match repeated(vm, d, &a[1])? {
        Some(out) => {
            set_bytes(vm, d, out)?;
            Ok(a[0].clone())
        }
        None => {
            vm.to_index(&a[1])?;
            Ok(a[0].clone())
        }
    }
}
