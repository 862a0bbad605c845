//! `memoryview`: a window on the bytes of a bytes or bytearray object,
//! one-dimensional, with a start, a stride and a count of items of one
//! struct format. Slicing makes a new window on the same object (no copy);
//! a window on a bytearray counts as an export of it until released.

use std::cell::Cell;
use std::rc::Rc;

use super::bytearray::{buffer_of, bytes_like};
use super::function::{BuiltinKind, KwArgs};
use super::{BytesObj, NativeData, NativeObj, Value};
use crate::builtins::{add_methods, args, set_class_attr};
use crate::bytecode::CmpOp;
use crate::vm::{PyResult, Vm};

pub struct MemView {
    /// The bytes or bytearray viewed.
    pub obj: Value,
    /// Byte offset of the first item.
    start: usize,
    /// Bytes between items (negative for reversed slices).
    stride: isize,
    /// Number of items.
    count: usize,
    format: char,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

impl MemView {
    fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        match &self.obj {
            Value::Bytes(b) => Some(f(b.as_bytes())),
            v => buffer_of(v).map(|d| f(&d.data.borrow())),
        }
    }

    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// The viewed bytes, in item order; None once released.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        self.with(|d| {
            let mut out = Vec::with_capacity(self.count * self.itemsize);
            for i in 0..self.count {
                let o = self.offset(i);
                out.extend_from_slice(d.get(o..o + self.itemsize).unwrap_or(&[]));
            }
            out
        })
    }

    /// Run `f` on the viewed bytes, writable, when the view is a live,
    /// writable, contiguous window (what `struct.pack_into` writes into).
    pub fn with_writable<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        if self.released.get() || self.readonly || !self.contiguous() {
            return None;
        }
        let d = buffer_of(&self.obj)?;
        let mut data = d.data.try_borrow_mut().ok()?;
        let end = self.start.checked_add(self.count * self.itemsize)?;
        data.get_mut(self.start..end).map(f)
    }

    fn contiguous(&self) -> bool {
        self.stride == self.itemsize as isize || self.count == 1
    }

    /// Give back the export this view holds on a bytearray.
    pub fn release(&self) {
        if !self.released.replace(true) {
            if let Some(d) = buffer_of(&self.obj) {
                d.exports.set(d.exports.get().saturating_sub(1));
            }
        }
    }
}

fn item_size(fmt: char) -> Option<usize> {
    Some(match fmt {
        'B' | 'b' | 'c' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn new_view(vm: &Vm, mv: MemView) -> Value {
    if let Some(d) = buffer_of(&mv.obj) {
        d.exports.set(d.exports.get() + 1);
    }
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: vm.types.memoryview.clone(),
        data: NativeData::MemoryView(mv),
        dict: None,
    }))
}

fn view_of(v: &Value) -> Option<&MemView> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::MemoryView(m) => Some(m),
            _ => None,
        },
        _ => None,
    }
}

fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a MemView> {
    let Some(m) = args.first().and_then(view_of) else {
        return Err(vm.type_error(format!(
            "descriptor '{}' requires a 'memoryview' object",
            name
        )));
    };
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn memoryview_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "memoryview", kw, &["object"])?;
    let Some(obj) = args::arg_or_kw(&args[1..], 0, kw, "object") else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(m) = view_of(&obj) {
        if m.released.get() {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        }
        return Ok(new_view(vm, clone_view(m)));
    }
    let obj = vm.unwrap_builtin(&obj);
    // An array's view has its items' format; the rest are bytes.
    let (format, itemsize) = match super::array::array_of(&obj) {
        Some(a) => (super::array::view_format(a.code), a.itemsize()),
        None => ('B', 1),
    };
    let (len, readonly) = match &obj {
        Value::Bytes(b) => (b.len(), true),
        v => match buffer_of(v) {
            Some(d) => (d.data.borrow().len() / itemsize, false),
            None => {
                let tn = vm.type_name(&obj);
                return Err(vm.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    tn
                )));
            }
        },
    };
    Ok(new_view(
        vm,
        MemView {
            obj,
            start: 0,
            stride: itemsize as isize,
            count: len,
            format,
            itemsize,
            readonly,
            released: Cell::new(false),
        },
    ))
}

