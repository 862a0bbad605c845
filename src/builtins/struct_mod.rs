//! `_struct`: packing values into bytes and back by a format string
//! (`struct_fmt.rs`), natively, with CPython 3.11's messages. The
//! `Struct` class and `iter_unpack` are weft code in `stdlib/struct.py`
//! over these functions; parsed formats are cached per VM.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::args;
use super::modules::make_module;
use super::struct_fmt::{from_half, parse, to_half, Code, Format, Mode};
use crate::objects::bytearray::{data_of, with_bytes_like};
use crate::objects::function::KwArgs;
use crate::objects::{BytesObj, ClassObj, NativeData, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Parsed formats by their text; emptied when it grows past this.
const CACHE_MAX: usize = 256;

pub type FormatCache = HashMap<Vec<u8>, Rc<Format>>;

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_struct",
        &[
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("calcsize", calcsize),
            ("_iter_size", iter_size),
            ("_clearcache", clearcache),
        ],
    );
    let err = error_class(vm);
    m.dict.set_str_text("error", Value::Class(err));
    Ok(Value::Module(m))
}

/// `struct.error`, made once per VM and kept with the other lazily made
/// classes (so snapshots name it).
fn error_class(vm: &mut Vm) -> Rc<ClassObj> {
    let base = vm.types.exception.clone();
    super::module_exception_class(vm, "struct.error", base)
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let c = error_class(vm);
    vm.new_error(&c, msg)
}

/// The parsed format of a str or bytes argument.
fn format_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<Format>> {
    let text: &[u8] = match v {
        Value::Str(s) => {
            if let Some((pos, ch)) = s.as_str().chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                let esc = match ch as u32 {
                    c if c < 0x100 => format!("\\x{:02x}", c),
                    c if c < 0x10000 => format!("\\u{:04x}", c),
                    c => format!("\\U{:08x}", c),
                };
                return Err(vm.error_by_name(
                    "UnicodeEncodeError",
                    format!(
                        "'ascii' codec can't encode character '{}' in position {}: ordinal not in range(128)",
                        esc, pos
                    ),
                ));
            }
            s.as_str().as_bytes()
        }
        Value::Bytes(b) => b.as_bytes(),
        other => {
            // CPython looks the format up in its cache first.
            vm.hash(other)?;
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                tn
            )));
        }
    };
    if let Some(f) = vm.ext.struct_cache.get(text) {
        return Ok(f.clone());
    }
    if text.contains(&0) {
        return Err(error(vm, "embedded null character"));
    }
    let key = text.to_vec();
    vm.charge_native(key.len() / 16 + 1)?;
    let f = match parse(&key) {
        Ok(f) => Rc::new(f),
        Err(msg) => return Err(error(vm, msg)),
    };
    if vm.ext.struct_cache.len() >= CACHE_MAX {
        vm.ext.struct_cache.clear();
    }
    vm.ext.struct_cache.insert(key, f.clone());
    Ok(f)
}

fn format_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Rc<Format>> {
    match a.first() {
        Some(v) => format_of(vm, v),
        None => Err(vm.type_error("missing format argument")),
    }
}

fn calcsize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "calcsize", a, 1, 1)?;
    let f = format_of(vm, &a[0])?;
    Ok(Value::Int(f.size as i64))
}

fn clearcache(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_clearcache", a, 0, 0)?;
    vm.ext.struct_cache.clear();
    Ok(Value::None)
}

// ---------------------------------------------------------------- packing

fn pack(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "pack", kw, &[])?;
    let f = format_arg(vm, a)?;
    let vals = &a[1..];
    if vals.len() != f.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                f.nvalues,
                vals.len()
            ),
        ));
    }
    let mut out = vm.try_vec::<u8>(f.size)?;
    out.resize(f.size, 0);
    pack_values(vm, &f, vals, &mut out)?;
    Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
}

