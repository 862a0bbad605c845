//! `binascii`: base64 and hex conversions and the two CRCs, natively.
//! The base64 module is built on these loops, so they work on borrowed
//! buffers and allocate their results once, at the right size.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::args;
use super::modules::make_module;
use crate::objects::bytearray::with_bytes_like;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::KwArgs;
use crate::objects::{BytesObj, ClassObj, DictObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "binascii",
        &[
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("b2a_hex", b2a_hex),
            ("hexlify", hexlify),
            ("a2b_hex", a2b_hex),
            ("unhexlify", unhexlify),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
            ("b2a_uu", b2a_uu),
            ("a2b_uu", a2b_uu),
            ("b2a_qp", b2a_qp),
            ("a2b_qp", a2b_qp),
        ],
    );
    let err = error_class(vm, "Error");
    let inc = error_class(vm, "Incomplete");
    m.dict.set_str_text("Error", Value::Class(err));
    m.dict.set_str_text("Incomplete", Value::Class(inc));
    Ok(Value::Module(m))
}

/// `binascii.Error` (a ValueError) or `binascii.Incomplete`, made once per
/// VM and kept with the other lazily made classes (so snapshots name them).
pub fn error_class(vm: &mut Vm, which: &str) -> Rc<ClassObj> {
    let key: &'static str = if which == "Error" {
        "binascii.Error"
    } else {
        "binascii.Incomplete"
    };
    if let Some(c) = vm.types.iterators.borrow().get(key) {
        return c.clone();
    }
    let base = if which == "Error" {
        vm.types.value_error.clone()
    } else {
        vm.types.exception.clone()
    };
    let name = vm.intern(which);
    let c = new_class(
        name,
        vec![base.clone()],
        Rc::new(DictObj::new()),
        Layout::Exception,
        false,
    )
    .unwrap_or(base);
    super::set_class_attr(vm, &c, "__module__", Value::str("binascii"));
    vm.types.iterators.borrow_mut().insert(key, c.clone());
    c
}

/// A `binascii.Error` with `msg`.
pub fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let c = error_class(vm, "Error");
    vm.new_error(&c, msg)
}

pub fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(data)))
}

/// Run `f` on the bytes of a bytes-like argument, or CPython's TypeError.
pub fn with_binary<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    match with_bytes_like(v, f) {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", tn)))
        }
    }
}

/// Run `f` on the bytes of an a2b_ argument: a bytes-like object or an
/// ASCII-only str.
pub fn with_ascii<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if let Value::Str(s) = v {
        if !s.as_str().is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(f(s.as_str().as_bytes()));
    }
    match with_bytes_like(v, f) {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                tn
            )))
        }
    }
}

/// Charge the limits for a pass over `n` bytes.
pub fn charge(vm: &mut Vm, n: usize) -> PyResult<()> {
    vm.charge_native(n / 64 + 1)
}

/// The one positional argument of a function taking keyword-only options,
/// with CPython's messages.
fn one_positional<'a>(
    vm: &mut Vm,
    name: &str,
    a: &'a [Value],
    kw: KwArgs,
    allowed: &[&str],
) -> PyResult<&'a Value> {
    if a.len() + kw.len() > 1 + allowed.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} arguments ({} given)",
            name,
            1 + allowed.len(),
            a.len() + kw.len()
        )));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly 1 positional argument ({} given)",
            name,
            a.len()
        )));
    }
    args::only_kwargs(vm, name, kw, allowed)?;
    Ok(&a[0])
}

/// An int-converted flag (`newline=`, `strict_mode=`): CPython reads these
/// with `__index__`, so `newline="x"` is a TypeError.
pub fn int_flag(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = vm.to_int_value(&v)?;
            Ok(!matches!(i, Value::Int(0)))
        }
    }
}

// ------------------------------------------------------------- base64