fn clone_view(m: &MemView) -> MemView {
    MemView {
        obj: m.obj.clone(),
        start: m.start,
        stride: m.stride,
        count: m.count,
        format: m.format,
        itemsize: m.itemsize,
        readonly: m.readonly,
        released: Cell::new(false),
    }
}

/// One item, unpacked by the view's format.
fn unpack(fmt: char, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let u = u64::from_le_bytes(w);
    match fmt {
        'B' | 'H' | 'I' => Value::Int(u as i64),
        'b' => Value::Int(b[0] as i8 as i64),
        'h' => Value::Int(u as u16 as i16 as i64),
        'i' => Value::Int(u as u32 as i32 as i64),
        'l' | 'q' | 'n' => Value::Int(u as i64),
        'L' | 'Q' | 'N' | 'P' => Value::from_bigint(num_bigint::BigInt::from(u)),
        'c' => Value::Bytes(Rc::new(BytesObj::new(b.to_vec()))),
        '?' => Value::Bool(u != 0),
        'f' => Value::Float(f32::from_bits(u as u32) as f64),
        // An array('u') seen through a view: one character per item.
        'w' => Value::string(char::from_u32(u as u32).unwrap_or('\u{fffd}').to_string()),
        _ => Value::Float(f64::from_bits(u)),
    }
}

/// One item packed by the view's format, with CPython's errors.
fn pack(vm: &mut Vm, fmt: char, v: &Value) -> PyResult<Vec<u8>> {
    let invalid_type =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{}'", fmt));
    let invalid_value =
        |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{}'", fmt));
    match fmt {
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(b.as_bytes().to_vec()),
            Value::Bytes(_) => Err(invalid_value(vm)),
            _ => Err(invalid_type(vm)),
        },
        '?' => Ok(vec![vm.is_true(v)? as u8]),
        'f' | 'd' => {
            if !matches!(
                v,
                Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
            ) {
                return Err(invalid_type(vm));
            }
            let x = vm.to_f64(v)?;
            Ok(if fmt == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let i = match v {
                Value::Int(i) => *i as i128,
                Value::Bool(b) => *b as i128,
                Value::BigInt(b) => match i128::try_from(&**b) {
                    Ok(i) => i,
                    Err(_) => return Err(invalid_value(vm)),
                },
                _ => return Err(invalid_type(vm)),
            };
            let size = item_size(fmt).unwrap_or(1);
            let signed = fmt.is_ascii_lowercase();
            let bits = size as u32 * 8;
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if i < lo || i > hi {
                return Err(invalid_value(vm));
            }
            Ok((i as u128 as u64).to_le_bytes()[..size].to_vec())
        }
    }
}

fn item_index(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<usize> {
    match vm.seq_index(key, m.count, "memoryview")? {
        Some(i) => Ok(i),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__getitem__", &args[1..], 1, 1)?;
    let m = this(vm, args, "__getitem__")?;
    if let Value::Slice(s) = &args[1] {
        let idx = vm.slice_indices(s, m.count)?;
        let mut v = clone_view(m);
        v.start = if idx.is_empty() {
            m.start
        } else {
            m.offset(idx.start as usize)
        };
        v.stride = m.stride * idx.step as isize;
        v.count = idx.len();
        return Ok(new_view(vm, v));
    }
    let i = item_index(vm, m, &args[1])?;
    let o = m.offset(i);
    let size = m.itemsize;
    let fmt = m.format;
    Ok(m.with(|d| unpack(fmt, d.get(o..o + size).unwrap_or(&[0])))
        .unwrap_or(Value::None))
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__setitem__", &args[1..], 2, 2)?;
    let m = this(vm, args, "__setitem__")?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(target) = buffer_of(&m.obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let writes: Vec<(usize, Vec<u8>)> = if let Value::Slice(s) = &args[1] {
        let idx = vm.slice_indices(s, m.count)?;
        let src = match bytes_like(&args[2]) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(&args[2]);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
            }
        };
        if src.len() != idx.len() * m.itemsize {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        idx.iter()
            .zip(src.chunks(m.itemsize))
            .map(|(i, c)| (m.offset(i), c.to_vec()))
            .collect()
    } else {
        let i = item_index(vm, m, &args[1])?;
        vec![(m.offset(i), pack(vm, m.format, &args[2])?)]
    };
    let mut d = target.data.borrow_mut();
    for (o, bytes) in writes {
        if let Some(dst) = d.get_mut(o..o + bytes.len()) {
            dst.copy_from_slice(&bytes);
        }
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__delitem__")?;
    Err(vm.type_error("cannot delete memory"))
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, args, "__len__")?.count as i64))
}

