//! `bytes`: an immutable byte string.

use std::cell::Cell;

pub struct BytesObj {
    data: Box<[u8]>,
    hash: Cell<i64>,
}

impl BytesObj {
    pub fn new(data: Vec<u8>) -> BytesObj {
        BytesObj {
            data: data.into_boxed_slice(),
            hash: Cell::new(0),
        }
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h = super::str::hash_bytes(&self.data);
        if h == 0 {
            h = 1;
        }
        self.hash.set(h);
        h
    }

    /// `repr(b)` as CPython writes it.
    pub fn repr(&self) -> String {
        bytes_repr(&self.data)
    }
}

/// The `b'...'` literal for some bytes, as CPython's repr writes it.
pub fn bytes_repr(data: &[u8]) -> String {
    quoted_bytes(data, false)
}

/// The literal for `repr`; bytearray's escapes `'` even inside double
/// quotes, as CPython's does.
pub fn quoted_bytes(data: &[u8], always_escape_single: bool) -> String {
    {
        let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
            '"'
        } else {
            '\''
        };
        let mut out = String::with_capacity(data.len() + 3);
        out.push('b');
        out.push(quote);
        for &b in data.iter() {
            match b {
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                b'\'' if quote == '\'' || always_escape_single => out.push_str("\\'"),
                0x20..=0x7e => out.push(b as char),
                _ => out.push_str(&format!("\\x{:02x}", b)),
            }
        }
        out.push(quote);
        out
    }
}

// ---------------------------------------------------------------- methods

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<BytesObj>> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'bytes' object", name))),
    }
}

/// Decode bytes with an encoding name and error policy.
pub fn decode(
    vm: &mut Vm,
    data: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Value> {
    let enc = match encoding {
        Some(Value::Str(e)) => e.as_str().to_lowercase().replace(['-', '_'], ""),
        _ => "utf8".to_string(),
    };
    let errors = match errors {
        Some(Value::Str(e)) => e.as_str().to_string(),
        _ => "strict".to_string(),
    };
    match enc.as_str() {
        "utf8" | "u8" | "utf" => match std::str::from_utf8(data) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => match errors.as_str() {
                "replace" => Ok(Value::string(String::from_utf8_lossy(data).into_owned())),
                "ignore" => {
                    let s = String::from_utf8_lossy(data).replace('\u{fffd}', "");
                    Ok(Value::string(s))
                }
                _ => {
                    let pos = e.valid_up_to();
                    let byte = data.get(pos).copied().unwrap_or(0);
                    // How many bytes the error covers, as CPython reports it.
                    let (len, reason) = match e.error_len() {
                        None => (data.len() - pos, "unexpected end of data"),
                        Some(1) if !(0xc2..0xf5).contains(&byte) => (1, "invalid start byte"),
                        Some(n) => (n, "invalid continuation byte"),
                    };
                    let c = vm.types.unicode_decode_error.clone();
                    let at = if len > 1 {
                        format!("bytes in position {}-{}", pos, pos + len - 1)
                    } else {
                        format!("byte 0x{:02x} in position {}", byte, pos)
                    };
                    Err(vm.new_error(&c, format!("'utf-8' codec can't decode {}: {}", at, reason)))
                }
            },
        },
        "ascii" | "usascii" => {
            let mut s = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    s.push(b as char);
                } else {
                    match errors.as_str() {
                        "replace" => s.push('\u{fffd}'),
                        "ignore" => {}
                        _ => {
                            let c = vm.types.unicode_decode_error.clone();
                            return Err(vm.new_error(
                                &c,
                                format!(
                                    "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                                    b, i
                                ),
                            ));
                        }
                    }
                }
            }
            Ok(Value::string(s))
        }
        "latin1" | "iso88591" | "l1" | "cp819" => {
            Ok(Value::string(data.iter().map(|&b| b as char).collect()))
        }
        other => {
            let c = vm.types.lookup_error.clone();
            Err(vm.new_error(&c, format!("unknown encoding: {}", other)))
        }
    }
}

