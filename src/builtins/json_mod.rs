//! `_json`: the two hot loops of stdlib/json, natively: escaping a str
//! for output and scanning a string literal on input.

use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::objects::function::KwArgs;
use crate::objects::{StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_json",
        &[("encode_str", encode_str), ("scanstring", scanstring)],
    );
    Ok(Value::Module(m))
}

/// `encode_str(s, ensure_ascii)`: the JSON literal for s, quotes included.
fn encode_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "encode_str", a, 2, 2)?;
    let s = args::str_arg(vm, &a[0], "encode_str() argument")?;
    let ascii = vm.is_true(&a[1])?;
    vm.charge_native(s.as_str().len() / 32)?;
    let mut out = String::with_capacity(s.as_str().len() + 2);
    out.push('"');
    for ch in s.as_str().chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    Ok(Value::string(out))
}

fn fail(msg: &str, pos: usize) -> Value {
    Value::tuple(vec![Value::None, Value::str(msg), Value::Int(pos as i64)])
}

/// Four hex digits from the iterator, consuming them.
fn hex4(it: &mut std::str::Chars) -> Option<u32> {
    let mut v = 0u32;
    for _ in 0..4 {
        v = v * 16 + it.next()?.to_digit(16)?;
    }
    Some(v)
}

/// `scanstring(s, end, strict)`: the string literal whose opening quote is
/// just before char index `end`, as `(value, index after the closing
/// quote)`; or `(None, message, position)` for CPython's JSONDecodeError.
fn scanstring(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let r = scan(vm, a, kw)?;
    // Charged after the scan, by the length of the token it read.
    if let Value::Tuple(t) = &r {
        if let (Some(Value::Int(end)), Some(Value::Int(start))) = (t.get(1), a.get(1).cloned()) {
            vm.charge_native((*end - start).max(0) as usize / 32)?;
        }
    }
    Ok(r)
}

fn scan(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "scanstring", a, 3, 3)?;
    let s: Rc<StrObj> = args::str_arg(vm, &a[0], "scanstring() argument")?;
    let end = vm.to_index(&a[1])?.max(0) as usize;
    let strict = vm.is_true(&a[2])?;
    let begin = end.saturating_sub(1);
    let start_byte = if end <= s.char_len() {
        s.byte_offset(end)
    } else {
        s.as_str().len()
    };
    let mut it = s.as_str()[start_byte..].chars();
    let mut out = String::new();
    // Chars consumed so far, for positions.
    let mut i = 0usize;
    loop {
        let Some(c) = it.next() else {
            return Ok(fail("Unterminated string starting at", begin));
        };
        match c {
            '"' => {
                return Ok(Value::tuple(vec![
                    Value::string(out),
                    Value::Int((end + i + 1) as i64),
                ]));
            }
            '\\' => {
                let Some(e) = it.next() else {
                    return Ok(fail("Unterminated string starting at", begin));
                };
                let mapped = match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => {
                        let Some(mut code) = hex4(&mut it) else {
                            return Ok(fail("Invalid \\uXXXX escape", end + i));
                        };
                        i += 6;
                        if (0xd800..=0xdbff).contains(&code) {
                            let mut look = it.clone();
                            if look.next() == Some('\\') && look.next() == Some('u') {
                                if let Some(low) = hex4(&mut look) {
                                    if (0xdc00..=0xdfff).contains(&low) {
                                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                                        it = look;
                                        i += 6;
                                    }
                                }
                            }
                        }
                        // A lone surrogate cannot live in a Rust string.
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        continue;
                    }
                    _ => return Ok(fail("Invalid \\escape", end + i)),
                };
                out.push(mapped);
                i += 2;
            }
            c if strict && (c as u32) < 0x20 => {
                return Ok(fail("Invalid control character at", end + i));
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
}
