//! `complex`: a pair of doubles. The arithmetic, repr, hash, parsing and
//! formatting live here; `cmath` is in src/builtins/cmath_mod.rs.

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args};
use crate::bytecode::BinOp;
use crate::format::{self, FormatSpec};
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

/// An arithmetic failure: the exception class name and its message.
pub type CErr = (&'static str, &'static str);

impl ComplexObj {
    pub const fn new(re: f64, im: f64) -> ComplexObj {
        ComplexObj { re, im }
    }

    pub fn value(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new(ComplexObj { re, im }))
    }

    pub fn plus(self, o: ComplexObj) -> ComplexObj {
        ComplexObj::new(self.re + o.re, self.im + o.im)
    }

    pub fn minus(self, o: ComplexObj) -> ComplexObj {
        ComplexObj::new(self.re - o.re, self.im - o.im)
    }

    pub fn times(self, o: ComplexObj) -> ComplexObj {
        ComplexObj::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }

    /// Smith's algorithm: divide through by the larger component of the
    /// divisor so the intermediate products do not overflow.
    pub fn quot(self, o: ComplexObj) -> Result<ComplexObj, CErr> {
        let (ar, ai) = (o.re.abs(), o.im.abs());
        if ar >= ai {
            if ar == 0.0 {
                return Err(("ZeroDivisionError", "complex division by zero"));
            }
            let ratio = o.im / o.re;
            let denom = o.re + o.im * ratio;
            Ok(ComplexObj::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if ai >= ar {
            let ratio = o.re / o.im;
            let denom = o.re * ratio + o.im;
            Ok(ComplexObj::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // A NaN in the divisor.
            Ok(ComplexObj::new(f64::NAN, f64::NAN))
        }
    }

    /// Integer powers by repeated squaring, as CPython does for small
    /// integral exponents (so `(1+1j)**2` is exactly `2j`).
    fn powu(self, mut n: u64) -> ComplexObj {
        let mut r = ComplexObj::new(1.0, 0.0);
        let mut p = self;
        while n > 0 {
            if n & 1 == 1 {
                r = r.times(p);
            }
            n >>= 1;
            if n > 0 {
                p = p.times(p);
            }
        }
        r
    }

    pub fn pow(self, e: ComplexObj) -> Result<ComplexObj, CErr> {
        if e.im == 0.0 && e.re == e.re.floor() && e.re.abs() <= 100.0 {
            let n = e.re as i64;
            let r = if n >= 0 {
                self.powu(n as u64)
            } else {
                ComplexObj::new(1.0, 0.0)
                    .quot(self.powu(n.unsigned_abs()))
                    .map_err(|_| ("ZeroDivisionError", "0.0 to a negative or complex power"))?
            };
            return Ok(r);
        }
        if e.re == 0.0 && e.im == 0.0 {
            return Ok(ComplexObj::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if e.im != 0.0 || e.re < 0.0 {
                return Err(("ZeroDivisionError", "0.0 to a negative or complex power"));
            }
            return Ok(ComplexObj::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(e.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * e.re;
        if e.im != 0.0 {
            len /= (at * e.im).exp();
            phase += e.im * vabs.ln();
        }
        let r = ComplexObj::new(len * phase.cos(), len * phase.sin());
        if (r.re.is_infinite() || r.im.is_infinite()) && self.re.is_finite() && self.im.is_finite()
        {
            return Err(("OverflowError", "complex exponentiation"));
        }
        Ok(r)
    }

    pub fn abs(self) -> Result<f64, CErr> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            return Err(("OverflowError", "absolute value too large"));
        }
        Ok(r)
    }

    /// CPython's complex hash: the parts' hashes combined with 1000003.
    pub fn hash(&self) -> i64 {
        let hr = format::float_hash(self.re);
        let hi = format::float_hash(self.im);
        let h = (hr as u64).wrapping_add((hi as u64).wrapping_mul(1_000_003)) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    pub fn repr(&self) -> String {
        if self.re == 0.0 && self.re.is_sign_positive() {
            return format!("{}j", part_repr(self.im));
        }
        let im = part_repr(self.im);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", part_repr(self.re), sign, im)
    }
}

/// A part as the complex repr writes it: the float repr without a `.0`.
fn part_repr(x: f64) -> String {
    let s = format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

// ---------------------------------------------------------------- parsing

/// `complex('...')`: surrounding whitespace and one pair of parentheses
/// allowed; `a`, `bj`, `a+bj`, `a-bj`, `j`, `+j`.
pub fn parse(s: &str) -> Option<ComplexObj> {
    let s = s.trim_matches(crate::format::is_python_space);
    let s = match s.strip_prefix('(') {
        Some(inner) => inner
            .strip_suffix(')')?
            .trim_matches(crate::format::is_python_space),
        None => s,
    };
    if s.is_empty() {
        return None;
    }
    let (head, tail) = match s.strip_suffix(['j', 'J']) {
        Some(body) => {
            // Split at the last sign that starts the imaginary part (not
            // one after an exponent marker).
            let b = body.as_bytes();
            let mut split = 0;
            for i in (1..b.len()).rev() {
                if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
                    split = i;
                    break;
                }
            }
            (&body[..split], Some(&body[split..]))
        }
        None => (s, None),
    };
    let re = if head.is_empty() {
        0.0
    } else {
        parse_part(head)?
    };
    let im = match tail {
        None => 0.0,
        Some("") | Some("+") => 1.0,
        Some("-") => -1.0,
        Some(t) => parse_part(t)?,
    };
    Some(ComplexObj::new(re, im))
}

fn parse_part(t: &str) -> Option<f64> {
    // The parts may not carry their own whitespace.
    if t.starts_with(crate::format::is_python_space) || t.ends_with(crate::format::is_python_space)
    {
        return None;
    }
    crate::format::parse_float(t)
}

// ---------------------------------------------------------------- formatting

/// `format(z, spec)`.
pub fn format_spec(z: ComplexObj, spec: &str) -> Result<String, String> {
    let sp = format::parse_format_spec(spec, "complex")?;
    if sp.align == Some(format::Align::AfterSign) {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    if sp.zero_pad {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    let ty = match sp.ty {
        None | Some('\0') => None,
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => Some(c),
        Some(c) => {
            return Err(format!(
                "Unknown format code '{}' for object of type 'complex'",
                c
            ))
        }
    };
    let mut part = FormatSpec {
        sign: sp.sign,
        no_neg_zero: sp.no_neg_zero,
        alternate: sp.alternate,
        grouping: sp.grouping,
        precision: sp.precision,
        ty: ty.or(sp.precision.map(|_| 'g')),
        ..Default::default()
    };
    let render = |x: f64, part: &FormatSpec| -> Result<String, String> {
        if part.ty.is_none() {
            let s = part_repr(x.abs());
            let neg = x.is_sign_negative() && !x.is_nan();
            let sign = match (neg, part.sign) {
                (true, _) => "-",
                (false, Some(format::Sign::Plus)) => "+",
                (false, Some(format::Sign::Space)) => " ",
                _ => "",
            };
            Ok(format!("{}{}", sign, s))
        } else {
            format::format_float(x, part, "complex")
        }
    };
    let skip_re = ty.is_none() && z.re == 0.0 && z.re.is_sign_positive();
    let mut body = String::new();
    if !skip_re {
        body.push_str(&render(z.re, &part)?);
        part.sign = Some(format::Sign::Plus);
    }
    body.push_str(&render(z.im, &part)?);
    body.push('j');
    if ty.is_none() && !skip_re {
        body = format!("({})", body);
    }
    let width = sp.width.unwrap_or(0);
    let n = body.chars().count();
    if n >= width {
        return Ok(body);
    }
    let fill = sp.fill.unwrap_or(' ');
    let pad = width - n;
    let (l, r) = match sp.align.unwrap_or(format::Align::Right) {
        format::Align::Left => (0, pad),
        format::Align::Center => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let mut out = String::with_capacity(body.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

// ---------------------------------------------------------------- VM glue

impl Vm {
    /// A number as a complex, for mixed arithmetic: None for other types.
    pub fn complex_operand(&mut self, v: &Value) -> PyResult<Option<ComplexObj>> {
        Ok(Some(match v {
            Value::Complex(c) => **c,
            Value::Float(f) => ComplexObj::new(*f, 0.0),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                ComplexObj::new(self.to_f64(v)?, 0.0)
            }
            _ => return Ok(None),
        }))
    }

    /// Binary arithmetic where one side is a complex; None when the other
    /// side is not a number or the operator does not apply.
    pub fn complex_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
        ) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.complex_operand(a)?, self.complex_operand(b)?) else {
            return Ok(None);
        };
        let r = match op {
            BinOp::Add => Ok(x.plus(y)),
            BinOp::Sub => Ok(x.minus(y)),
            BinOp::Mul => Ok(x.times(y)),
            BinOp::TrueDiv => x.quot(y),
            _ => x.pow(y),
        };
        match r {
            Ok(z) => Ok(Some(Value::Complex(Rc::new(z)))),
            Err((kind, msg)) => Err(self.error_by_name(kind, msg.to_string())),
        }
    }

    /// `==` between a complex and another number; None for non-numbers.
    pub fn complex_eq(&mut self, a: &Value, b: &Value) -> Option<bool> {
        let (c, other) = match (a, b) {
            (Value::Complex(c), o) | (o, Value::Complex(c)) => (c, o),
            _ => return None,
        };
        match other {
            Value::Complex(d) => Some(c.re == d.re && c.im == d.im),
            Value::Float(f) => Some(c.im == 0.0 && c.re == *f),
            Value::Int(i) => Some(
                c.im == 0.0
                    && crate::vm::ops::cmp_i64_f64(*i, c.re) == Some(std::cmp::Ordering::Equal),
            ),
            Value::Bool(bv) => Some(c.im == 0.0 && c.re == *bv as i64 as f64),
            Value::BigInt(i) => Some(
                c.im == 0.0
                    && crate::vm::ops::cmp_int_float(i, c.re) == Some(std::cmp::Ordering::Equal),
            ),
            _ => None,
        }
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ComplexObj> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Complex(c)) => Ok(*c),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'complex' object", name))),
    }
}

/// A constructor argument: a number as a complex, through `__complex__`,
/// `__float__` or `__index__` for other objects; None for non-numbers.
pub fn number_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<ComplexObj>> {
    let v = vm.unwrap_builtin(v);
    if let Some(c) = vm.complex_operand(&v)? {
        return Ok(Some(c));
    }
    let name = vm.intern("__complex__");
    if let Some(r) = vm.call_special(&v, &name, &[])? {
        return match r {
            Value::Complex(c) => Ok(Some(*c)),
            other => {
                let tn = vm.type_name(&other);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {})", tn)))
            }
        };
    }
    let cls = vm.type_of(&v);
    let f = vm.intern("__float__");
    let i = vm.intern("__index__");
    if cls.lookup(&f).is_some() || cls.lookup(&i).is_some() {
        return Ok(Some(ComplexObj::new(vm.to_f64(&v)?, 0.0)));
    }
    Ok(None)
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "complex", kw, &["real", "imag"])?;
    let cc = vm.types.complex.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &cc)?;
    args::check(vm, "complex", &args[1..], 0, 2)?;
    let real = args::arg_or_kw(args, 1, kw, "real");
    let imag = args::arg_or_kw(args, 2, kw, "imag");
    let (re, im) = match (&real, &imag) {
        (None, None) => (ComplexObj::new(0.0, 0.0), None),
        (Some(Value::Str(s)), None) => match parse(s.as_str()) {
            Some(c) => (c, None),
            None => return Err(vm.value_error("complex() arg is a malformed string")),
        },
        (Some(Value::Str(_)), Some(_)) => {
            return Err(vm.type_error("complex() can't take second arg if first is a string"))
        }
        (_, Some(Value::Str(_))) => {
            return Err(vm.type_error("complex() second arg can't be a string"))
        }
        (r, i) => {
            let re = match r {
                Some(v) => match number_arg(vm, v)? {
                    Some(c) => c,
                    None => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            tn
                        )));
                    }
                },
                None => ComplexObj::new(0.0, 0.0),
            };
            let im = match i {
                Some(v) => match number_arg(vm, v)? {
                    Some(c) => Some(c),
                    None => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "complex() second argument must be a number, not '{}'",
                            tn
                        )));
                    }
                },
                None => None,
            };
            (re, im)
        }
    };
    // complex(a, b) is a + b*1j, but a part only takes part in the sum
    // when its argument is complex, so signed zeros survive.
    let is_c = |v: &Option<Value>| {
        matches!(
            v.as_ref().map(|v| vm.unwrap_builtin(v)),
            Some(Value::Complex(_))
        )
    };
    let (rc, ic) = (is_c(&real), is_c(&imag));
    let z = match im {
        None => re,
        Some(i) => ComplexObj::new(
            if ic { re.re - i.im } else { re.re },
            if rc { re.im + i.re } else { i.re },
        ),
    };
    let v = ComplexObj::value(z.re, z.im);
    Ok(if exact {
        v
    } else {
        super::int::subclass_instance(vm, &cls, v)
    })
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "conjugate", args, 1, 1)?;
    let z = this(vm, args, "conjugate")?;
    Ok(ComplexObj::value(z.re, -z.im))
}

fn real(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args, "real")?.re))
}

fn imag(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args, "imag")?.im))
}

fn abs_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, args, "__abs__")?;
    match z.abs() {
        Ok(f) => Ok(Value::Float(f)),
        Err((k, m)) => Err(vm.error_by_name(k, m.to_string())),
    }
}

fn getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

fn complex_complex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let z = this(vm, args, "__complex__")?;
    Ok(ComplexObj::value(z.re, z.im))
}

pub fn register(vm: &mut Vm) {
    let cc = vm.types.complex.clone();
    add_methods(
        vm,
        &cc,
        "complex",
        BuiltinKind::StaticMethod,
        &[("__new__", complex_new)],
    );
    add_methods(
        vm,
        &cc,
        "complex",
        BuiltinKind::Method,
        &[
            ("conjugate", conjugate),
            ("__abs__", abs_),
            ("__getnewargs__", getnewargs),
            ("__complex__", complex_complex),
        ],
    );
    for (name, f) in [
        ("real", real as super::NativeFn),
        ("imag", imag as super::NativeFn),
    ] {
        let p = crate::builtins::getter_property(vm, "complex", name, f);
        crate::builtins::set_class_attr(vm, &cc, name, p);
    }
}