pub const B64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Each byte's base64 value, or 0xff.
const B64_VALUES: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64_ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// Append the base64 form of `data` (padded) to `out`.
pub fn b64_encode_into(data: &[u8], out: &mut Vec<u8>) {
    let a = B64_ALPHABET;
    let mut chunks = data.chunks_exact(3);
    for c in &mut chunks {
        let n = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        out.extend_from_slice(&[
            a[(n >> 18) as usize & 63],
            a[(n >> 12) as usize & 63],
            a[(n >> 6) as usize & 63],
            a[n as usize & 63],
        ]);
    }
    match *chunks.remainder() {
        [x] => {
            out.extend_from_slice(&[a[(x >> 2) as usize], a[((x & 3) << 4) as usize], b'=', b'='])
        }
        [x, y] => {
            let n = (x as u32) << 8 | y as u32;
            out.extend_from_slice(&[
                a[(n >> 10) as usize & 63],
                a[(n >> 4) as usize & 63],
                a[((n & 15) << 2) as usize],
                b'=',
            ]);
        }
        _ => {}
    }
}

fn b2a_base64(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = one_positional(vm, "b2a_base64", a, kw, &["newline"])?;
    let newline = int_flag(vm, args::kwarg(kw, "newline"), true)?;
    let n = with_binary(vm, data, |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n.div_ceil(3) * 4 + 1)?;
    with_binary(vm, data, |d| b64_encode_into(d, &mut out))?;
    if newline {
        out.push(b'\n');
    }
    Ok(bytes_value(out))
}

/// Why a base64 decode failed.
pub enum B64Error {
    Msg(&'static str),
    /// Data characters left over one past a multiple of four.
    OneOver(usize),
}

/// Decode base64 as binascii does: in the default mode characters outside
/// the alphabet are skipped and the first complete padding ends the data;
/// `strict` refuses anything but canonical input.
pub fn b64_decode(d: &[u8], strict: bool, out: &mut Vec<u8>) -> Result<(), B64Error> {
    if strict && d.first() == Some(&b'=') {
        return Err(B64Error::Msg("Leading padding not allowed"));
    }
    let mut acc: u32 = 0;
    let mut quad = 0usize;
    let mut pads = 0usize;
    let mut padding_seen = false;
    let mut count = 0usize;
    let mut i = 0;
    while i < d.len() {
        // Between quads, runs of plain alphabet characters go four at a time.
        if quad == 0 && !padding_seen {
            while i + 4 <= d.len() {
                let v = [
                    B64_VALUES[d[i] as usize],
                    B64_VALUES[d[i + 1] as usize],
                    B64_VALUES[d[i + 2] as usize],
                    B64_VALUES[d[i + 3] as usize],
                ];
                if (v[0] | v[1] | v[2] | v[3]) & 0x80 != 0 {
                    break;
                }
                let n =
                    (v[0] as u32) << 18 | (v[1] as u32) << 12 | (v[2] as u32) << 6 | v[3] as u32;
                out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
                i += 4;
                count += 4;
            }
            if i >= d.len() {
                break;
            }
        }
        let c = d[i];
        i += 1;
        if c == b'=' {
            padding_seen = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i < d.len() {
                        return Err(B64Error::Msg("Excess data after padding"));
                    }
                    if quad == 2 {
                        out.push((acc >> 4) as u8);
                    } else {
                        out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]);
                    }
                    return Ok(());
                }
            }
            continue;
        }
        let v = B64_VALUES[c as usize];
        if v == 0xff {
            if strict {
                return Err(B64Error::Msg("Only base64 data is allowed"));
            }
            continue;
        }
        if strict && padding_seen {
            return Err(B64Error::Msg("Discontinuous padding not allowed"));
        }
        pads = 0;
        count += 1;
        acc = acc << 6 | v as u32;
        quad += 1;
        if quad == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            quad = 0;
        }
    }
    match quad {
        0 => Ok(()),
        1 => Err(B64Error::OneOver(count)),
        _ => Err(B64Error::Msg("Incorrect padding")),
    }
}

pub fn b64_error(vm: &mut Vm, e: B64Error) -> PyErr {
    match e {
        B64Error::Msg(m) => error(vm, m),
        B64Error::OneOver(n) => error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                n
            ),
        ),
    }
}

fn a2b_base64(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = one_positional(vm, "a2b_base64", a, kw, &["strict_mode"])?;
    let strict = int_flag(vm, args::kwarg(kw, "strict_mode"), false)?;
    let n = with_ascii(vm, data, |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n / 4 * 3 + 3)?;
    match with_ascii(vm, data, |d| b64_decode(d, strict, &mut out))? {
        Ok(()) => Ok(bytes_value(out)),
        Err(e) => Err(b64_error(vm, e)),
    }
}