fn tobytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "tobytes", kw, &["order"])?;
    let m = this(vm, args, "tobytes")?;
    vm.charge_native(m.count * m.itemsize / 64)?;
    Ok(Value::Bytes(Rc::new(BytesObj::new(
        m.to_bytes().unwrap_or_default(),
    ))))
}

fn items(m: &MemView) -> Vec<Value> {
    m.with(|d| {
        (0..m.count)
            .map(|i| {
                let o = m.offset(i);
                unpack(m.format, d.get(o..o + m.itemsize).unwrap_or(&[0]))
            })
            .collect()
    })
    .unwrap_or_default()
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this(vm, args, "tolist")?;
    vm.charge_native(m.count / 8)?;
    Ok(Value::list(items(m)))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this(vm, args, "__iter__")?;
    vm.charge_native(m.count / 8)?;
    let l = Value::list(items(m));
    vm.get_iter(&l)
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = this(vm, args, "hex")?;
    let b = Value::Bytes(Rc::new(BytesObj::new(m.to_bytes().unwrap_or_default())));
    let n = vm.intern("hex");
    let f = vm.get_attr(&b, &n)?;
    vm.call_with(f, args[1..].iter().cloned().collect(), kw.to_vec())
}

fn cast(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "cast", kw, &["format", "shape"])?;
    let m = this(vm, args, "cast")?;
    let Some(Value::Str(f)) = args::arg_or_kw(&args[1..], 0, kw, "format") else {
        return Err(vm.type_error("memoryview: format argument must be a string"));
    };
    if args::arg_or_kw(&args[1..], 1, kw, "shape").is_some() {
        return Err(vm.type_error("memoryview.cast(): shapes are not supported"));
    }
    let fs = f.as_str();
    let code = fs.strip_prefix('@').unwrap_or(fs);
    let mut cs = code.chars();
    let (Some(fmt), None) = (cs.next(), cs.next()) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let Some(size) = item_size(fmt) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_fmt(fmt) && !byte_fmt(m.format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.count * m.itemsize;
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut v = clone_view(m);
    v.format = fmt;
    v.itemsize = size;
    v.stride = size as isize;
    v.count = nbytes / size;
    Ok(new_view(vm, v))
}

fn release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "release", &args[1..], 0, 0)?;
    match args.first().and_then(view_of) {
        Some(m) => {
            m.release();
            Ok(Value::None)
        }
        None => Err(vm.type_error("descriptor 'release' requires a 'memoryview' object")),
    }
}

fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__enter__")?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    release(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::Bool(false))
}

fn toreadonly(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this(vm, args, "toreadonly")?;
    let mut v = clone_view(m);
    v.readonly = true;
    Ok(new_view(vm, v))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(m) = args.first().and_then(view_of) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'memoryview' object"));
    };
    let what = if m.released.get() {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::string(format!("<{} at 0x{:x}>", what, args[0].id())))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this(vm, args, "__hash__")?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let b = Value::Bytes(Rc::new(BytesObj::new(m.to_bytes().unwrap_or_default())));
    vm.hash(&b).map(Value::Int)
}

