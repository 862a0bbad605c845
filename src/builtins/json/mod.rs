//! `_json`: the native half of stdlib/json. `decode`/`loads` parse a whole
//! document, `encode` writes one; stdlib/json keeps the classes and the
//! paths where subclasses change the semantics.

mod decode;
mod encode;
mod floats;
mod keys;
mod text;

pub use keys::KeyCache;

use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::objects::function::KwArgs;
use crate::objects::{StrObj, Value};
use crate::vm::{PyErr, PyResult, Vm};
use decode::{Fail, Hooks, Parser};
use encode::{Encoder, Opts};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_json",
        &[
            ("encode_str", encode_str),
            ("scanstring", scanstring),
            ("decode", decode_fn),
            ("loads", loads),
            ("encode", encode_fn),
            ("decode_utf", decode_utf),
            ("detect_encoding", detect_encoding),
        ],
    );
    Ok(Value::Module(m))
}

/// The text of a str or str-subclass argument.
fn text_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<StrObj>> {
    if let Value::Str(s) = vm.unwrap_builtin(v) {
        return Ok(s);
    }
    args::str_arg(vm, v, what)
}

/// `encode_str(s, ensure_ascii)`: the JSON literal for s, quotes included.
fn encode_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "encode_str", a, 2, 2)?;
    let s = text_arg(vm, &a[0], "encode_str() argument")?;
    let ascii = vm.is_true(&a[1])?;
    vm.charge_native(s.as_str().len() / 32)?;
    let mut out = vm.try_vec(s.as_str().len() + 2)?;
    encode::push_str_literal(&mut out, s.as_str(), ascii);
    let text = String::from_utf8(out).map_err(|_| vm.value_error("invalid JSON output"))?;
    Ok(Value::string(text))
}

/// json.decoder.JSONDecodeError(msg, doc, pos), raised.
#[cold]
fn decode_error(vm: &mut Vm, msg: &str, doc: &Rc<StrObj>, byte_pos: usize) -> PyErr {
    let pos = match byte_pos {
        usize::MAX => -1,
        p => decode::char_index(doc, p) as i64,
    };
    decode_error_at(vm, msg, doc, pos)
}

