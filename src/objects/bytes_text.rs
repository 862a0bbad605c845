//! The ASCII text methods of `bytes` (case mapping, character classes,
//! `translate`): bytes above 0x7f are never letters, digits or spaces.

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::{BytesObj, ClassObj, Value};
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

fn data(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Bytes(b)) => Ok(b.as_bytes().to_vec()),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'bytes' object", name))),
    }
}

fn out(b: Vec<u8>) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::new(BytesObj::new(b))))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

macro_rules! predicates {
    ($($f:ident => $all:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            args::check(vm, stringify!($f), &args[1..], 0, 0)?;
            let d = data(vm, args, stringify!($f))?;
            let test: fn(&u8) -> bool = $all;
            Ok(Value::Bool(!d.is_empty() && d.iter().all(test)))
        })*
    };
}

predicates! {
    isalnum => |c| c.is_ascii_alphanumeric();
    isalpha => |c| c.is_ascii_alphabetic();
    isdigit => |c| c.is_ascii_digit();
    isspace => |c| is_space(*c);
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = data(vm, args, "isascii")?;
    Ok(Value::Bool(d.is_ascii()))
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = data(vm, args, "islower")?;
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = data(vm, args, "isupper")?;
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = data(vm, args, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in d {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    out(data(vm, args, "upper")?.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    out(data(vm, args, "lower")?.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut d = data(vm, args, "swapcase")?;
    for c in d.iter_mut() {
        if c.is_ascii_alphabetic() {
            *c ^= 0x20;
        }
    }
    out(d)
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut d = data(vm, args, "capitalize")?.to_ascii_lowercase();
    if let Some(c) = d.first_mut() {
        c.make_ascii_uppercase();
    }
    out(d)
}

fn title(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut d = data(vm, args, "title")?;
    let mut prev_cased = false;
    for c in d.iter_mut() {
        if c.is_ascii_alphabetic() {
            if prev_cased {
                c.make_ascii_lowercase();
            } else {
                c.make_ascii_uppercase();
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    out(d)
}

fn translate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "translate", kw, &["delete"])?;
    args::check(vm, "translate", &args[1..], 1, 2)?;
    let d = data(vm, args, "translate")?;
    let table = match &args[1] {
        Value::None => None,
        t => match super::bytearray::bytes_like(t) {
            Some(b) if b.len() == 256 => Some(b),
            Some(_) => return Err(vm.value_error("translation table must be 256 characters long")),
            None => {
                let tn = vm.type_name(t);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
            }
        },
    };
    let delete = match args.get(2).cloned().or_else(|| args::kwarg(kw, "delete")) {
        None => Vec::new(),
        Some(v) => match super::bytearray::bytes_like(&v) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
            }
        },
    };
    vm.charge_native(d.len() / 64)?;
    let mut map = [0u8; 256];
    for (i, m) in map.iter_mut().enumerate() {
        *m = table.as_ref().map_or(i as u8, |t| t[i]);
    }
    let mut d = d;
    if delete.is_empty() {
        // The common case (base64's alphabets): a byte-for-byte map in place.
        for c in d.iter_mut() {
            *c = map[*c as usize];
        }
        return out(d);
    }
    let mut drop = [false; 256];
    for b in delete {
        drop[b as usize] = true;
    }
    d.retain(|&c| !drop[c as usize]);
    for c in d.iter_mut() {
        *c = map[*c as usize];
    }
    out(d)
}

pub fn register(vm: &mut Vm, bc: &Rc<ClassObj>) {
    add_methods(
        vm,
        bc,
        "bytes",
        BuiltinKind::Method,
        &[
            ("isalnum", isalnum),
            ("isalpha", isalpha),
            ("isdigit", isdigit),
            ("isspace", isspace),
            ("isascii", isascii),
            ("islower", islower),
            ("isupper", isupper),
            ("istitle", istitle),
            ("upper", upper),
            ("lower", lower),
            ("swapcase", swapcase),
            ("capitalize", capitalize),
            ("title", title),
            ("translate", translate),
        ],
    );
}