fn pack_into(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "pack_into", kw, &[])?;
    let f = format_arg(vm, a)?;
    let Some(buf) = a.get(1) else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let Some(off) = a.get(2) else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    let vals = &a[3..];
    if vals.len() != f.nvalues {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                f.nvalues,
                vals.len()
            ),
        ));
    }
    let Some(len) = writable_len(buf) else {
        let tn = vm.type_name(buf);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            tn
        )));
    };
    let off = vm.to_index(off)?;
    let start = if off < 0 {
        if off.unsigned_abs() as usize > len {
            return Err(error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            ));
        }
        if off.unsigned_abs() < f.size as u64 {
            return Err(error(
                vm,
                format!("no space to pack {} bytes at offset {}", f.size, off),
            ));
        }
        len - off.unsigned_abs() as usize
    } else {
        let start = off as usize;
        if len < f.size || start > len - f.size {
            return Err(error(
                vm,
                format!(
                    "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                    f.size as u128 + start as u128,
                    f.size,
                    start,
                    len
                ),
            ));
        }
        start
    };
    // Packed apart first: converting the values may run script code that
    // touches the buffer.
    let mut out = vm.try_vec::<u8>(f.size)?;
    out.resize(f.size, 0);
    pack_values(vm, &f, vals, &mut out)?;
    let done = write_into(buf, start, &out);
    if !done {
        return Err(error(
            vm,
            format!("no space to pack {} bytes at offset {}", f.size, off),
        ));
    }
    Ok(Value::None)
}

/// The size of a writable buffer (bytearray, writable memoryview, array).
fn writable_len(v: &Value) -> Option<usize> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => Some(b.data.borrow().len()),
            NativeData::Array(a) => Some(a.buf.data.borrow().len()),
            NativeData::MemoryView(m) => m.with_writable(|d| d.len()),
            _ => None,
        },
        Value::Instance(i) => {
            let b = i.base.borrow();
            b.as_ref()
                .filter(|b| data_of(b).is_some())
                .and_then(writable_len)
        }
        _ => None,
    }
}

/// Copy `bytes` into a writable buffer at `start`; false when it no
/// longer has room.
fn write_into(v: &Value, start: usize, bytes: &[u8]) -> bool {
    let put = |d: &mut [u8]| match d.get_mut(start..start + bytes.len()) {
        Some(dst) => {
            dst.copy_from_slice(bytes);
            true
        }
        None => false,
    };
    match v {
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => put(&mut b.data.borrow_mut()),
            NativeData::Array(a) => put(&mut a.buf.data.borrow_mut()),
            NativeData::MemoryView(m) => m.with_writable(put).unwrap_or(false),
            _ => false,
        },
        Value::Instance(i) => match i.base.borrow().as_ref() {
            Some(b) => write_into(b, start, bytes),
            None => false,
        },
        _ => false,
    }
}

fn pack_values(vm: &mut Vm, f: &Format, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    vm.charge_native(f.size / 64 + vals.len() / 8 + 1)?;
    let mut vi = 0;
    for c in &f.codes {
        match c.ch {
            b's' | b'p' => {
                pack_string(vm, c, &vals[vi], out)?;
                vi += 1;
            }
            _ => {
                for k in 0..c.count {
                    let at = c.offset + k * c.size;
                    pack_one(vm, f.mode, c.ch, &vals[vi], &mut out[at..at + c.size])?;
                    vi += 1;
                }
                if c.count > 4096 {
                    vm.charge_native(c.count / 8)?;
                }
            }
        }
    }
    Ok(())
}

fn pack_string(vm: &mut Vm, c: &Code, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let dst = &mut out[c.offset..c.offset + c.count];
    let ok = match v {
        Value::Bytes(_) => true,
        _ => data_of(v).is_some(),
    };
    if !ok {
        return Err(error(
            vm,
            format!("argument for '{}' must be a bytes object", c.ch as char),
        ));
    }
    with_bytes_like(v, |src| {
        if c.ch == b's' {
            let n = src.len().min(dst.len());
            dst[..n].copy_from_slice(&src[..n]);
        } else if !dst.is_empty() {
            let n = src.len().min(dst.len() - 1);
            dst[1..1 + n].copy_from_slice(&src[..n]);
            dst[0] = n.min(255) as u8;
        }
    });
    Ok(())
}

/// An integer argument: ints, and objects with `__index__`.
enum IntArg {
    Small(i64),
    Big(BigInt),
}

impl IntArg {
    fn signed(&self) -> Option<i64> {
        match self {
            IntArg::Small(i) => Some(*i),
            IntArg::Big(b) => b.to_i64(),
        }
    }

    fn unsigned(&self) -> Option<u64> {
        match self {
            IntArg::Small(i) => u64::try_from(*i).ok(),
            IntArg::Big(b) => b.to_u64(),
        }
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<IntArg> {
    let v = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v.clone(),
        _ => {
            let cls = vm.type_of(v);
            let index = vm.names.index.clone();
            if cls.lookup(&index).is_none() {
                return Err(error(vm, "required argument is not an integer"));
            }
            vm.to_int_value(v)?
        }
    };
    Ok(match v {
        Value::Int(i) => IntArg::Small(i),
        Value::Bool(b) => IntArg::Small(b as i64),
        Value::BigInt(b) => IntArg::Big((*b).clone()),
        _ => IntArg::Small(0),
    })
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_f64(v),
        _ => {
            let cls = vm.type_of(v);
            let (fl, ix) = (vm.names.float.clone(), vm.names.index.clone());
            if cls.lookup(&fl).is_none() && cls.lookup(&ix).is_none() {
                return Err(error(vm, "required argument is not a float"));
            }
            vm.to_f64(v)
        }
    }
}