// ---------------------------------------------------------------- hex

const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

pub fn hex_encode_into(d: &[u8], digits: &[u8; 16], out: &mut Vec<u8>) {
    for &b in d {
        out.extend_from_slice(&[digits[(b >> 4) as usize], digits[(b & 15) as usize]]);
    }
}

/// The separator byte of `b2a_hex(data, sep)`, with CPython's checks in
/// its order: a length, then the type, then ASCII.
fn hex_sep(vm: &mut Vm, sep: &Value) -> PyResult<u8> {
    let n = vm.len(sep)?;
    if n != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    match sep {
        // Any code point below 256 passes, as in CPython.
        Value::Str(s) => match s.as_str().chars().next() {
            Some(c) if (c as u32) < 256 => Ok(c as u32 as u8),
            _ => Err(vm.value_error("sep must be ASCII.")),
        },
        Value::Bytes(b) => Ok(b.as_bytes()[0]),
        _ => Err(vm.type_error("sep must be str or bytes.")),
    }
}

/// A C int argument, as CPython converts one.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_int_value(v)? {
        Value::Int(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn hex_common(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, name, kw, &["data", "sep", "bytes_per_sep"])?;
    if a.len() + kw.len() > 3 {
        return Err(vm.type_error(format!(
            "{}() takes at most 3 arguments ({} given)",
            name,
            a.len() + kw.len()
        )));
    }
    let Some(data) = args::arg_or_kw(a, 0, kw, "data") else {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'data' (pos 1)",
            name
        )));
    };
    let sep = match args::arg_or_kw(a, 1, kw, "sep") {
        Some(s) => Some(hex_sep(vm, &s)?),
        None => None,
    };
    let per = match args::arg_or_kw(a, 2, kw, "bytes_per_sep") {
        Some(v) => c_int(vm, &v)?,
        None => 1,
    };
    let n = with_binary(vm, &data, |d| d.len())?;
    charge(vm, n)?;
    let group = per.unsigned_abs() as usize;
    let seps = match sep {
        Some(_) if group > 0 && n > 0 => (n - 1) / group,
        _ => 0,
    };
    let mut out = vm.try_vec(n * 2 + seps)?;
    with_binary(vm, &data, |d| {
        if seps == 0 {
            return hex_encode_into(d, HEX_LOWER, &mut out);
        }
        let sep = sep.unwrap_or(b'-');
        // Positive counts group from the right, so the short group leads.
        let first = if per > 0 && d.len() % group != 0 {
            d.len() % group
        } else {
            group
        };
        let (head, rest) = d.split_at(first.min(d.len()));
        hex_encode_into(head, HEX_LOWER, &mut out);
        for chunk in rest.chunks(group) {
            out.push(sep);
            hex_encode_into(chunk, HEX_LOWER, &mut out);
        }
    })?;
    Ok(bytes_value(out))
}

fn b2a_hex(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    hex_common(vm, "b2a_hex", a, kw)
}

fn hexlify(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    hex_common(vm, "hexlify", a, kw)
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Decode hex digits (either case); Err names the problem.
pub fn hex_decode(d: &[u8], out: &mut Vec<u8>) -> Result<(), &'static str> {
    if !d.len().is_multiple_of(2) {
        return Err("Odd-length string");
    }
    for p in d.chunks_exact(2) {
        match (hex_digit(p[0]), hex_digit(p[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err("Non-hexadecimal digit found"),
        }
    }
    Ok(())
}

fn unhex_common(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("binascii.{}() takes no keyword arguments", name)));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "binascii.{}() takes exactly one argument ({} given)",
            name,
            a.len()
        )));
    }
    let n = with_ascii(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let mut out = vm.try_vec(n / 2)?;
    match with_ascii(vm, &a[0], |d| hex_decode(d, &mut out))? {
        Ok(()) => Ok(bytes_value(out)),
        Err(m) => Err(error(vm, m)),
    }
}

fn a2b_hex(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    unhex_common(vm, "a2b_hex", a, kw)
}

