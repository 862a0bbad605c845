//! `_base64`: the per-byte loops of stdlib/base64.py (base32, base16
//! checking, Ascii85 and base85), natively. The Python-facing argument
//! handling stays in base64.py; these take bytes-like data and flags.

use super::args;
use super::binascii_mod::{
    b64_decode, b64_encode_into, b64_error, bytes_value, charge, error, hex_decode, int_flag,
    with_binary,
};
use super::modules::make_module;
use crate::objects::function::KwArgs;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_base64",
        &[
            ("b32encode", b32encode),
            ("b32decode", b32decode),
            ("a85encode", a85encode),
            ("a85decode", a85decode),
            ("b85encode", b85encode),
            ("b85decode", b85decode),
            ("b64encode", b64encode),
            ("b64decode", b64decode),
            ("urlsafe_b64encode", urlsafe_b64encode),
            ("urlsafe_b64decode", urlsafe_b64decode),
            ("b16decode", b16decode),
            ("decode_data", decode_data),
        ],
    );
    Ok(Value::Module(m))
}

/// Run `f` on an encoder's input, with the TypeError base64.py's
/// `memoryview(b)` gives for anything else.
fn with_input<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    match crate::objects::bytearray::with_bytes_like(v, f) {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                tn
            )))
        }
    }
}

fn flag(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<bool> {
    match a.get(i) {
        Some(v) => vm.is_true(v),
        None => Ok(false),
    }
}

// ------------------------------------------------- base64 and base16

/// What base64.py's decoders accept: ASCII str or a bytes-like object.
fn decoder_input(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(s) = v {
        if !s.as_str().is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match crate::objects::bytearray::with_bytes_like(v, |d| d.to_vec()) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be a bytes-like object or ASCII string, not '{}'",
                tn
            )))
        }
    }
}

/// `decode_data(s)`: the bytes a decoder works on.
fn decode_data(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "decode_data", a, 1, 1)?;
    let b = decoder_input(vm, &a[0])?;
    Ok(bytes_value(b))
}

/// Bind `names` from positional and keyword arguments, with CPython's
/// messages for a Python function `fname`.
fn bind(
    vm: &mut Vm,
    fname: &str,
    a: &[Value],
    kw: KwArgs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if a.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes from {} to {} positional arguments but {} were given",
            fname,
            required,
            names.len(),
            a.len()
        )));
    }
    let mut out: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "{}() got multiple values for argument '{}'",
                    fname,
                    k.as_str()
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname,
                    k.as_str()
                )))
            }
        }
    }
    if let Some(i) = out[..required].iter().position(|v| v.is_none()) {
        return Err(vm.type_error(format!(
            "{}() missing 1 required positional argument: '{}'",
            fname, names[i]
        )));
    }
    Ok(out)
}

/// The two alternative characters for `+` and `/`, checked as base64.py
/// checks them (`assert len(altchars) == 2`).
fn altchars(vm: &mut Vm, v: &Value, decoding: bool) -> PyResult<[u8; 2]> {
    let b = if decoding {
        decoder_input(vm, v)?
    } else {
        let n = vm.len(v)?;
        if n != 2 {
            let r = vm.repr(v)?;
            return Err(vm.error_by_name("AssertionError", r.as_str()));
        }
        match crate::objects::bytearray::bytes_like(v) {
            Some(b) => b,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)));
            }
        }
    };
    if b.len() != 2 {
        let r = vm.repr(&bytes_value(b))?;
        return Err(vm.error_by_name("AssertionError", r.as_str()));
    }
    Ok([b[0], b[1]])
}

/// Map `from[k]` to `to[k]` in `d` (later pairs win, as in maketrans).
fn swap_chars(d: &mut [u8], from: [u8; 2], to: [u8; 2]) {
    let mut map = [0u8; 256];
    for (i, m) in map.iter_mut().enumerate() {
        *m = i as u8;
    }
    map[from[0] as usize] = to[0];
    map[from[1] as usize] = to[1];
    for c in d {
        *c = map[*c as usize];
    }
}

fn encode64(vm: &mut Vm, s: &Value) -> PyResult<Vec<u8>> {
    let n = with_binary(vm, s, |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n.div_ceil(3) * 4)?;
    with_binary(vm, s, |d| b64_encode_into(d, &mut out))?;
    Ok(out)
}

