//! `zlib`: compression compatible with CPython's module, on the zlib C
//! library itself (built from source by libz-sys), so compressed bytes are
//! the same as CPython's. `stream.rs` owns the zlib streams.

mod stream;

use std::cell::RefCell;
use std::ffi::c_int;
use std::rc::Rc;

use stream::{
    Dir, ZStream, Z_BUF_ERROR, Z_FINISH, Z_NEED_DICT, Z_NO_FLUSH, Z_STREAM_END, Z_STREAM_ERROR,
};

use super::args;
use super::modules::make_module;
use crate::objects::bytearray::with_bytes_like;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{BytesObj, ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

const MAX_WBITS: i64 = 15;
const DEFLATED: i64 = 8;
const DEF_MEM_LEVEL: i64 = 8;
const DEF_BUF_SIZE: i64 = 16384;

/// A `zlib.Compress` or `zlib.Decompress` object's state.
pub struct ZObj {
    stream: ZStream,
    zdict: Option<Vec<u8>>,
    /// Decompress only: input after the end of the stream.
    unused_data: Vec<u8>,
    /// Decompress only: input not yet used because of `max_length`.
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "zlib",
        &[
            ("compress", compress),
            ("decompress", decompress),
            ("compressobj", compressobj),
            ("decompressobj", decompressobj),
            ("crc32", crc32),
            ("adler32", adler32),
        ],
    );
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", DEFLATED),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (n, v) in ints {
        m.dict.set_str_text(n, Value::Int(*v));
    }
    let v = stream::version_string();
    m.dict.set_str_text("ZLIB_VERSION", Value::str(&v));
    m.dict.set_str_text("ZLIB_RUNTIME_VERSION", Value::str(&v));
    let e = error_class(vm);
    m.dict.set_str_text("error", Value::Class(e));
    Ok(Value::Module(m))
}

/// `zlib.error`, made once per VM.
fn error_class(vm: &mut Vm) -> Rc<ClassObj> {
    let base = vm.types.exception.clone();
    super::module_exception_class(vm, "zlib.error", base)
}

fn zerror(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let c = error_class(vm);
    vm.new_error(&c, msg)
}

/// CPython's wording for a zlib failure `code` during `what`.
fn code_error(vm: &mut Vm, code: c_int, what: &str, zmsg: Option<String>) -> PyErr {
    let text = zmsg.or_else(|| {
        match code {
            Z_BUF_ERROR => Some("incomplete or truncated stream"),
            Z_STREAM_ERROR => Some("inconsistent stream state"),
            -3 => Some("invalid input data"),
            _ => None,
        }
        .map(String::from)
    });
    match text {
        Some(t) => zerror(vm, format!("Error {} while {}: {}", code, what, t)),
        None => zerror(vm, format!("Error {} while {}", code, what)),
    }
}

fn mem_error(vm: &mut Vm, msg: &str) -> PyErr {
    let c = vm.types.memory_error.clone();
    vm.new_error(&c, msg)
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(b)))
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::objects::bytearray::bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

/// An int argument (positional `i` or keyword `name`) or its default.
fn int_arg(
    vm: &mut Vm,
    a: &[Value],
    i: usize,
    kw: KwArgs,
    name: &str,
    default: i64,
) -> PyResult<i64> {
    match args::arg_or_kw(a, i, kw, name) {
        Some(v) => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.to_index(&v)
        }
        None => Ok(default),
    }
}

fn c_int_of(vm: &mut Vm, v: i64) -> PyResult<c_int> {
    c_int::try_from(v).map_err(|_| {
        let c = vm.types.overflow_error.clone();
        vm.new_error(&c, "signed integer is greater than maximum")
    })
}

