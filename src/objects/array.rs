//! `array.array`: a typed array of numbers (or characters), plain data.
//! The items are kept as their machine bytes in native order, so
//! `tobytes`, `frombytes`, `byteswap` and memoryviews are copies or
//! windows of one buffer; an item is decoded when it is read.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::bytearray::ByteArrayData;
use super::{NativeData, Value};
use crate::vm::{PyResult, Vm};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub struct ArrayData {
    /// The typecode, one of `TYPECODES`.
    pub code: u8,
    /// The items' bytes; memoryviews over the array count as its exports.
    pub buf: ByteArrayData,
}

impl ArrayData {
    pub fn new(code: u8, bytes: Vec<u8>) -> ArrayData {
        ArrayData {
            code,
            buf: ByteArrayData {
                data: std::cell::RefCell::new(bytes),
                exports: Default::default(),
            },
        }
    }

    pub fn itemsize(&self) -> usize {
        itemsize(self.code)
    }

    pub fn len(&self) -> usize {
        self.buf.data.borrow().len() / self.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.data.borrow().is_empty()
    }

    /// Item `i`, which must be in range.
    pub fn get(&self, i: usize) -> Value {
        let n = self.itemsize();
        decode(self.code, &self.buf.data.borrow()[i * n..(i + 1) * n])
    }

    /// Every item, decoded.
    pub fn items(&self) -> Vec<Value> {
        let n = self.itemsize();
        self.buf
            .data
            .borrow()
            .chunks_exact(n)
            .map(|c| decode(self.code, c))
            .collect()
    }

    pub fn is_float(&self) -> bool {
        matches!(self.code, b'f' | b'd')
    }
}

/// The array behind a value, if it is one.
pub fn array_of(v: &Value) -> Option<&ArrayData> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::Array(a) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

/// The memoryview format of an array's items (CPython shows `w` for `u`).
pub fn view_format(code: u8) -> char {
    if code == b'u' {
        'w'
    } else {
        code as char
    }
}

/// One item from its bytes.
pub fn decode(code: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    match code {
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'l' | b'q' => Value::Int(i64::from_ne_bytes(w)),
        b'L' | b'Q' => {
            let u = u64::from_ne_bytes(w);
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(u)),
            }
        }
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(w)),
        _ => {
            let u = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            Value::string(char::from_u32(u).unwrap_or('\u{fffd}').to_string())
        }
    }
}

/// CPython's OverflowError messages for an integer out of a typecode's
/// range: (too large, too small).
fn range_messages(code: u8) -> (&'static str, &'static str) {
    match code {
        b'b' => (
            "signed char is greater than maximum",
            "signed char is less than minimum",
        ),
        b'B' => (
            "unsigned byte integer is greater than maximum",
            "unsigned byte integer is less than minimum",
        ),
        b'h' => (
            "signed short integer is greater than maximum",
            "signed short integer is less than minimum",
        ),
        b'H' => (
            "unsigned short is greater than maximum",
            "unsigned short is less than minimum",
        ),
        b'i' => (
            "signed integer is greater than maximum",
            "signed integer is less than minimum",
        ),
        b'I' => (
            "unsigned int is greater than maximum",
            "can't convert negative value to unsigned int",
        ),
        b'l' => (
            "Python int too large to convert to C long",
            "Python int too large to convert to C long",
        ),
        b'L' => (
            "Python int too large to convert to C unsigned long",
            "can't convert negative value to unsigned int",
        ),
        b'q' => ("int too big to convert", "int too big to convert"),
        _ => (
            "int too big to convert",
            "can't convert negative int to unsigned",
        ),
    }
}

fn int_range(code: u8) -> (i128, i128) {
    match code {
        b'b' => (i8::MIN as i128, i8::MAX as i128),
        b'B' => (0, u8::MAX as i128),
        b'h' => (i16::MIN as i128, i16::MAX as i128),
        b'H' => (0, u16::MAX as i128),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' => (i64::MIN as i128, i64::MAX as i128),
        _ => (0, u64::MAX as i128),
    }
}