fn unhexlify(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    unhex_common(vm, "unhexlify", a, kw)
}

// ----------------------------------------------------------------- uu

/// `b2a_uu(data, *, backtick=False)`: one uuencoded line.
fn b2a_uu(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = one_positional(vm, "b2a_uu", a, kw, &["backtick"])?;
    let backtick = int_flag(vm, args::kwarg(kw, "backtick"), false)?;
    let d = with_binary(vm, data, |d| d.to_vec())?;
    if d.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let ch = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut out = Vec::with_capacity(2 + d.len().div_ceil(3) * 4);
    out.push(ch(d.len() as u8));
    for g in d.chunks(3) {
        let n = (g[0] as u32) << 16
            | (*g.get(1).unwrap_or(&0) as u32) << 8
            | *g.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            out.push(ch((n >> (18 - 6 * k)) as u8 & 63));
        }
    }
    out.push(b'\n');
    Ok(bytes_value(out))
}

/// Decode one uuencoded line: the first character gives the length;
/// missing characters (and line ends) count as zeros, and what follows
/// the data may only be spaces, backticks and line ends.
fn uu_decode(d: &[u8], out: &mut Vec<u8>) -> Result<(), &'static str> {
    let want = (d.first().copied().unwrap_or(0).wrapping_sub(b' ') & 63) as usize;
    let rest = d.get(1..).unwrap_or(&[]);
    let (mut acc, mut bits, mut pos) = (0u32, 0u32, 0usize);
    while out.len() < want {
        let v = match rest.get(pos) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err("Illegal char"),
            Some(&c) => (c - b' ') & 63,
        };
        pos += 1;
        acc = (acc << 6 | v as u32) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    let tail = rest.get(pos..).unwrap_or(&[]);
    if tail
        .iter()
        .any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r'))
    {
        return Err("Trailing garbage");
    }
    Ok(())
}

fn a2b_uu(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("binascii.a2b_uu() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "binascii.a2b_uu() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let mut out = Vec::with_capacity(64);
    match with_ascii(vm, &a[0], |d| uu_decode(d, &mut out))? {
        Ok(()) => Ok(bytes_value(out)),
        Err(m) => Err(error(vm, m)),
    }
}

// ------------------------------------------------- quoted-printable

/// Arguments by position or keyword, all optional but the first, with
/// CPython's messages for a binascii function.
fn qp_args(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: KwArgs,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    if a.len() + kw.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} arguments ({} given)",
            name,
            names.len(),
            a.len() + kw.len()
        )));
    }
    args::only_kwargs(vm, name, kw, names)?;
    let out: Vec<Option<Value>> = (0..names.len())
        .map(|i| args::arg_or_kw(a, i, kw, names[i]))
        .collect();
    if out[0].is_none() {
        return Err(vm.type_error(format!(
            "{}() missing required argument 'data' (pos 1)",
            name
        )));
    }
    Ok(out)
}