// ---------------------------------------------------------------- one-shot

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "compress", kw, &["level", "wbits"])?;
    args::check(vm, "compress", a, 1, 3)?;
    let data = data_arg(vm, &a[0])?;
    let level = int_arg(vm, a, 1, kw, "level", -1)?;
    let wbits = int_arg(vm, a, 2, kw, "wbits", MAX_WBITS)?;
    let (level, wbits) = (c_int_of(vm, level)?, c_int_of(vm, wbits)?);
    let mut z = match ZStream::deflate(level, DEFLATED as c_int, wbits, DEF_MEM_LEVEL as c_int, 0) {
        Ok(z) => z,
        Err(-4) => return Err(mem_error(vm, "Out of memory while compressing data")),
        Err(Z_STREAM_ERROR) => return Err(zerror(vm, "Bad compression level")),
        Err(c) => return Err(code_error(vm, c, "compressing data", None)),
    };
    let mut out = Vec::new();
    let r = z.run(vm, &data, Z_FINISH, &mut out, 0)?;
    if r.code != Z_STREAM_END {
        return Err(code_error(vm, r.code, "compressing data", z.msg()));
    }
    Ok(bytes_value(out))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "decompress", kw, &["wbits", "bufsize"])?;
    args::check(vm, "decompress", a, 1, 3)?;
    let data = data_arg(vm, &a[0])?;
    let wbits = int_arg(vm, a, 1, kw, "wbits", MAX_WBITS)?;
    let bufsize = int_arg(vm, a, 2, kw, "bufsize", DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let wbits = c_int_of(vm, wbits)?;
    let mut z = match ZStream::inflate(wbits) {
        Ok(z) => z,
        Err(c) => return Err(code_error(vm, c, "preparing to decompress data", None)),
    };
    let mut out = Vec::new();
    let r = z.run(vm, &data, Z_NO_FLUSH, &mut out, 0)?;
    match r.code {
        Z_STREAM_END => Ok(bytes_value(out)),
        Z_NEED_DICT | Z_BUF_ERROR | 0 => {
            let code = if r.code == Z_NEED_DICT {
                Z_NEED_DICT
            } else {
                Z_BUF_ERROR
            };
            Err(code_error(vm, code, "decompressing data", None))
        }
        c => Err(code_error(vm, c, "decompressing data", z.msg())),
    }
}

fn checksum(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    start: u32,
    f: fn(u32, &[u8]) -> u32,
) -> PyResult<Value> {
    args::check(vm, name, a, 1, 2)?;
    let init = match a.get(1) {
        Some(v) => {
            let big = vm.to_bigint(v)?;
            let m: num_bigint::BigInt = big & num_bigint::BigInt::from(u32::MAX);
            num_traits::ToPrimitive::to_u32(&m).unwrap_or(0)
        }
        None => start,
    };
    let r = with_bytes_like(&a[0], |b| (f(init, b), b.len()));
    match r {
        Some((c, n)) => {
            vm.charge_native(n / 256 + 1)?;
            Ok(Value::Int(c as i64))
        }
        None => {
            let t = vm.type_name(&a[0]);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", t)))
        }
    }
}

fn crc32(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "crc32", kw)?;
    checksum(vm, a, "crc32", 0, stream::crc32)
}

fn adler32(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "adler32", kw)?;
    checksum(vm, a, "adler32", 1, stream::adler32)
}

// ---------------------------------------------------------------- objects

fn obj_class(vm: &mut Vm, dir: Dir) -> Rc<ClassObj> {
    let (key, name) = match dir {
        Dir::Deflate => ("zlib.Compress", "Compress"),
        Dir::Inflate => ("zlib.Decompress", "Decompress"),
    };
    if let Some(c) = vm.types.iterators.borrow().get(key) {
        return c.clone();
    }
    let object = vm.types.object.clone();
    let n = vm.intern(name);
    let c = new_class(
        n,
        vec![object.clone()],
        Rc::new(DictObj::new()),
        Layout::Other,
        true,
    )
    .unwrap_or(object);
    super::set_class_attr(vm, &c, "__module__", Value::str("zlib"));
    let common: &[(&'static str, crate::objects::NativeFn)] = &[
        ("copy", obj_copy),
        ("__copy__", obj_copy),
        ("__deepcopy__", obj_deepcopy),
        ("flush", obj_flush),
    ];
    super::add_methods(vm, &c, name, BuiltinKind::Method, common);
    match dir {
        Dir::Deflate => {
            super::add_methods(
                vm,
                &c,
                name,
                BuiltinKind::Method,
                &[("compress", obj_compress)],
            );
        }
        Dir::Inflate => {
            super::add_methods(
                vm,
                &c,
                name,
                BuiltinKind::Method,
                &[("decompress", obj_decompress)],
            );
            for (n, f) in [
                ("unused_data", unused_data_get as crate::objects::NativeFn),
                ("unconsumed_tail", unconsumed_tail_get),
                ("eof", eof_get),
            ] {
                let p = super::getter_property(vm, "Decompress", n, f);
                super::set_class_attr(vm, &c, n, p);
            }
        }
    }
    vm.types.iterators.borrow_mut().insert(key, c.clone());
    c
}

fn new_obj(vm: &mut Vm, z: ZObj) -> Value {
    let cls = obj_class(vm, z.stream.dir);
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Zlib(Box::new(RefCell::new(z))),
        dict: None,
    }))
}

fn this<'a>(vm: &mut Vm, a: &'a [Value], what: &str) -> PyResult<&'a RefCell<ZObj>> {
    if let Some(Value::Native(n)) = a.first() {
        if let NativeData::Zlib(z) = &n.data {
            return Ok(z);
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{}' requires a zlib stream object",
        what
    )))
}