fn decode64(vm: &mut Vm, d: &[u8], strict: bool) -> PyResult<Value> {
    charge(vm, d.len())?;
    let mut out = vm.try_vec(d.len() / 4 * 3 + 3)?;
    match b64_decode(d, strict, &mut out) {
        Ok(()) => Ok(bytes_value(out)),
        Err(e) => Err(b64_error(vm, e)),
    }
}

/// `b64encode(s, altchars=None)`.
fn b64encode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = bind(vm, "b64encode", a, kw, &["s", "altchars"], 1)?;
    let s = p[0].clone().unwrap_or_default();
    let mut out = encode64(vm, &s)?;
    if let Some(alt) = p[1].as_ref().filter(|v| !v.is_none()) {
        let alt = altchars(vm, alt, false)?;
        swap_chars(&mut out, *b"+/", alt);
    }
    Ok(bytes_value(out))
}

/// `b64decode(s, altchars=None, validate=False)`.
fn b64decode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = bind(vm, "b64decode", a, kw, &["s", "altchars", "validate"], 1)?;
    let mut d = decoder_input(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    if let Some(alt) = p[1].as_ref().filter(|v| !v.is_none()) {
        let alt = altchars(vm, alt, true)?;
        swap_chars(&mut d, alt, *b"+/");
    }
    let strict = int_flag(vm, p[2].clone(), false)?;
    decode64(vm, &d, strict)
}

fn urlsafe_b64encode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = bind(vm, "urlsafe_b64encode", a, kw, &["s"], 1)?;
    let s = p[0].clone().unwrap_or_default();
    let mut out = encode64(vm, &s)?;
    swap_chars(&mut out, *b"+/", *b"-_");
    Ok(bytes_value(out))
}

fn urlsafe_b64decode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = bind(vm, "urlsafe_b64decode", a, kw, &["s"], 1)?;
    let mut d = decoder_input(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    swap_chars(&mut d, *b"-_", *b"+/");
    decode64(vm, &d, false)
}

/// `b16decode(s, casefold=False)`.
fn b16decode(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = bind(vm, "b16decode", a, kw, &["s", "casefold"], 1)?;
    let mut d = decoder_input(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    if let Some(c) = &p[1] {
        if vm.is_true(c)? {
            d.make_ascii_uppercase();
        }
    }
    charge(vm, d.len())?;
    if !d.iter().all(|c| matches!(c, b'0'..=b'9' | b'A'..=b'F')) {
        return Err(error(vm, "Non-base16 digit found"));
    }
    let mut out = vm.try_vec(d.len() / 2)?;
    match hex_decode(&d, &mut out) {
        Ok(()) => Ok(bytes_value(out)),
        Err(m) => Err(error(vm, m)),
    }
}

// ------------------------------------------------------------ base32

const B32_STD: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32_HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

const fn values_of(alpha: &[u8]) -> [u8; 256] {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < alpha.len() {
        t[alpha[i] as usize] = i as u8;
        i += 1;
    }
    t
}

const B32_STD_VALUES: [u8; 256] = values_of(B32_STD);
const B32_HEX_VALUES: [u8; 256] = values_of(B32_HEX);

/// `b32encode(data, hex)`.
fn b32encode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "b32encode", a, 2, 2)?;
    let alpha = if vm.is_true(&a[1])? { B32_HEX } else { B32_STD };
    let n = with_input(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n.div_ceil(5) * 8)?;
    with_input(vm, &a[0], |d| {
        for chunk in d.chunks(5) {
            let mut w = [0u8; 8];
            w[3..3 + chunk.len()].copy_from_slice(chunk);
            let n = u64::from_be_bytes(w);
            let mut q = [0u8; 8];
            for (k, c) in q.iter_mut().enumerate() {
                *c = alpha[(n >> (35 - 5 * k)) as usize & 31];
            }
            // Characters carrying no input bits become padding.
            let used = match chunk.len() {
                1 => 2,
                2 => 4,
                3 => 5,
                4 => 7,
                _ => 8,
            };
            for c in &mut q[used..] {
                *c = b'=';
            }
            out.extend_from_slice(&q);
        }
    })?;
    Ok(bytes_value(out))
}