pub(crate) fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let bc = vm.types.bytes.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &bc)?;
    let src = args::arg_or_kw(&args[1..], 0, kw, "source");
    let data = match src {
        None => Vec::new(),
        Some(Value::Str(s)) => {
            let enc = args::arg_or_kw(&args[1..], 1, kw, "encoding");
            if enc.is_none() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            let b = vm.call_method(&Value::Str(s), "encode", &[enc.unwrap_or(Value::None)])?;
            match b {
                Value::Bytes(b) => b.as_bytes().to_vec(),
                _ => Vec::new(),
            }
        }
        Some(Value::Int(n)) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            let mut v = vm.try_vec(n as usize)?;
            vm.fill_bytes(&mut v, 0, n as usize)?;
            v
        }
        Some(Value::Bytes(b)) => b.as_bytes().to_vec(),
        Some(other) if super::bytearray::bytes_like(&other).is_some() => {
            super::bytearray::bytes_like(&other).unwrap_or_default()
        }
        Some(other @ Value::Instance(_))
            if vm.type_of(&other).lookup(&vm.intern("__bytes__")).is_some() =>
        {
            let name = vm.intern("__bytes__");
            match vm.call_special(&other, &name, &[])? {
                Some(Value::Bytes(b)) => b.as_bytes().to_vec(),
                Some(r) => {
                    let tn = vm.type_name(&r);
                    return Err(
                        vm.type_error(format!("__bytes__ returned non-bytes (type {})", tn))
                    );
                }
                None => Vec::new(),
            }
        }
        Some(other) => {
            let items = vm.iterate(&other)?;
            let mut v = Vec::with_capacity(items.len());
            for it in items {
                let i = vm.to_index(&it)?;
                if !(0..256).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                v.push(i as u8);
            }
            v
        }
    };
    let v = Value::Bytes(Rc::new(BytesObj::new(data)));
    Ok(if exact {
        v
    } else {
        super::int::subclass_instance(vm, &cls, v)
    })
}

fn decode_m(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "decode")?;
    let enc = args::arg_or_kw(&args[1..], 0, kw, "encoding");
    let errors = args::arg_or_kw(&args[1..], 1, kw, "errors");
    decode(vm, b.as_bytes(), enc.as_ref(), errors.as_ref())
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    args::only_kwargs(vm, "hex", kw, &["sep", "bytes_per_sep"])?;
    let sep = match args::arg_or_kw(&args[1..], 0, kw, "sep") {
        None => None,
        Some(v) => {
            let s: Vec<u8> = match &v {
                Value::Str(s) => s.as_str().chars().map(|c| c as u32 as u8).collect(),
                other => match super::bytearray::bytes_like(other) {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(other);
                        return Err(vm.type_error(format!("object of type '{}' has no len()", tn)));
                    }
                },
            };
            let n = match &v {
                Value::Str(s) => s.as_str().chars().count(),
                _ => s.len(),
            };
            if n != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() || matches!(&v, Value::Str(t) if !t.as_str().is_ascii()) {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(s[0] as char)
        }
    };
    let per = match args::arg_or_kw(&args[1..], 1, kw, "bytes_per_sep") {
        None => 1,
        Some(v) => vm.to_index(&v)?,
    };
    let data = b.as_bytes();
    vm.charge_native(data.len() / 64)?;
    let mut s = String::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, x) in data.iter().enumerate() {
        if let Some(c) = sep {
            if i > 0 && group > 0 {
                // Positive counts group from the right, negative from the left.
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    s.push(c);
                }
            }
        }
        s.push_str(&format!("{:02x}", x));
    }
    Ok(Value::string(s))
}

pub(crate) fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "fromhex", &args[1..], 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &mut Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            at
        ))
    };
    while i < chars.len() {
        // Whitespace may separate bytes, never split one.
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
}

/// Bytes methods that behave like their str counterparts on Latin-1 text.
fn via_str(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let args = &bytes_args(vm, args, name)?;
    let to_str = |v: &Value| -> Value {
        match v {
            Value::Bytes(x) => Value::string(x.as_bytes().iter().map(|&c| c as char).collect()),
            Value::Tuple(t) => Value::tuple(
                t.iter()
                    .map(|i| match i {
                        Value::Bytes(x) => {
                            Value::string(x.as_bytes().iter().map(|&c| c as char).collect())
                        }
                        o => o.clone(),
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    };
    let s = Value::string(b.as_bytes().iter().map(|&c| c as char).collect());
    let rest: Vec<Value> = args[1..].iter().map(to_str).collect();
    let n = vm.intern(name);
    let m = vm.get_attr(&s, &n)?;
    let r = vm.call_with(m, rest.into_iter().collect(), kw.to_vec())?;
    fn back(v: Value) -> Value {
        match v {
            Value::Str(s) => Value::Bytes(Rc::new(BytesObj::new(
                s.as_str().chars().map(|c| c as u32 as u8).collect(),
            ))),
            Value::List(l) => Value::list(l.to_vec().into_iter().map(back).collect()),
            Value::Tuple(t) => Value::tuple(t.iter().cloned().map(back).collect()),
            other => other,
        }
    }
    Ok(back(r))
}

/// The arguments of a bytes method with bytes-like objects as bytes and
/// an int needle as its byte; str arguments refused as CPython does.
fn bytes_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(args.len());
    out.push(args[0].clone());
    let needle = matches!(name, "find" | "rfind" | "index" | "rindex" | "count");
    for (i, a) in args[1..].iter().enumerate() {
        match a {
            Value::Str(_) => {
                let msg = if needle && i == 0 {
                    "argument should be integer or bytes-like object, not 'str'".to_string()
                } else if matches!(name, "startswith" | "endswith") {
                    format!(
                        "{} first arg must be bytes or a tuple of bytes, not str",
                        name
                    )
                } else if matches!(name, "ljust" | "rjust" | "center") {
                    format!(
                        "{}() argument 2 must be a byte string of length 1, not str",
                        name
                    )
                } else {
                    "a bytes-like object is required, not 'str'".to_string()
                };
                return Err(vm.type_error(msg));
            }
            Value::Int(_) | Value::Bool(_) if needle && i == 0 => {
                let v = vm.to_index(a)?;
                if !(0..256).contains(&v) {
                    return Err(vm.value_error("byte must be in range(0, 256)"));
                }
                out.push(Value::Bytes(Rc::new(BytesObj::new(vec![v as u8]))));
            }
            other => out.push(super::bytearray::as_bytes_arg(other)),
        }
    }
    Ok(out)
}

macro_rules! bytes_via_str {
    ($($f:ident => $n:literal),*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> { via_str(vm, args, kw, $n) })*
    };
}

bytes_via_str! {
    b_split => "split", b_rsplit => "rsplit", b_strip => "strip", b_lstrip => "lstrip",
    b_rstrip => "rstrip", b_replace => "replace", b_startswith => "startswith",
    b_endswith => "endswith", b_find => "find", b_rfind => "rfind",
    b_count => "count",
    b_partition => "partition", b_splitlines => "splitlines", b_ljust => "ljust", b_rjust => "rjust",
    b_center => "center", b_rpartition => "rpartition", b_rindex_find => "rfind",
    b_expandtabs => "expandtabs", b_zfill => "zfill", b_removeprefix => "removeprefix",
    b_removesuffix => "removesuffix"
}

fn b_rindex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match b_rindex_find(vm, args, kw)? {
        Value::Int(-1) => Err(vm.value_error("subsection not found")),
        r => Ok(r),
    }
}

fn b_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    match via_str(vm, args, kw, "find")? {
        Value::Int(-1) => Err(vm.value_error("subsection not found")),
        r => Ok(r),
    }
}

