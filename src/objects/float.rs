//! `float`: IEEE 754 double.

use num_bigint::BigInt;
use num_traits::Zero;

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `float(x)`.
    pub fn float_from(&mut self, x: &Value) -> PyResult<f64> {
        if let Value::Native(_) = x {
            if let Some(b) = super::bytearray::bytes_like(x) {
                let b = Value::Bytes(std::rc::Rc::new(super::BytesObj::new(b)));
                return self.float_from(&b);
            }
        }
        match x {
            Value::Float(f) => Ok(*f),
            Value::Str(s) => match crate::format::parse_float(s.as_str()) {
                Some(f) => Ok(f),
                None => {
                    let r = crate::vm::protocol::str_repr(s.as_str());
                    Err(self.value_error(format!("could not convert string to float: {}", r)))
                }
            },
            Value::Bytes(b) => {
                let t = String::from_utf8_lossy(b.as_bytes()).into_owned();
                match crate::format::parse_float(&t) {
                    Some(f) => Ok(f),
                    None => Err(self
                        .value_error(format!("could not convert string to float: {}", b.repr()))),
                }
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => self.to_f64(x),
            _ => {
                let fname = self.names.float.clone();
                if let Some(r) = self.call_special(x, &fname, &[])? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self.type_error(format!(
                                "{}.__float__ returned non-float (type {})",
                                self.type_name(x),
                                tn
                            )))
                        }
                    };
                }
                let iname = self.names.index.clone();
                if let Some(r) = self.call_special(x, &iname, &[])? {
                    return self.to_f64(&r);
                }
                let tn = self.type_name(x);
                Err(self.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    tn
                )))
            }
        }
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "float", kw)?;
    let fc = vm.types.float.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &fc)?;
    args::check(vm, "float", &args[1..], 0, 1)?;
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => vm.float_from(x)?,
    };
    Ok(if exact {
        Value::Float(f)
    } else {
        super::int::subclass_instance(vm, &cls, Value::Float(f))
    })
}

fn self_f64(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Float(f)) => Ok(f),
        Some(v) => vm.to_f64(&v),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn is_integer(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_int(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    vm.int_from(&Value::Float(f), None)
}

fn float_float(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(self_f64(vm, args)?))
}

fn float_floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    vm.int_from(&Value::Float(f.floor()), None)
}

fn float_ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    vm.int_from(&Value::Float(f.ceil()), None)
}

fn float_round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    let round = vm.builtins.get_str_text("round").unwrap_or(Value::None);
    let mut a = vec![Value::Float(f)];
    a.extend(args[1..].iter().cloned());
    vm.call_with(round, a.into_iter().collect(), kw.to_vec())
}

fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (mant, exp) = frexp(f);
    let mut m = mant;
    let mut e = exp;
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let num = crate::format::float_to_bigint(m).unwrap_or_else(|_| BigInt::zero());
    let (num, den) = if e > 0 {
        (num << (e as usize), BigInt::from(1))
    } else {
        (num, BigInt::from(1) << ((-e) as usize))
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_f64(vm, args)?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{}0x0.0p+0", sign)));
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let m = format!("{:013x}", mant);
    Ok(Value::string(format!("{}0x{}.{}p{:+}", sign, lead, m, e)))
}

pub fn abs_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = match args.first() {
        Some(v) => vm.unwrap_builtin(v),
        None => return Err(vm.type_error("__abs__ needs an argument")),
    };
    let abs = vm.builtins.get_str_text("abs").unwrap_or(Value::None);
    vm.call_value(abs, &[v])
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(self_f64(vm, args)?))
}

pub fn register(vm: &mut Vm) {
    let fc = vm.types.float.clone();
    add_methods(
        vm,
        &fc,
        "float",
        BuiltinKind::StaticMethod,
        &[("__new__", float_new)],
    );
    add_methods(
        vm,
        &fc,
        "float",
        BuiltinKind::Method,
        &[
            ("is_integer", is_integer),
            ("__int__", float_int),
            ("__trunc__", float_int),
            ("__float__", float_float),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
            ("__abs__", abs_method),
            ("as_integer_ratio", as_integer_ratio),
            ("hex", hex),
            ("conjugate", conjugate),
        ],
    );
}