/// `b32decode(data, hex)`: data already case-folded and mapped, a
/// multiple of eight long.
fn b32decode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "b32decode", a, 2, 2)?;
    let table = if vm.is_true(&a[1])? {
        &B32_HEX_VALUES
    } else {
        &B32_STD_VALUES
    };
    let n = with_binary(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n / 8 * 5)?;
    let r = with_binary(vm, &a[0], |d| -> Result<(), &'static str> {
        if d.len() % 8 != 0 {
            return Err("Incorrect padding");
        }
        let body = d.len() - d.iter().rev().take_while(|&&c| c == b'=').count();
        let pads = d.len() - body;
        for q in d[..body].chunks(8) {
            let mut n: u64 = 0;
            for &c in q {
                let v = table[c as usize];
                if v == 0xff {
                    return Err("Non-base32 digit found");
                }
                n = n << 5 | v as u64;
            }
            n <<= 5 * (8 - q.len());
            out.extend_from_slice(&n.to_be_bytes()[3..]);
        }
        if pads > 0 {
            let keep = match pads {
                1 => 4,
                3 => 3,
                4 => 2,
                6 => 1,
                _ => return Err("Incorrect padding"),
            };
            if out.len() >= 5 {
                out.truncate(out.len() - 5 + keep);
            }
        }
        Ok(())
    })?;
    match r {
        Ok(()) => Ok(bytes_value(out)),
        Err(m) => Err(error(vm, m)),
    }
}

// ----------------------------------------------------- Ascii85, base85

const B85_ALPHABET: &[u8; 85] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
const B85_VALUES: [u8; 256] = values_of(B85_ALPHABET);

/// The five digits of `w` in base 85, most significant first.
fn digits85(mut w: u32) -> [u8; 5] {
    let mut d = [0u8; 5];
    for k in (0..5).rev() {
        d[k] = (w % 85) as u8;
        w /= 85;
    }
    d
}

/// Encode `d` in groups of four bytes (the last zero-padded); `ascii85`
/// selects Ascii85's alphabet and its `z`/`y` shortcuts. Without `pad`
/// the output is cut by the padding's length.
fn encode85(d: &[u8], ascii85: bool, foldspaces: bool, pad: bool, out: &mut Vec<u8>) {
    let padding = (4 - d.len() % 4) % 4;
    let start = out.len();
    let mut last_short = false;
    for chunk in d.chunks(4) {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        let word = u32::from_be_bytes(w);
        last_short = false;
        if ascii85 && word == 0 {
            out.push(b'z');
            last_short = true;
        } else if ascii85 && foldspaces && word == 0x2020_2020 {
            out.push(b'y');
            last_short = true;
        } else {
            for x in digits85(word) {
                out.push(if ascii85 {
                    x + b'!'
                } else {
                    B85_ALPHABET[x as usize]
                });
            }
        }
    }
    if padding > 0 && !pad {
        // A short last group may not fold: its digits are spelled out
        // before the padding's share of them is cut.
        if last_short && out.len() > start {
            out.pop();
            out.extend_from_slice(b"!!!!!");
        }
        out.truncate(out.len() - padding);
    }
}

/// `a85encode(data, foldspaces, wrapcol, pad, adobe)`.
fn a85encode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "a85encode", a, 5, 5)?;
    let foldspaces = flag(vm, a, 1)?;
    let wrapcol = vm.to_index(&a[2])?;
    let pad = flag(vm, a, 3)?;
    let adobe = flag(vm, a, 4)?;
    let n = with_input(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut body = vm.try_vec(n.div_ceil(4) * 5 + 4)?;
    if adobe {
        body.extend_from_slice(b"<~");
    }
    with_input(vm, &a[0], |d| encode85(d, true, foldspaces, pad, &mut body))?;
    let mut out = if wrapcol != 0 {
        let width = wrapcol.max(if adobe { 2 } else { 1 }) as usize;
        let mut w = vm.try_vec(body.len() + body.len() / width + 4)?;
        let mut chunks = body.chunks(width).peekable();
        let mut last_len = 0;
        while let Some(c) = chunks.next() {
            w.extend_from_slice(c);
            last_len = c.len();
            if chunks.peek().is_some() {
                w.push(b'\n');
            }
        }
        // The closing `~>` must fit on the last line, or gets its own.
        if adobe && last_len + 2 > width {
            w.push(b'\n');
        }
        w
    } else {
        body
    };
    if adobe {
        out.extend_from_slice(b"~>");
    }
    Ok(bytes_value(out))
}

