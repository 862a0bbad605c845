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
        let quote = if self.data.contains(&b'\'') && !self.data.contains(&b'"') {
            '"'
        } else {
            '\''
        };
        let mut out = String::with_capacity(self.data.len() + 3);
        out.push('b');
        out.push(quote);
        for &b in self.data.iter() {
            match b {
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                b'\'' if quote == '\'' => out.push_str("\\'"),
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

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
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

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    let s: String = b.as_bytes().iter().map(|x| format!("{:02x}", x)).collect();
    Ok(Value::string(s))
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "fromhex", &args[1..], 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let digits: Vec<char> = s.as_str().chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    for pair in digits.chunks(2) {
        let t: String = pair.iter().collect();
        match u8::from_str_radix(&t, 16) {
            Ok(b) if t.len() == 2 => out.push(b),
            _ => return Err(vm.value_error("non-hexadecimal number found in fromhex() arg")),
        }
    }
    Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
}

/// Bytes methods that behave like their str counterparts on Latin-1 text.
fn via_str(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<Value> {
    let b = this(vm, args, name)?;
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

macro_rules! bytes_via_str {
    ($($f:ident => $n:literal),*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> { via_str(vm, args, kw, $n) })*
    };
}

bytes_via_str! {
    b_split => "split", b_rsplit => "rsplit", b_strip => "strip", b_lstrip => "lstrip",
    b_rstrip => "rstrip", b_replace => "replace", b_startswith => "startswith",
    b_endswith => "endswith", b_find => "find", b_rfind => "rfind",
    b_count => "count", b_upper => "upper", b_lower => "lower",
    b_partition => "partition", b_splitlines => "splitlines", b_isdigit => "isdigit",
    b_isalpha => "isalpha", b_isspace => "isspace", b_ljust => "ljust", b_rjust => "rjust",
    b_center => "center"
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
            ("upper", b_upper),
            ("lower", b_lower),
            ("join", b_join),
            ("partition", b_partition),
            ("splitlines", b_splitlines),
            ("isdigit", b_isdigit),
            ("isalpha", b_isalpha),
            ("isspace", b_isspace),
            ("ljust", b_ljust),
            ("rjust", b_rjust),
            ("center", b_center),
        ],
    );
}