/// The same at a code-point position (which may be past the end).
#[cold]
fn decode_error_at(vm: &mut Vm, msg: &str, doc: &Rc<StrObj>, pos: i64) -> PyErr {
    let cls = match vm.sys_modules.get_str_text("json.decoder") {
        Some(m) => vm.get_attr_str(&m, "JSONDecodeError"),
        None => vm
            .import("json.decoder")
            .and_then(|m| vm.get_attr_str(&m, "JSONDecodeError")),
    };
    let cls = match cls {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = [Value::str(msg), Value::Str(doc.clone()), Value::Int(pos)];
    match vm.call_value(cls, &args) {
        Ok(Value::Exception(e)) => {
            let err = PyErr(e);
            vm.set_context(&err);
            err
        }
        Ok(_) => vm.type_error("exceptions must derive from BaseException"),
        Err(e) => e,
    }
}

fn fail_to_err(vm: &mut Vm, f: Fail, doc: &Rc<StrObj>) -> PyErr {
    match f {
        Fail::Py(e) => e,
        Fail::Syntax(msg, pos) => decode_error(vm, msg, doc, pos),
    }
}

/// A hook argument: None (or the type that is the default) means none.
fn hook(v: Option<&Value>, default: Option<&Rc<crate::objects::ClassObj>>) -> Option<Value> {
    match v {
        None | Some(Value::None) => None,
        Some(Value::Class(c)) if default.is_some_and(|d| Rc::ptr_eq(c, d)) => None,
        Some(v) => Some(v.clone()),
    }
}

/// Hooks from `(object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)` starting at `a[0]`.
fn hooks_from(a: &[Value], strict: bool, vm: &Vm) -> Hooks {
    let float = vm.types.float.clone();
    let int = vm.types.int.clone();
    Hooks {
        strict,
        object_hook: hook(a.first(), None),
        pairs_hook: hook(a.get(1), None),
        parse_float: hook(a.get(2), Some(&float)),
        parse_int: hook(a.get(3), Some(&int)),
        parse_constant: hook(a.get(4), None),
    }
}

/// The whole document: whitespace, one value, whitespace, nothing else.
fn decode_document(vm: &mut Vm, doc: &Rc<StrObj>, hooks: &Hooks) -> PyResult<Value> {
    let r = {
        let mut p = Parser::new(vm, doc.as_str(), hooks);
        p.skip_ws();
        p.value(vm).and_then(|v| {
            p.skip_ws();
            if p.pos != doc.as_str().len() {
                return Err(Fail::Syntax("Extra data", p.pos));
            }
            Ok(v)
        })
    };
    r.map_err(|f| fail_to_err(vm, f, doc))
}

/// `loads(s, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)`: json.loads for a str with the default decoder class.
fn loads(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "loads", a, 1, 6)?;
    let doc = match vm.unwrap_builtin(&a[0]) {
        Value::Str(s) => s,
        other => {
            let Some(data) = document_bytes(&other) else {
                let tn = vm.type_name(&a[0]);
                return Err(vm.type_error(format!(
                    "the JSON object must be str, bytes or bytearray, not {}",
                    tn
                )));
            };
            let Value::Str(doc) = text::document_text(vm, &data)? else {
                return Err(vm.type_error("decoded JSON document is not a str"));
            };
            let hooks = hooks_from(&a[1..], true, vm);
            return decode_document(vm, &doc, &hooks);
        }
    };
    if doc.as_str().starts_with('\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            &doc,
            0,
        ));
    }
    let hooks = hooks_from(&a[1..], true, vm);
    decode_document(vm, &doc, &hooks)
}

/// `decode(s, idx, whole, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: JSONDecoder.decode when
/// `whole`, else raw_decode from char index `idx` giving `(value, end)`.
fn decode_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "decode", a, 9, 9)?;
    let doc = text_arg(vm, &a[0], "decode() argument")?;
    let strict = vm.is_true(&a[3])?;
    let hooks = hooks_from(&a[4..], strict, vm);
    if vm.is_true(&a[2])? {
        return decode_document(vm, &doc, &hooks);
    }
    let idx = vm.to_index(&a[1])?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let start = if (idx as usize) < doc.char_len() {
        doc.byte_offset(idx as usize)
    } else {
        // Past the end: "Expecting value" names the index asked for.
        return Err(decode_error_at(vm, "Expecting value", &doc, idx));
    };
    let r = {
        let mut p = Parser::new(vm, doc.as_str(), &hooks);
        p.pos = start;
        p.value(vm).map(|v| (v, p.pos))
    };
    match r {
        Ok((v, end)) => {
            let end = decode::char_index(&doc, end) as i64;
            Ok(Value::tuple(vec![v, Value::Int(end)]))
        }
        Err(f) => Err(fail_to_err(vm, f, &doc)),
    }
}

/// `scanstring(s, end, strict=True)`: the string literal whose opening
/// quote is just before char index `end`, as `(value, end after it)`.
fn scanstring(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "scanstring", a, 2, 3)?;
    let doc = text_arg(vm, &a[0], "scanstring() argument 1")?;
    let end = vm.to_index(&a[1])?;
    let strict = match args::arg_or_kw(a, 2, kw, "strict") {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };
    if end < 0 || end as usize > doc.char_len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let hooks = Hooks {
        strict,
        ..Hooks::default()
    };
    let r = {
        let mut p = Parser::new(vm, doc.as_str(), &hooks);
        p.pos = doc.byte_offset(end as usize);
        p.string(vm, false).map(|s| (s, p.pos))
    };
    match r {
        Ok((s, after)) => {
            let after = decode::char_index(&doc, after) as i64;
            Ok(Value::tuple(vec![Value::Str(s), Value::Int(after)]))
        }
        Err(f) => Err(fail_to_err(vm, f, &doc)),
    }
}