/// The `zdict` argument; the two constructors word a bad one differently.
fn zdict_arg(
    vm: &mut Vm,
    kw: KwArgs,
    a: &[Value],
    i: usize,
    dir: Dir,
) -> PyResult<Option<Vec<u8>>> {
    match args::arg_or_kw(a, i, kw, "zdict") {
        None | Some(Value::None) => Ok(None),
        Some(v) => match crate::objects::bytearray::bytes_like(&v) {
            Some(b) => Ok(Some(b)),
            None if dir == Dir::Deflate => data_arg(vm, &v).map(Some),
            None => Err(vm.type_error("zdict argument must support the buffer protocol")),
        },
    }
}

/// `compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8,
/// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
fn compressobj(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(
        vm,
        "compressobj",
        kw,
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
    )?;
    args::check(vm, "compressobj", a, 0, 6)?;
    let level = int_arg(vm, a, 0, kw, "level", -1)?;
    let method = int_arg(vm, a, 1, kw, "method", DEFLATED)?;
    let wbits = int_arg(vm, a, 2, kw, "wbits", MAX_WBITS)?;
    let mem = int_arg(vm, a, 3, kw, "memLevel", DEF_MEM_LEVEL)?;
    let strategy = int_arg(vm, a, 4, kw, "strategy", 0)?;
    let zdict = zdict_arg(vm, kw, a, 5, Dir::Deflate)?;
    let (level, method, wbits, mem, strategy) = (
        c_int_of(vm, level)?,
        c_int_of(vm, method)?,
        c_int_of(vm, wbits)?,
        c_int_of(vm, mem)?,
        c_int_of(vm, strategy)?,
    );
    let mut z = match ZStream::deflate(level, method, wbits, mem, strategy) {
        Ok(z) => z,
        Err(Z_STREAM_ERROR) => return Err(vm.value_error("Invalid initialization option")),
        Err(-4) => {
            return Err(mem_error(
                vm,
                "Can't allocate memory for compression object",
            ))
        }
        Err(c) => return Err(code_error(vm, c, "creating compression object", None)),
    };
    if let Some(d) = &zdict {
        let r = z.set_dictionary(d);
        if r != 0 {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    Ok(new_obj(
        vm,
        ZObj {
            stream: z,
            zdict,
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
            eof: false,
        },
    ))
}

/// `decompressobj(wbits=15, zdict=b'')`.
fn decompressobj(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "decompressobj", kw, &["wbits", "zdict"])?;
    args::check(vm, "decompressobj", a, 0, 2)?;
    let wbits = int_arg(vm, a, 0, kw, "wbits", MAX_WBITS)?;
    let zdict = zdict_arg(vm, kw, a, 1, Dir::Inflate)?;
    let wbits = c_int_of(vm, wbits)?;
    let mut z = match ZStream::inflate(wbits) {
        Ok(z) => z,
        Err(Z_STREAM_ERROR) => return Err(vm.value_error("Invalid initialization option")),
        Err(-4) => {
            return Err(mem_error(
                vm,
                "Can't allocate memory for decompression object",
            ))
        }
        Err(c) => return Err(code_error(vm, c, "creating decompression object", None)),
    };
    // A raw stream has no header asking for the dictionary: set it now.
    if wbits < 0 {
        if let Some(d) = &zdict {
            let r = z.set_dictionary(d);
            if r != 0 {
                return Err(code_error(vm, r, "setting zdict", z.msg()));
            }
        }
    }
    Ok(new_obj(
        vm,
        ZObj {
            stream: z,
            zdict,
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
            eof: false,
        },
    ))
}

fn obj_compress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "compress")?;
    args::no_kwargs(vm, "compress", kw)?;
    args::check(vm, "compress", &a[1..], 1, 1)?;
    let data = data_arg(vm, &a[1])?;
    let mut zo = z.borrow_mut();
    let mut out = Vec::new();
    let r = zo.stream.run(vm, &data, Z_NO_FLUSH, &mut out, 0)?;
    if r.code != 0 && r.code != Z_BUF_ERROR {
        let msg = zo.stream.msg();
        return Err(code_error(vm, r.code, "compressing data", msg));
    }
    Ok(bytes_value(out))
}