const QP_LINE: usize = 76;
const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// Quoted-printable encoding. Lines end as the data's first line ends
/// (`\r\n` or `\n`); lines are broken softly (`=` at the end) before
/// they pass 76 characters.
fn qp_encode(d: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let crlf = match d.iter().position(|&c| c == b'\n') {
        Some(p) => p > 0 && d[p - 1] == b'\r',
        None => false,
    };
    let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut out = Vec::with_capacity(d.len() + d.len() / 8 + 8);
    let mut linelen = 0usize;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        let next = d.get(i + 1).copied();
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.'
                && linelen == 0
                && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && next.is_none())
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if linelen + 3 >= QP_LINE {
                out.push(b'=');
                out.extend_from_slice(eol);
                linelen = 0;
            }
            out.extend_from_slice(&[
                b'=',
                HEX_UPPER[(c >> 4) as usize],
                HEX_UPPER[(c & 15) as usize],
            ]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            // Whitespace ending a line would be lost in transit: quote it.
            if let Some(&w) = out.last().filter(|&&w| w == b' ' || w == b'\t') {
                out.pop();
                out.extend_from_slice(&[
                    b'=',
                    HEX_UPPER[(w >> 4) as usize],
                    HEX_UPPER[(w & 15) as usize],
                ]);
            }
            out.extend_from_slice(eol);
            linelen = 0;
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if next.is_some_and(|n| n != b'\n') && linelen + 1 >= QP_LINE {
                out.push(b'=');
                out.extend_from_slice(eol);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`.
fn b2a_qp(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = qp_args(
        vm,
        "b2a_qp",
        a,
        kw,
        &["data", "quotetabs", "istext", "header"],
    )?;
    let quotetabs = int_flag(vm, p[1].clone(), false)?;
    let istext = int_flag(vm, p[2].clone(), true)?;
    let header = int_flag(vm, p[3].clone(), false)?;
    let data = p[0].clone().unwrap_or_default();
    let n = with_binary(vm, &data, |d| d.len())?;
    charge(vm, n)?;
    vm.probe_alloc(n.saturating_mul(3))?;
    let out = with_binary(vm, &data, |d| qp_encode(d, quotetabs, istext, header))?;
    Ok(bytes_value(out))
}

fn qp_decode(d: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        i += 1;
        if c != b'=' {
            out.push(if header && c == b'_' { b' ' } else { c });
            continue;
        }
        let Some(&n) = d.get(i) else { break };
        if n == b'\n' || n == b'\r' {
            // A soft line break: `=` up to the end of the line.
            while i < d.len() && d[i] != b'\n' {
                i += 1;
            }
            i += 1;
        } else if n == b'=' {
            out.push(b'=');
            i += 1;
        } else if let (Some(h), Some(l)) = (hex_digit(n), d.get(i + 1).and_then(|&x| hex_digit(x)))
        {
            out.push(h << 4 | l);
            i += 2;
        } else {
            out.push(b'=');
        }
    }
    out
}

/// `a2b_qp(data, header=False)`.
fn a2b_qp(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = qp_args(vm, "a2b_qp", a, kw, &["data", "header"])?;
    let header = int_flag(vm, p[1].clone(), false)?;
    let data = p[0].clone().unwrap_or_default();
    let n = with_ascii(vm, &data, |d| d.len())?;
    charge(vm, n)?;
    vm.probe_alloc(n)?;
    let out = with_ascii(vm, &data, |d| qp_decode(d, header))?;
    Ok(bytes_value(out))
}

// --------------------------------------------------------------- CRCs

/// The reflected CRC-32 table (polynomial 0xEDB88320), as zlib uses.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-CCITT (polynomial 0x1021, most significant bit first).
const CRC_HQX_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

pub fn crc32_update(crc: u32, d: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in d {
        c = CRC32_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc_hqx_update(crc: u16, d: &[u8]) -> u16 {
    let mut c = crc;
    for &b in d {
        c = (c << 8) ^ CRC_HQX_TABLE[((c >> 8) as u8 ^ b) as usize];
    }
    c
}

/// The low `bits` bits of an int argument (CPython masks, never overflows).
fn masked(vm: &mut Vm, v: &Value, bits: u32) -> PyResult<u64> {
    let mask = (1u64 << bits) - 1;
    match vm.to_int_value(v)? {
        Value::Int(i) => Ok(i as u64 & mask),
        Value::BigInt(b) => {
            let m = BigInt::from(1u64 << bits);
            let r = ((&*b % &m) + &m) % &m;
            Ok(r.to_u64().unwrap_or(0))
        }
        _ => Ok(0),
    }
}

fn crc32(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("binascii.crc32() takes no keyword arguments"));
    }
    args::check(vm, "crc32", a, 1, 2)?;
    let start = match a.get(1) {
        Some(v) => masked(vm, v, 32)? as u32,
        None => 0,
    };
    let n = with_binary(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let r = with_binary(vm, &a[0], |d| crc32_update(start, d))?;
    Ok(Value::Int(r as i64))
}

fn crc_hqx(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("binascii.crc_hqx() takes no keyword arguments"));
    }
    args::check(vm, "crc_hqx", a, 2, 2)?;
    let start = masked(vm, &a[1], 16)? as u16;
    let n = with_binary(vm, &a[0], |d| d.len())?;
    charge(vm, n)?;
    let r = with_binary(vm, &a[0], |d| crc_hqx_update(start, d))?;
    Ok(Value::Int(r as i64))
}