fn b_join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let sep = this(vm, args, "join")?;
    args::check(vm, "join", &args[1..], 1, 1)?;
    if !vm.is_iterable(&args[1]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.iterate(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        match it {
            Value::Bytes(b) => out.extend_from_slice(b.as_bytes()),
            other if super::bytearray::bytes_like(other).is_some() => {
                out.extend_from_slice(&super::bytearray::bytes_like(other).unwrap_or_default())
            }
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, tn
                )));
            }
        }
    }
    Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
}

pub fn register(vm: &mut Vm) {
    let bc = vm.types.bytes.clone();
    add_methods(
        vm,
        &bc,
        "bytes",
        BuiltinKind::StaticMethod,
        &[("__new__", bytes_new)],
    );
    add_methods(
        vm,
        &bc,
        "bytes",
        BuiltinKind::ClassMethod,
        &[("fromhex", fromhex)],
    );
    add_methods(
        vm,
        &bc,
        "bytes",
        BuiltinKind::Method,
        &[
            ("decode", decode_m),
            ("hex", hex),
            ("split", b_split),
            ("rsplit", b_rsplit),
            ("strip", b_strip),
            ("lstrip", b_lstrip),
            ("rstrip", b_rstrip),
            ("replace", b_replace),
            ("startswith", b_startswith),
            ("endswith", b_endswith),
            ("find", b_find),
            ("rfind", b_rfind),
            ("index", b_index),
            ("count", b_count),
            ("join", b_join),
            ("partition", b_partition),
            ("splitlines", b_splitlines),
            ("ljust", b_ljust),
            ("rjust", b_rjust),
            ("center", b_center),
            ("rpartition", b_rpartition),
            ("rindex", b_rindex),
            ("expandtabs", b_expandtabs),
            ("zfill", b_zfill),
            ("removeprefix", b_removeprefix),
            ("removesuffix", b_removesuffix),
            ("__mod__", crate::builtins::bytes_printf::bytes_mod),
            ("__rmod__", b_rmod),
            ("__bytes__", b_bytes),
            ("__getnewargs__", b_getnewargs),
        ],
    );
    add_methods(
        vm,
        &bc,
        "bytes",
        BuiltinKind::StaticMethod,
        &[("maketrans", maketrans)],
    );
    super::bytes_text::register(vm, &bc);
}

fn b_rmod(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn b_bytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "__bytes__")?;
    Ok(Value::Bytes(b))
}

fn b_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Bytes(Rc::new(BytesObj::new(
        b.as_bytes().to_vec(),
    )))]))
}

/// `bytes.maketrans(from, to)`: a 256-byte table.
pub(crate) fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "maketrans", args, 2, 2)?;
    let mut parts = Vec::with_capacity(2);
    for a in args {
        match super::bytearray::bytes_like(a) {
            Some(b) => parts.push(b),
            None => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
            }
        }
    }
    if parts[0].len() != parts[1].len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in parts[0].iter().zip(parts[1].iter()) {
        table[*f as usize] = *t;
    }
    Ok(Value::Bytes(Rc::new(BytesObj::new(table))))
}
