//! `int`: i64 inline, promoted to a big integer on overflow.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::function::{BuiltinKind, KwArgs};
use super::{InstanceObj, Value};
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

/// A big integer as a `Value`, demoted to `Int` when it fits.
pub fn normalize(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal
/// conversions of longer ints are refused (a guard against quadratic
/// conversion time on hostile input).
pub const MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// The limit `sys.set_int_max_str_digits` sets (0: none). Per thread,
    /// as the conversions that check it have no VM at hand.
    static STR_DIGITS_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// The current digit limit (0 when there is none).
pub fn max_str_digits() -> usize {
    STR_DIGITS_LIMIT.with(|c| c.get())
}

pub fn set_max_str_digits(n: usize) {
    STR_DIGITS_LIMIT.with(|c| c.set(n));
}

/// Decimal text of a big integer, or None when it has more digits than
/// the limit allows.
pub fn decimal_string(b: &BigInt) -> Option<String> {
    (!exceeds_digit_limit(b)).then(|| b.to_string())
}

/// Whether `str(b)` would have more digits than the limit allows.
pub fn exceeds_digit_limit(b: &BigInt) -> bool {
    let limit = max_str_digits();
    if limit == 0 {
        return false;
    }
    // A number of `bits` bits has between about (bits-1)*log10(2)+1 and
    // bits*log10(2)+1 digits; only the band around the limit converts.
    let bits = b.bits() as f64;
    let low = ((bits - 1.0).max(0.0) * std::f64::consts::LOG10_2) as usize + 1;
    let high = (bits * std::f64::consts::LOG10_2) as usize + 2;
    if high <= limit {
        return false;
    }
    if low > limit + 1 {
        return true;
    }
    b.magnitude().to_string().len() > limit
}

impl Vm {
    #[cold]
    pub fn int_str_limit_error(&mut self) -> crate::vm::PyErr {
        self.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits()
        ))
    }

    /// `str(b)` for a big integer, honouring the digit limit.
    pub fn bigint_decimal(&mut self, b: &BigInt) -> PyResult<String> {
        match decimal_string(b) {
            Some(s) => Ok(s),
            None => Err(self.int_str_limit_error()),
        }
    }

    /// The parsing half of the digit limit: CPython counts the leading run
    /// of digits (underscores aside) before it validates the rest.
    fn check_parse_digits(&mut self, text: &str, base: u32) -> PyResult<()> {
        let t = text.trim_start().trim_start_matches(['+', '-']);
        let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
        let radix = match (base, lower.as_deref()) {
            (0 | 16, Some("0x")) | (0 | 8, Some("0o")) | (0 | 2, Some("0b")) => return Ok(()),
            (0, _) => 10,
            (b, _) => b,
        };
        let limit = max_str_digits();
        if radix.is_power_of_two() || limit == 0 || t.len() <= limit {
            return Ok(());
        }
        let digits = t
            .chars()
            .take_while(|c| *c == '_' || c.is_digit(radix))
            .filter(|c| *c != '_')
            .count();
        if digits > limit {
            return Err(self.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                limit, digits
            )));
        }
        Ok(())
    }
}

/// Wrap a built-in value for an instance of a subclass of its type.
pub fn subclass_instance(vm: &mut Vm, cls: &Rc<super::ClassObj>, base: Value) -> Value {
    let _ = vm;
    let v = Value::Instance(Rc::new(InstanceObj::new(cls.clone(), Some(base))));
    crate::gc::track(&v);
    v
}

/// The class argument of a `__new__`, and whether it is the built-in itself.
pub fn new_cls(
    vm: &mut Vm,
    args: &[Value],
    builtin: &Rc<super::ClassObj>,
) -> PyResult<(Rc<super::ClassObj>, bool)> {
    match args.first() {
        Some(Value::Class(c)) => {
            if !c.is_subclass(builtin) {
                let (n, b) = (c.name(), builtin.name());
                return Err(vm.type_error(format!(
                    "{}.__new__({}): {} is not a subtype of {}",
                    b.as_str(),
                    n.as_str(),
                    n.as_str(),
                    b.as_str()
                )));
            }
            Ok((c.clone(), Rc::ptr_eq(c, builtin)))
        }
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

impl Vm {
    /// `int(x)` / `int(x, base)`.
    pub fn int_from(&mut self, x: &Value, base: Option<&Value>) -> PyResult<Value> {
        if let Value::Native(_) = x {
            // bytearray and memoryview parse as their bytes.
            if let Some(b) = super::bytearray::bytes_like(x) {
                let b = Value::Bytes(Rc::new(super::BytesObj::new(b)));
                return self.int_from(&b, base);
            }
        }
        if let Some(b) = base {
            let b = self.to_index(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match x {
                Value::Str(s) => s.as_str().to_string(),
                Value::Bytes(bs) => String::from_utf8_lossy(bs.as_bytes()).into_owned(),
                _ => {
                    return Err(self.type_error("int() can't convert non-string with explicit base"))
                }
            };
            self.check_parse_digits(&text, b as u32)?;
            return match crate::format::parse_int(&text, b as u32) {
                Some(v) => Ok(normalize(v)),
                None => {
                    let r = crate::vm::protocol::str_repr(&text);
                    Err(self
                        .value_error(format!("invalid literal for int() with base {}: {}", b, r)))
                }
            };
        }
        match x {
            Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => {
                if f.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(self.overflow_error("cannot convert float infinity to integer"));
                }
                if f.abs() < 9.2e18 {
                    return Ok(Value::Int(f.trunc() as i64));
                }
                match crate::format::float_to_bigint(f.trunc()) {
                    Ok(b) => Ok(normalize(b)),
                    Err(m) => Err(self.overflow_error(m)),
                }
            }
            Value::Str(s) => match self
                .check_parse_digits(s.as_str(), 10)
                .map(|()| crate::format::parse_int(s.as_str(), 10))?
            {
                Some(v) => Ok(normalize(v)),
                None => {
                    let r = crate::vm::protocol::str_repr(s.as_str());
                    Err(self.value_error(format!("invalid literal for int() with base 10: {}", r)))
                }
            },
            Value::Bytes(b) => {
                let t = String::from_utf8_lossy(b.as_bytes()).into_owned();
                self.check_parse_digits(&t, 10)?;
                match crate::format::parse_int(&t, 10) {
                    Some(v) => Ok(normalize(v)),
                    None => Err(self.value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        b.repr()
                    ))),
                }
            }
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    let n = self.intern(name);
                    if let Some(r) = self.call_special(x, &n, &[])? {
                        return match r {
                            Value::Int(_) | Value::BigInt(_) => Ok(r),
                            Value::Bool(b) => Ok(Value::Int(b as i64)),
                            other => {
                                let tn = self.type_name(&other);
                                Err(self
                                    .type_error(format!("{} returned non-int (type {})", name, tn)))
                            }
                        };
                    }
                }
                let tn = self.type_name(x);
                Err(self.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    tn
                )))
            }
        }
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let intc = vm.types.int.clone();
    let (cls, exact) = new_cls(vm, args, &intc)?;
    args::only_kwargs(vm, "int", kw, &["base"])?;
    let x = args::arg_or_kw(&args[1..], 0, kw, "x");
    let base = args::arg_or_kw(&args[1..], 1, kw, "base");
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let v = match x {
        None => {
            if base.is_some() {
                return Err(vm.type_error("int() missing string argument"));
            }
            Value::Int(0)
        }
        Some(x) => vm.int_from(&x, base.as_ref())?,
    };
    Ok(if exact {
        v
    } else {
        subclass_instance(vm, &cls, v)
    })
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "bool", kw)?;
    args::check(vm, "bool", args, 1, 2)?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => vm.is_true(v).map(Value::Bool),
    }
}