/// The bytes of `v` as an item of `code` (the first `itemsize` of the
/// eight returned), with CPython's errors.
pub fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<[u8; 8]> {
    match code {
        b'f' => {
            let f = vm.to_f64(v)?;
            let mut w = [0u8; 8];
            w[..4].copy_from_slice(&(f as f32).to_ne_bytes());
            Ok(w)
        }
        b'd' => Ok(vm.to_f64(v)?.to_ne_bytes()),
        b'u' => match v {
            Value::Str(s) if s.char_len() == 1 => {
                let c = s.as_str().chars().next().unwrap_or('\0') as u32;
                let mut w = [0u8; 8];
                w[..4].copy_from_slice(&c.to_ne_bytes());
                Ok(w)
            }
            _ => Err(vm.type_error("array item must be unicode character")),
        },
        _ => {
            let n: i128 = match v {
                Value::Int(i) => *i as i128,
                Value::Bool(b) => *b as i128,
                _ => match vm.to_int_value(v)? {
                    Value::Int(i) => i as i128,
                    Value::BigInt(b) => {
                        b.to_i128()
                            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                                i128::MIN
                            } else {
                                i128::MAX
                            })
                    }
                    _ => 0,
                },
            };
            let (lo, hi) = int_range(code);
            // Past the C long (or unsigned long) CPython converts through
            // first, its message wins.
            if (n < i64::MIN as i128 || n > u64::MAX as i128)
                || (n > i64::MAX as i128 && !matches!(code, b'I' | b'L' | b'Q'))
            {
                let msg = match code {
                    b'q' => "int too big to convert",
                    b'Q' if n > 0 => "int too big to convert",
                    b'Q' => "can't convert negative int to unsigned",
                    b'I' | b'L' if n > 0 => "Python int too large to convert to C unsigned long",
                    b'I' | b'L' => "can't convert negative value to unsigned int",
                    _ => "Python int too large to convert to C long",
                };
                return Err(vm.overflow_error(msg));
            }
            if n < lo || n > hi {
                let (big, small) = range_messages(code);
                return Err(vm.overflow_error(if n > hi { big } else { small }));
            }
            let mut w = [0u8; 8];
            let size = itemsize(code);
            // Two's complement in native order: the low bytes carry it.
            let bytes = (n as i64).to_ne_bytes();
            if cfg!(target_endian = "little") {
                w[..size].copy_from_slice(&bytes[..size]);
            } else {
                w[..size].copy_from_slice(&bytes[8 - size..]);
            }
            Ok(w)
        }
    }
}

/// Encode every value of `items` into one buffer; nothing is kept if one
/// of them fails.
pub fn encode_all(vm: &mut Vm, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let size = itemsize(code);
    let mut out = vm.try_vec(items.len() * size)?;
    for v in items {
        let w = encode(vm, code, v)?;
        out.extend_from_slice(&w[..size]);
    }
    vm.charge_native(items.len() / 8)?;
    Ok(out)
}

/// `arr[i]` for an exact `array.array` and an int index in range, without
/// a method call (subscripts in loops); None when the general path must
/// decide (subclasses, slices, errors).
#[inline]
pub fn fast_get(obj: &Value, key: &Value) -> Option<Value> {
    let (Value::Native(n), Value::Int(i)) = (obj, key) else {
        return None;
    };
    let NativeData::Array(d) = &n.data else {
        return None;
    };
    if n.dict.is_some() {
        return None;
    }
    let len = d.len() as i64;
    let j = if *i < 0 { *i + len } else { *i };
    if j < 0 || j >= len {
        return None;
    }
    Some(d.get(j as usize))
}

/// `arr[i] = v` for an exact `array.array`, an int index in range and a
/// value that converts without running code or failing; false when the
/// general path must do it.
#[inline]
pub fn fast_set(obj: &Value, key: &Value, value: &Value) -> bool {
    let (Value::Native(n), Value::Int(i)) = (obj, key) else {
        return false;
    };
    let NativeData::Array(d) = &n.data else {
        return false;
    };
    if n.dict.is_some() {
        return false;
    }
    let len = d.len() as i64;
    let j = if *i < 0 { *i + len } else { *i };
    if j < 0 || j >= len {
        return false;
    }
    let size = d.itemsize();
    let at = j as usize * size;
    let mut b = d.buf.data.borrow_mut();
    let dst = &mut b[at..at + size];
    match (d.code, value) {
        (b'd', Value::Float(f)) => dst.copy_from_slice(&f.to_ne_bytes()),
        (b'f', Value::Float(f)) => dst.copy_from_slice(&(*f as f32).to_ne_bytes()),
        (b'B', Value::Int(v)) if (0..256).contains(v) => dst[0] = *v as u8,
        (b'b', Value::Int(v)) if (-128..128).contains(v) => dst[0] = *v as u8,
        (b'i', Value::Int(v)) if i32::try_from(*v).is_ok() => {
            dst.copy_from_slice(&(*v as i32).to_ne_bytes())
        }
        (b'l' | b'q', Value::Int(v)) => dst.copy_from_slice(&v.to_ne_bytes()),
        (b'd', Value::Int(v)) => dst.copy_from_slice(&(*v as f64).to_ne_bytes()),
        _ => return false,
    }
    true
}