const AOR: &str = "argument out of range";
const ITL: &str = "int too large to convert";

/// The range message of a code whose value does not fit its size.
fn range_msg(mode: Mode, ch: u8) -> String {
    let big = mode == Mode::Big;
    match ch {
        b'b' => "byte format requires -128 <= number <= 127".into(),
        b'B' => "ubyte format requires 0 <= number <= 255".into(),
        b'h' if !big => "short format requires -32768 <= number <= 32767".into(),
        b'H' if !big => "ushort format requires 0 <= number <= 65535".into(),
        b'h' => "'h' format requires -32768 <= number <= 32767".into(),
        b'H' => "'H' format requires 0 <= number <= 65535".into(),
        b'i' | b'l' => format!(
            "'{}' format requires -2147483648 <= number <= 2147483647",
            ch as char
        ),
        _ => format!("'{}' format requires 0 <= number <= 4294967295", ch as char),
    }
}

/// The bits of an integer code's value, checked as CPython checks it for
/// this byte order.
fn int_bits(vm: &mut Vm, mode: Mode, ch: u8, size: usize, v: &Value) -> PyResult<u64> {
    let n = int_arg(vm, v)?;
    let big = mode == Mode::Big;
    // Signed codes, and the small unsigned ones little-endian code reads
    // as signed first.
    let signed_read =
        matches!(ch, b'b' | b'B' | b'h' | b'i' | b'l' | b'q' | b'n') || (ch == b'H' && !big);
    if ch == b'P' {
        return match n.signed() {
            Some(i) => Ok(i as u64),
            None => n.unsigned().ok_or_else(|| error(vm, ITL)),
        };
    }
    // Big-endian 8-byte codes convert through the byte-array path.
    let wide_fail = if big && size == 8 { ITL } else { AOR };
    if signed_read {
        let Some(i) = n.signed() else {
            return Err(error(vm, wide_fail));
        };
        let (lo, hi): (i64, i64) = match ch {
            b'B' => (0, 255),
            b'H' => (0, 65535),
            _ if size == 8 => return Ok(i as u64),
            _ => {
                let bits = size as u32 * 8;
                (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
            }
        };
        if i < lo || i > hi {
            return Err(error(vm, range_msg(mode, ch)));
        }
        return Ok(i as u64);
    }
    let Some(u) = n.unsigned() else {
        return Err(error(vm, wide_fail));
    };
    if size < 8 && u >> (size * 8) != 0 {
        return Err(error(vm, range_msg(mode, ch)));
    }
    Ok(u)
}

fn put_bits(mode: Mode, bits: u64, dst: &mut [u8]) {
    let n = dst.len();
    if mode == Mode::Big {
        dst.copy_from_slice(&bits.to_be_bytes()[8 - n..]);
    } else {
        dst.copy_from_slice(&bits.to_le_bytes()[..n]);
    }
}

fn pack_one(vm: &mut Vm, mode: Mode, ch: u8, v: &Value, dst: &mut [u8]) -> PyResult<()> {
    match ch {
        b'?' => dst[0] = vm.is_true(v)? as u8,
        b'c' => match v {
            Value::Bytes(b) if b.as_bytes().len() == 1 => dst[0] = b.as_bytes()[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'e' => {
            let x = float_arg(vm, v)?;
            let Some(h) = to_half(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put_bits(mode, h as u64, dst);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            put_bits(mode, (x as f32).to_bits() as u64, dst);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put_bits(mode, x.to_bits(), dst);
        }
        _ => {
            let bits = int_bits(vm, mode, ch, dst.len(), v)?;
            put_bits(mode, bits, dst);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- unpacking

fn unpack(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "unpack", kw, &[])?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("unpack expected 2 arguments, got {}", a.len())));
    }
    let f = format_of(vm, &a[0])?;
    let got = with_bytes_like(&a[1], |d| {
        if d.len() != f.size {
            return Err(d.len());
        }
        Ok(unpack_values(&f, d))
    });
    match got {
        None => {
            let tn = vm.type_name(&a[1]);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
        }
        Some(Err(_)) => Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        )),
        Some(Ok(items)) => {
            vm.charge_native(f.size / 64 + items.len() / 8 + 1)?;
            Ok(Value::tuple(items))
        }
    }
}

fn unpack_from(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if a.len() + kw.len() > 3 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 3 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    args::only_kwargs(vm, "unpack_from", kw, &["buffer", "offset"])?;
    if a.is_empty() {
        return Err(vm.type_error("unpack_from() takes at least 1 positional argument (0 given)"));
    }
    let mut buffer = a.get(1).cloned();
    let mut offset = a.get(2).cloned();
    for (k, v) in kw.iter() {
        let (slot, pos) = if k.as_str() == "buffer" {
            (&mut buffer, 2)
        } else {
            (&mut offset, 3)
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for unpack_from() given by name ('{}') and position ({})",
                k.as_str(),
                pos
            )));
        }
        *slot = Some(v.clone());
    }
    let f = format_arg(vm, a)?;
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let off = match &offset {
        Some(o) => vm.to_index(o)?,
        None => 0,
    };
    let got = with_bytes_like(&buffer, |d| {
        let len = d.len();
        let start = if off < 0 {
            if off.unsigned_abs() as usize > len {
                return Err(format!(
                    "offset {} out of range for {}-byte buffer",
                    off, len
                ));
            }
            if off.unsigned_abs() < f.size as u64 {
                return Err(format!(
                    "not enough data to unpack {} bytes at offset {}",
                    f.size, off
                ));
            }
            len - off.unsigned_abs() as usize
        } else {
            let start = off as usize;
            if len < f.size || start > len - f.size {
                return Err(format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                    f.size as u128 + start as u128,
                    f.size,
                    start,
                    len
                ));
            }
            start
        };
        Ok(unpack_values(&f, &d[start..start + f.size]))
    });
    match got {
        None => {
            let tn = vm.type_name(&buffer);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
        }
        Some(Err(msg)) => Err(error(vm, msg)),
        Some(Ok(items)) => {
            vm.charge_native(f.size / 64 + items.len() / 8 + 1)?;
            Ok(Value::tuple(items))
        }
    }
}