/// Inflate `input`, honouring `max_length`, and keep what is left over.
fn inflate_into(
    vm: &mut Vm,
    zo: &mut ZObj,
    input: &[u8],
    max_len: usize,
    flush: c_int,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut r = zo.stream.run(vm, input, flush, &mut out, max_len)?;
    if r.code == Z_NEED_DICT {
        if let Some(d) = zo.zdict.clone() {
            let s = zo.stream.set_dictionary(&d);
            if s != 0 {
                let msg = zo.stream.msg();
                return Err(code_error(vm, s, "setting zdict", msg));
            }
            let rest = &input[r.consumed..];
            let more = zo.stream.run(vm, rest, flush, &mut out, max_len)?;
            r = stream::Ran {
                code: more.code,
                consumed: r.consumed + more.consumed,
            };
        }
    }
    let rest = &input[r.consumed..];
    match r.code {
        Z_STREAM_END => {
            zo.eof = true;
            zo.unused_data.extend_from_slice(rest);
            // As CPython: the leftover also stays in the tail when the
            // call was fed a tail (so a `while d.unconsumed_tail` loop
            // must test `eof`), and the tail empties otherwise.
            let fed_tail = !zo.unconsumed_tail.is_empty();
            zo.unconsumed_tail = if fed_tail { rest.to_vec() } else { Vec::new() };
        }
        0 | Z_BUF_ERROR => {
            zo.unconsumed_tail = rest.to_vec();
        }
        c => {
            let msg = zo.stream.msg();
            return Err(code_error(vm, c, "decompressing data", msg));
        }
    }
    Ok(out)
}

/// `Decompress.decompress(data, /, max_length=0)`.
fn obj_decompress(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "decompress")?;
    args::only_kwargs(vm, "decompress", kw, &["max_length"])?;
    args::check(vm, "decompress", &a[1..], 1, 2)?;
    let data = data_arg(vm, &a[1])?;
    let max_len = int_arg(vm, &a[1..], 1, kw, "max_length", 0)?;
    if max_len < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let mut zo = z.borrow_mut();
    if zo.eof {
        zo.unused_data.extend_from_slice(&data);
        return Ok(bytes_value(Vec::new()));
    }
    let out = inflate_into(vm, &mut zo, &data, max_len as usize, Z_NO_FLUSH)?;
    Ok(bytes_value(out))
}

/// `Compress.flush(mode=Z_FINISH)` / `Decompress.flush(length=16384)`.
fn obj_flush(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "flush")?;
    let dir = z.borrow().stream.dir;
    match dir {
        Dir::Deflate => {
            args::only_kwargs(vm, "flush", kw, &["mode"])?;
            args::check(vm, "flush", &a[1..], 0, 1)?;
            let mode = int_arg(vm, &a[1..], 0, kw, "mode", Z_FINISH as i64)?;
            let mode = c_int_of(vm, mode)?;
            if mode == Z_NO_FLUSH {
                return Ok(bytes_value(Vec::new()));
            }
            let mut zo = z.borrow_mut();
            let mut out = Vec::new();
            let r = zo.stream.run(vm, &[], mode, &mut out, 0)?;
            if mode == Z_FINISH && r.code == Z_STREAM_END {
                zo.stream.end();
            } else if r.code != 0 && r.code != Z_BUF_ERROR {
                let msg = zo.stream.msg();
                return Err(code_error(vm, r.code, "flushing", msg));
            }
            Ok(bytes_value(out))
        }
        Dir::Inflate => {
            args::only_kwargs(vm, "flush", kw, &["length"])?;
            args::check(vm, "flush", &a[1..], 0, 1)?;
            let length = int_arg(vm, &a[1..], 0, kw, "length", DEF_BUF_SIZE)?;
            if length <= 0 {
                return Err(vm.value_error("length must be greater than zero"));
            }
            let mut zo = z.borrow_mut();
            if zo.eof || !zo.stream.is_live() {
                return Ok(bytes_value(Vec::new()));
            }
            let tail = std::mem::take(&mut zo.unconsumed_tail);
            let out = inflate_into(vm, &mut zo, &tail, 0, Z_FINISH)?;
            Ok(bytes_value(out))
        }
    }
}

fn obj_copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "copy")?;
    let zo = z.borrow();
    let stream = match zo.stream.copy() {
        Ok(s) => s,
        Err(Z_STREAM_ERROR) => return Err(vm.value_error("Inconsistent stream state")),
        Err(c) => {
            return Err(code_error(
                vm,
                c,
                "copying compression object",
                zo.stream.msg(),
            ))
        }
    };
    let copy = ZObj {
        stream,
        zdict: zo.zdict.clone(),
        unused_data: zo.unused_data.clone(),
        unconsumed_tail: zo.unconsumed_tail.clone(),
        eof: zo.eof,
    };
    drop(zo);
    Ok(new_obj(vm, copy))
}

fn obj_deepcopy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    obj_copy(vm, &a[..1.min(a.len())], &[])
}

fn unused_data_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "unused_data")?;
    let b = z.borrow().unused_data.clone();
    Ok(bytes_value(b))
}

fn unconsumed_tail_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "unconsumed_tail")?;
    let b = z.borrow().unconsumed_tail.clone();
    Ok(bytes_value(b))
}

fn eof_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, a, "eof")?;
    let e = z.borrow().eof;
    Ok(Value::Bool(e))
}