/// `a85decode(data, foldspaces, adobe, ignorechars)`: data is bytes.
fn a85decode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "a85decode", a, 4, 4)?;
    let foldspaces = flag(vm, a, 1)?;
    let adobe = flag(vm, a, 2)?;
    let ignore = with_binary(vm, &a[3], |d| d.to_vec())?;
    let n = with_binary(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n / 5 * 4 + 4)?;
    let r = with_binary(vm, &a[0], |d| -> Result<(), String> {
        let mut d = d;
        if adobe {
            let Some(rest) = d.strip_suffix(b"~>") else {
                return Err("Ascii85 encoded byte sequences must end with b'~>'".into());
            };
            d = rest.strip_prefix(b"<~").unwrap_or(rest);
        }
        let mut group = [0u8; 5];
        let mut k = 0;
        // The input runs on into four `u`s, completing a last short group.
        for &c in d.iter().chain(b"uuuu".iter()) {
            if (b'!'..=b'u').contains(&c) {
                group[k] = c - b'!';
                k += 1;
                if k == 5 {
                    let mut acc: u64 = 0;
                    for x in group {
                        acc = acc * 85 + x as u64;
                    }
                    if acc > u32::MAX as u64 {
                        return Err("Ascii85 overflow".into());
                    }
                    out.extend_from_slice(&(acc as u32).to_be_bytes());
                    k = 0;
                }
            } else if c == b'z' {
                if k != 0 {
                    return Err("z inside Ascii85 5-tuple".into());
                }
                out.extend_from_slice(&[0; 4]);
            } else if foldspaces && c == b'y' {
                if k != 0 {
                    return Err("y inside Ascii85 5-tuple".into());
                }
                out.extend_from_slice(b"    ");
            } else if ignore.contains(&c) {
                continue;
            } else {
                return Err(format!("Non-Ascii85 digit found: {}", c as char));
            }
        }
        // The `u`s left in the group are dropped; the ones that completed
        // it stand for padding bytes.
        out.truncate(out.len() - (4 - k));
        Ok(())
    })?;
    match r {
        Ok(()) => Ok(bytes_value(out)),
        Err(m) => Err(vm.value_error(m)),
    }
}

/// `b85encode(data, pad)`.
fn b85encode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "b85encode", a, 2, 2)?;
    let pad = flag(vm, a, 1)?;
    let n = with_input(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n.div_ceil(4) * 5)?;
    with_input(vm, &a[0], |d| encode85(d, false, false, pad, &mut out))?;
    Ok(bytes_value(out))
}

/// `b85decode(data)`: data is bytes.
fn b85decode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "b85decode", a, 1, 1)?;
    let n = with_binary(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n.div_ceil(5) * 4)?;
    let r = with_binary(vm, &a[0], |d| -> Result<(), String> {
        let padding = (5 - d.len() % 5) % 5;
        for (ci, chunk) in d.chunks(5).enumerate() {
            let mut acc: u64 = 0;
            for k in 0..5 {
                let c = chunk.get(k).copied().unwrap_or(b'~');
                let v = B85_VALUES[c as usize];
                if v == 0xff {
                    return Err(format!("bad base85 character at position {}", ci * 5 + k));
                }
                acc = acc * 85 + v as u64;
            }
            if acc > u32::MAX as u64 {
                return Err(format!(
                    "base85 overflow in hunk starting at byte {}",
                    ci * 5
                ));
            }
            out.extend_from_slice(&(acc as u32).to_be_bytes());
        }
        out.truncate(out.len() - padding);
        Ok(())
    })?;
    match r {
        Ok(()) => Ok(bytes_value(out)),
        Err(m) => Err(vm.value_error(m)),
    }
}