/// `iter_unpack`'s checks: the format's size and the buffer's, for the
/// iterator in `struct.py`.
fn iter_size(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_iter_size", a, 2, 2)?;
    let f = format_of(vm, &a[0])?;
    let Some(len) = with_bytes_like(&a[1], |d| d.len()) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
    };
    if f.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if len % f.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    Ok(Value::tuple(vec![
        Value::Int(f.size as i64),
        Value::Int(len as i64),
    ]))
}

fn get_bits(mode: Mode, src: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = src.len();
    if mode == Mode::Big {
        b[8 - n..].copy_from_slice(src);
        u64::from_be_bytes(b)
    } else {
        b[..n].copy_from_slice(src);
        u64::from_le_bytes(b)
    }
}

fn uint_value(u: u64) -> Value {
    match i64::try_from(u) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(u.into()),
    }
}

fn bytes_value(b: &[u8]) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(b.to_vec())))
}

/// The values of `data` (exactly `f.size` bytes).
fn unpack_values(f: &Format, data: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(f.nvalues);
    for c in &f.codes {
        match c.ch {
            b's' => out.push(bytes_value(&data[c.offset..c.offset + c.count])),
            b'p' => {
                let s = &data[c.offset..c.offset + c.count];
                let v = match s.split_first() {
                    Some((&n, rest)) => &rest[..(n as usize).min(rest.len())],
                    None => &[][..],
                };
                out.push(bytes_value(v));
            }
            _ => {
                for k in 0..c.count {
                    let at = c.offset + k * c.size;
                    out.push(unpack_one(f.mode, c.ch, &data[at..at + c.size]));
                }
            }
        }
    }
    out
}

fn unpack_one(mode: Mode, ch: u8, src: &[u8]) -> Value {
    let bits = get_bits(mode, src);
    let n = src.len() as u32 * 8;
    match ch {
        b'?' => Value::Bool(bits != 0),
        b'c' => bytes_value(src),
        b'e' => Value::Float(from_half(bits as u16)),
        b'f' => Value::Float(f32::from_bits(bits as u32) as f64),
        b'd' => Value::Float(f64::from_bits(bits)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            // Sign-extend from the item's width.
            let shift = 64 - n;
            Value::Int(((bits << shift) as i64) >> shift)
        }
        _ => uint_value(bits),
    }
}