fn int_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    match args.first() {
        Some(v) => {
            let v = vm.unwrap_builtin(v);
            vm.to_bigint(&v)
        }
        None => Err(vm.type_error(format!("descriptor '{}' needs an argument", name))),
    }
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "bit_length")?;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn bit_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "bit_count")?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "conjugate")?;
    Ok(normalize(b))
}

fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![normalize(b), Value::Int(1)]))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "__index__")?;
    Ok(normalize(b))
}

fn int_float(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = vm.unwrap_builtin(&args[0]);
    vm.to_f64(&v).map(Value::Float)
}

fn int_round(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "__round__")?;
    let nd = match args.get(1) {
        None | Some(Value::None) => return Ok(normalize(b)),
        Some(v) => vm.to_index(v)?,
    };
    if nd >= 0 {
        return Ok(normalize(b));
    }
    // Beyond the number's own digits everything rounds to zero.
    let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as i64 + 1;
    if -nd > digits {
        return Ok(Value::Int(0));
    }
    let m = num_traits::pow(BigInt::from(10), (-nd) as usize);
    let (mut q, r) = vm.int_divmod(&b, &m)?;
    let twice: BigInt = &r * 2;
    if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
        q += 1;
    }
    Ok(normalize(q * m))
}

fn to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = int_arg(vm, args, "to_bytes")?;
    let length = match args::arg_or_kw(&args[1..], 0, kw, "length") {
        Some(Value::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Some(v) => vm.to_index(&v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length as usize;
    let order = match args::arg_or_kw(&args[1..], 1, kw, "byteorder") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "big".to_string(),
    };
    if order != "big" && order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    let signed = match args::kwarg(kw, "signed") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // The script chose the length: CPython allocates it before looking
    // at the value.
    vm.reserve_bytes(length as u64)?;
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        if !(bytes.len() == length + 1 && !signed && bytes.last() == Some(&0)) {
            return Err(vm.overflow_error("int too big to convert"));
        }
        bytes.truncate(length);
    }
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(vm.memory_error());
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(super::BytesObj::new(bytes))))
}

fn from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = match args::arg_or_kw(&args[1..], 0, kw, "bytes") {
        Some(Value::Bytes(b)) => b.as_bytes().to_vec(),
        Some(other) => {
            let items = vm.iterate(&other)?;
            let mut v = Vec::new();
            for it in items {
                v.push(vm.to_index(&it)? as u8);
            }
            v
        }
        None => return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let order = match args::arg_or_kw(&args[1..], 1, kw, "byteorder") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "big".to_string(),
    };
    let signed = match args::kwarg(kw, "signed") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let mut data = data;
    if order == "big" {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(normalize(v))
}

pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    add_methods(
        vm,
        &int,
        "int",
        BuiltinKind::StaticMethod,
        &[("__new__", int_new)],
    );
    add_methods(
        vm,
        &int,
        "int",
        BuiltinKind::Method,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("conjugate", conjugate),
            ("as_integer_ratio", as_integer_ratio),
            ("__index__", int_index),
            ("__int__", int_index),
            ("__float__", int_float),
            ("__round__", int_round),
            ("__trunc__", int_index),
            ("__floor__", int_index),
            ("__ceil__", int_index),
            ("__abs__", crate::objects::float::abs_method),
            ("to_bytes", to_bytes),
        ],
    );
    add_methods(
        vm,
        &int,
        "int",
        BuiltinKind::ClassMethod,
        &[("from_bytes", from_bytes)],
    );
    let b = vm.types.bool.clone();
    add_methods(
        vm,
        &b,
        "bool",
        BuiltinKind::StaticMethod,
        &[("__new__", bool_new)],
    );
}