fn eq_ne(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    args::check(vm, "__eq__", &args[1..], 1, 1)?;
    let Some(m) = args.first().and_then(view_of) else {
        return Ok(Value::NotImplemented);
    };
    if m.released.get() || view_of(&args[1]).is_some_and(|o| o.released.get()) {
        // Released views are equal only to themselves.
        let same = args[0].is(&args[1]);
        return Ok(Value::Bool(same == (op == CmpOp::Eq)));
    }
    let Some(other) = bytes_like(&args[1]) else {
        return Ok(Value::NotImplemented);
    };
    // Compared item by item, so formats matter; byte formats compare as
    // bytes.
    let eq = match view_of(&args[1]) {
        Some(o) if o.format != m.format => {
            let (a, b) = (items(m), items(o));
            a.len() == b.len() && {
                let mut all = true;
                for (x, y) in a.iter().zip(b.iter()) {
                    if !vm.eq(x, y)? {
                        all = false;
                        break;
                    }
                }
                all
            }
        }
        _ => m.to_bytes().unwrap_or_default() == other,
    };
    Ok(Value::Bool(eq == (op == CmpOp::Eq)))
}

fn eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    eq_ne(vm, args, CmpOp::Eq)
}

fn ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    eq_ne(vm, args, CmpOp::Ne)
}

macro_rules! getters {
    ($($f:ident => |$m:ident, $vm:ident| $e:expr;)*) => {
        $(fn $f($vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let $m = this($vm, args, stringify!($f))?;
            Ok($e)
        })*
    };
}

getters! {
    obj => |m, vm| m.obj.clone();
    nbytes => |m, vm| Value::Int((m.count * m.itemsize) as i64);
    readonly => |m, vm| Value::Bool(m.readonly);
    itemsize => |m, vm| Value::Int(m.itemsize as i64);
    format => |m, vm| Value::string(m.format.to_string());
    ndim => |_m, vm| Value::Int(1);
    shape => |m, vm| Value::tuple(vec![Value::Int(m.count as i64)]);
    strides => |m, vm| Value::tuple(vec![Value::Int(m.stride as i64)]);
    contiguous => |m, vm| Value::Bool(m.contiguous());
    suboffsets => |_m, vm| Value::tuple(vec![]);
}

fn released(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first().and_then(view_of) {
        Some(m) => Ok(Value::Bool(m.released.get())),
        None => Err(vm.type_error("descriptor 'released' requires a 'memoryview' object")),
    }
}

pub fn register(vm: &mut Vm) {
    let c = vm.types.memoryview.clone();
    add_methods(
        vm,
        &c,
        "memoryview",
        BuiltinKind::StaticMethod,
        &[("__new__", memoryview_new)],
    );
    add_methods(
        vm,
        &c,
        "memoryview",
        BuiltinKind::Method,
        &[
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__len__", len),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__hash__", hash),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__enter__", enter),
            ("__exit__", exit),
            ("tobytes", tobytes),
            ("tolist", tolist),
            ("hex", hex),
            ("cast", cast),
            ("release", release),
            ("toreadonly", toreadonly),
        ],
    );
    let props: &[(&'static str, super::NativeFn)] = &[
        ("obj", obj),
        ("nbytes", nbytes),
        ("readonly", readonly),
        ("itemsize", itemsize),
        ("format", format),
        ("ndim", ndim),
        ("shape", shape),
        ("strides", strides),
        ("contiguous", contiguous),
        ("c_contiguous", contiguous),
        ("f_contiguous", contiguous),
        ("suboffsets", suboffsets),
        ("released", released),
    ];
    for (name, f) in props {
        let p = crate::builtins::getter_property(vm, "memoryview", name, *f);
        set_class_attr(vm, &c, name, p);
    }
    set_class_attr(vm, &c, "__module__", Value::str("builtins"));
}