/// The bytes of a bytes or bytearray document (not other bytes-likes:
/// CPython's json.loads refuses them).
fn document_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.as_bytes().to_vec()),
        _ => crate::objects::bytearray::data_of(v).map(|b| b.data.borrow().clone()),
    }
}

/// `detect_encoding(b)`: the codec json.loads decodes bytes `b` with.
fn detect_encoding(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "detect_encoding", a, 1, 1)?;
    let data = crate::objects::bytearray::bytes_like(&a[0]).unwrap_or_default();
    Ok(Value::str(text::detect_encoding(&data)))
}

/// `decode_utf(data, encoding)`: bytes in a UTF-16/32 codec (or UTF-8
/// with a BOM) as str.
fn decode_utf(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "decode_utf", a, 2, 2)?;
    let enc = text_arg(vm, &a[1], "decode_utf() argument 2")?;
    let data: Vec<u8> = match &a[0] {
        Value::Bytes(b) => b.as_bytes().to_vec(),
        other => {
            let items = vm.iterate(other)?;
            let mut v = vm.try_vec(items.len())?;
            for x in items {
                v.push(vm.to_index(&x)? as u8);
            }
            v
        }
    };
    text::decode_utf(vm, &data, enc.as_str())
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
/// sort_keys, indent, separators, default[, partial])`: the JSON text of
/// obj. With `partial` true, `(text, None)`, or after an error `(what was
/// written before it, the exception)` for json.dump to write and raise.
fn encode_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "encode", a, 9, 10)?;
    let partial = match a.get(9) {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let indent = match &a[6] {
        Value::None => None,
        v => match vm.unwrap_builtin(v) {
            Value::Str(s) => Some(s.as_str().to_string()),
            Value::Int(n) => {
                let n = n.max(0) as usize;
                let mut s = vm.try_string(n)?;
                vm.pad_str(&mut s, ' ', n)?;
                Some(s)
            }
            Value::Bool(b) => Some(if b { " ".into() } else { String::new() }),
            Value::BigInt(_) => {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    tn
                )));
            }
        },
    };
    let (item_sep, key_sep) = match &a[7] {
        Value::None => {
            let item = if indent.is_some() { "," } else { ", " };
            (vm.intern(item), vm.intern(": "))
        }
        v => {
            let parts = vm.iterate(v)?;
            if parts.len() != 2 {
                return Err(vm.value_error(if parts.len() < 2 {
                    format!(
                        "not enough values to unpack (expected 2, got {})",
                        parts.len()
                    )
                } else {
                    "too many values to unpack (expected 2)".to_string()
                }));
            }
            let item = text_arg(vm, &parts[0], "item_separator")?;
            let key = text_arg(vm, &parts[1], "key_separator")?;
            (item, key)
        }
    };
    let indent_given = indent.is_some();
    let opts = Opts {
        skipkeys: vm.is_true(&a[1])?,
        ensure_ascii: vm.is_true(&a[2])?,
        check_circular: vm.is_true(&a[3])?,
        allow_nan: vm.is_true(&a[4])?,
        sort_keys: vm.is_true(&a[5])?,
        indent,
        item_sep,
        key_sep,
        default: match &a[8] {
            Value::None => None,
            v => Some(v.clone()),
        },
        python_style: partial || indent_given,
    };
    let mut enc = Encoder::new(vm, &opts);
    match enc.encode(vm, a[0].clone()) {
        Ok(text) if partial => Ok(Value::tuple(vec![text, Value::None])),
        Ok(text) => Ok(text),
        // A limit's halt is never handed to the script.
        Err(e) if partial && vm.limits.halted.is_none() => {
            let written = enc.finish(vm);
            Ok(Value::tuple(vec![written, Value::Exception(e.0)]))
        }
        Err(e) => Err(e),
    }
}
