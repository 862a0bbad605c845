//! The remaining methods of `int` and `float`: `__divmod__`, the numeric
//! tower's properties, `__getnewargs__`, `float.fromhex` and
//! `float.__getformat__`.

use num_bigint::BigUint;
use num_traits::{One, Zero};

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args, getter_property, set_class_attr};
use crate::vm::{PyResult, Vm};

fn is_real(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn divmod_pair(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let a = vm.unwrap_builtin(&a);
    let b = vm.unwrap_builtin(&b);
    if !is_real(&a) || !is_real(&b) {
        return Ok(Value::NotImplemented);
    }
    let f = vm.builtins.get_str_text("divmod").unwrap_or(Value::None);
    vm.call_value(f, &[a, b])
}

/// int's own divmod takes ints only; a float operand is float's business.
fn int_operands(vm: &Vm, args: &[Value]) -> bool {
    args.iter()
        .all(|a| !matches!(vm.unwrap_builtin(a), Value::Float(_)))
}

fn divmod_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__divmod__", args, 2, 2)?;
    if !matches!(vm.unwrap_builtin(&args[0]), Value::Float(_)) && !int_operands(vm, args) {
        return Ok(Value::NotImplemented);
    }
    divmod_pair(vm, args[0].clone(), args[1].clone())
}

fn rdivmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__rdivmod__", args, 2, 2)?;
    if !matches!(vm.unwrap_builtin(&args[0]), Value::Float(_)) && !int_operands(vm, args) {
        return Ok(Value::NotImplemented);
    }
    divmod_pair(vm, args[1].clone(), args[0].clone())
}

fn getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__getnewargs__", args, 1, 1)?;
    let v = match vm.unwrap_builtin(&args[0]) {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    };
    Ok(Value::tuple(vec![v]))
}

fn int_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Bool(b)) => Ok(Value::Int(b as i64)),
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => Ok(v),
        _ => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn int_zero(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_one(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn float_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(v @ Value::Float(_)) => Ok(v),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn float_zero(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn getformat(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__getformat__", &args[1..], 1, 1)?;
    match &args[1] {
        Value::Str(s) if matches!(s.as_str(), "double" | "float") => {
            Ok(Value::str("IEEE, little-endian"))
        }
        Value::Str(_) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {}", tn)))
        }
    }
}

/// Why a hex float string was refused.
pub enum HexError {
    Invalid,
    TooLarge,
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`,
/// or inf/infinity/nan, rounded half to even like any other literal.
pub fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower).as_bytes();
    let mut i = 0;
    let mut digits: Vec<u8> = Vec::new();
    let mut frac_len: i64 = 0;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        digits.push(b[i]);
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            digits.push(b[i]);
            frac_len += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: past a few thousand the answer is 0 or overflow.
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(HexError::Invalid);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(HexError::Invalid);
    }
    let n = BigUint::parse_bytes(&digits, 16).ok_or(HexError::Invalid)?;
    if n.is_zero() {
        return Ok(sign * 0.0);
    }
    let e2 = exp - 4 * frac_len;
    let nb = n.bits() as i64;
    let top = nb - 1 + e2;
    if top >= 1024 {
        return Err(HexError::TooLarge);
    }
    // Bits kept: 53, fewer for subnormal results (possibly none).
    let keep = if top < -1022 { 53 - (-1022 - top) } else { 53 };
    let shift = nb - keep;
    let (q, k) = if shift > 0 {
        let sh = shift as u64;
        let mut q: BigUint = &n >> sh;
        let rem = &n - (&q << sh);
        let half = BigUint::one() << (sh - 1);
        let odd = q.bit(0);
        if rem > half || (rem == half && odd) {
            q += 1u32;
        }
        (q, e2 + shift)
    } else {
        (n, e2)
    };
    let q = q.iter_u64_digits().next().unwrap_or(0) as f64;
    // Two exact scalings: each factor is a normal power of two.
    let k1 = k.clamp(-1000, 1000);
    let k2 = (k - k1).clamp(-1100, 1100);
    let r = q * 2f64.powi(k1 as i32) * 2f64.powi(k2 as i32);
    if r.is_infinite() {
        return Err(HexError::TooLarge);
    }
    Ok(sign * r)
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "fromhex", &args[1..], 1, 1)?;
    let Value::Str(s) = &args[1] else {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("must be str, not {}", tn)));
    };
    let f = match parse_hex_float(s.as_str()) {
        Ok(f) => f,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexError::TooLarge) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    match args.first() {
        Some(Value::Class(c)) if !std::rc::Rc::ptr_eq(c, &vm.types.float) => {
            vm.call_value(args[0].clone(), &[Value::Float(f)])
        }
        _ => Ok(Value::Float(f)),
    }
}

pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let float = vm.types.float.clone();
    for (c, owner) in [(&int, "int"), (&float, "float")] {
        add_methods(
            vm,
            c,
            owner,
            BuiltinKind::Method,
            &[
                ("__divmod__", divmod_),
                ("__rdivmod__", rdivmod),
                ("__getnewargs__", getnewargs),
            ],
        );
    }
    let int_props: [(&'static str, super::NativeFn); 4] = [
        ("real", int_self),
        ("imag", int_zero),
        ("numerator", int_self),
        ("denominator", int_one),
    ];
    for (name, f) in int_props {
        let p = getter_property(vm, "int", name, f);
        set_class_attr(vm, &int, name, p);
    }
    let float_props: [(&'static str, super::NativeFn); 2] =
        [("real", float_self), ("imag", float_zero)];
    for (name, f) in float_props {
        let p = getter_property(vm, "float", name, f);
        set_class_attr(vm, &float, name, p);
    }
    add_methods(
        vm,
        &float,
        "float",
        BuiltinKind::ClassMethod,
        &[("fromhex", fromhex), ("__getformat__", getformat)],
    );
}
