//! The text of a JSON document given as bytes in UTF-16 or UTF-32 (or
//! UTF-8 after a BOM): json.loads detects the encoding, and weft's bytes
//! codecs know only UTF-8, ASCII and Latin-1. Lone surrogates become
//! U+FFFD, as they cannot live in a weft str; other bad input is CPython's
//! UnicodeDecodeError.

use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The codec of a JSON document given as bytes: its BOM, else where its
/// first characters have zero bytes (JSON text starts with ASCII).
pub fn detect_encoding(b: &[u8]) -> &'static str {
    if b.starts_with(b"\xff\xfe\x00\x00") || b.starts_with(b"\x00\x00\xfe\xff") {
        return "utf-32";
    }
    if b.starts_with(b"\xff\xfe") || b.starts_with(b"\xfe\xff") {
        return "utf-16";
    }
    if b.starts_with(b"\xef\xbb\xbf") {
        return "utf-8-sig";
    }
    if b.len() >= 4 {
        if b[0] == 0 {
            return if b[1] != 0 { "utf-16-be" } else { "utf-32-be" };
        }
        if b[1] == 0 {
            return if b[2] != 0 || b[3] != 0 {
                "utf-16-le"
            } else {
                "utf-32-le"
            };
        }
    } else if b.len() == 2 {
        if b[0] == 0 {
            return "utf-16-be";
        }
        if b[1] == 0 {
            return "utf-16-le";
        }
    }
    "utf-8"
}

/// The text of a JSON document given as bytes, as json.loads decodes it.
pub fn document_text(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    match detect_encoding(data) {
        "utf-8" => match std::str::from_utf8(data) {
            Ok(s) => {
                vm.charge_native(s.len() / 64)?;
                Ok(Value::str(s))
            }
            Err(_) => {
                // The bytes codec words the error as CPython does.
                let enc = Value::str("utf-8");
                let errors = Value::str("surrogatepass");
                crate::objects::bytes::decode(vm, data, Some(&enc), Some(&errors))
            }
        },
        enc => decode_utf(vm, data, enc),
    }
}

#[cold]
fn bad(vm: &mut Vm, codec: &str, data: &[u8], at: usize, len: usize, reason: &str) -> PyErr {
    let what = if len == 1 {
        format!("byte 0x{:02x} in position {}", data[at], at)
    } else {
        format!("bytes in position {}-{}", at, at + len - 1)
    };
    let c = vm.types.unicode_decode_error.clone();
    vm.new_error(
        &c,
        format!("'{}' codec can't decode {}: {}", codec, what, reason),
    )
}

/// `data` decoded with `encoding`, one of the names json.detect_encoding
/// gives other than plain "utf-8".
pub fn decode_utf(vm: &mut Vm, data: &[u8], encoding: &str) -> PyResult<Value> {
    let (unit, mut big, mut start) = match encoding {
        "utf-8-sig" => {
            let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
            let enc = Value::str("utf-8");
            let errors = Value::str("surrogatepass");
            return crate::objects::bytes::decode(vm, body, Some(&enc), Some(&errors));
        }
        "utf-16" | "utf-16-le" => (2, false, 0),
        "utf-16-be" => (2, true, 0),
        "utf-32" | "utf-32-le" => (4, false, 0),
        "utf-32-be" => (4, true, 0),
        other => {
            let c = vm.types.lookup_error.clone();
            return Err(vm.new_error(&c, format!("unknown encoding: {}", other)));
        }
    };
    // The BOM of plain "utf-16"/"utf-32" says the byte order; errors then
    // name the codec of that order.
    if encoding == "utf-16" || encoding == "utf-32" {
        let bom_big: &[u8] = if unit == 2 {
            b"\xfe\xff"
        } else {
            b"\x00\x00\xfe\xff"
        };
        let bom_little: &[u8] = if unit == 2 {
            b"\xff\xfe"
        } else {
            b"\xff\xfe\x00\x00"
        };
        if data.starts_with(bom_big) {
            big = true;
            start = unit;
        } else if data.starts_with(bom_little) {
            start = unit;
        }
    }
    let codec = format!("utf-{}-{}", unit * 8, if big { "be" } else { "le" });
    let mut out = vm.try_string(data.len() / unit)?;
    let mut i = start;
    let mut pending_high: Option<u32> = None;
    while i + unit <= data.len() {
        let b = &data[i..i + unit];
        let u = if unit == 2 {
            let v = if big { [b[0], b[1]] } else { [b[1], b[0]] };
            u16::from_be_bytes(v) as u32
        } else {
            let v = if big {
                [b[0], b[1], b[2], b[3]]
            } else {
                [b[3], b[2], b[1], b[0]]
            };
            u32::from_be_bytes(v)
        };
        if unit == 2 {
            if let Some(h) = pending_high.take() {
                if (0xdc00..0xe000).contains(&u) {
                    let c = 0x10000 + ((h - 0xd800) << 10) + (u - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += unit;
                    continue;
                }
                out.push('\u{fffd}');
            }
            if (0xd800..0xdc00).contains(&u) {
                pending_high = Some(u);
                i += unit;
                continue;
            }
        } else if u > 0x10ffff {
            return Err(bad(
                vm,
                &codec,
                data,
                i,
                4,
                "code point not in range(0x110000)",
            ));
        }
        out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
        i += unit;
        if i & 0xfff == 0 {
            vm.charge_native(64)?;
        }
    }
    if pending_high.is_some() {
        out.push('\u{fffd}');
    }
    if i < data.len() {
        return Err(bad(vm, &codec, data, i, data.len() - i, "truncated data"));
    }
    Ok(Value::string(out))
}
