//! Operators: arithmetic, bitwise, comparison, with CPython's dispatch
//! rules (`__op__` then reflected `__rop__`, subclass first, NotImplemented).

use crate::objects::complex::ComplexObj;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::format;
use crate::objects::int::normalize;
use crate::objects::{SetObj, Value};

/// A numeric operand viewed natively.
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::BigInt(b) => Some(Num::Big(b)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

/// Exact comparison of an integer with a float.
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() >= 1e38 {
        match format::float_to_bigint(fl) {
            Ok(b) => b,
            Err(_) => fb,
        }
    } else {
        fb
    };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn cmp_i64_f64(i: i64, f: f64) -> Option<Ordering> {
    if i.unsigned_abs() < (1u64 << 53) {
        (i as f64).partial_cmp(&f)
    } else {
        cmp_int_float(&BigInt::from(i), f)
    }
}

fn ord_result(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Python's floor division and modulo for i64 (None on overflow).
fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if a == i64::MIN && b == -1 {
        return None;
    }
    Some(Integer::div_floor(&a, &b))
}

fn mod_i64(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    a.mod_floor(&b)
}

/// Correctly rounded `a / b` for integers.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(x as f64 / y as f64);
        }
    }
    let neg = a.is_negative() != b.is_negative();
    let a = a.abs();
    let b = b.abs();
    // Scale so the quotient has at least 55 significant bits, then round.
    let abits = a.bits() as i64;
    let bbits = b.bits() as i64;
    let shift = 55 - (abits - bbits);
    let (num, den) = if shift > 0 {
        (a << (shift as usize), b)
    } else {
        (a, b << ((-shift) as usize))
    };
    let (q, r) = num.div_rem(&den);
    // Sticky bit so the final rounding to 53 bits is correct.
    let q = if r.is_zero() {
        q
    } else {
        (q << 1) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = match q.to_f64() {
        Some(f) => f,
        None => return Err("integer division result too large for a float"),
    };
    let exp = -(shift as i32) - extra;
    let result = if exp < -1074 - 64 {
        0.0
    } else {
        let mut v = qf;
        let mut e = exp;
        while e > 0 {
            v *= 2.0;
            e -= 1;
            if v.is_infinite() {
                return Err("integer division result too large for a float");
            }
        }
        while e < 0 {
            v /= 2.0;
            e += 1;
        }
        v
    };
    Ok(if neg { -result } else { result })
}

impl Vm {
    /// Integer/float arithmetic, or None when the operands are not both
    /// built-in numbers.
    pub fn numeric_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
            return Ok(None);
        };
        match (&x, &y) {
            (Num::Float(_), _) | (_, Num::Float(_)) => {
                // Floats have no bitwise or shift operators: the error
                // names the operands' own types, not the converted ones.
                if matches!(
                    op,
                    BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                        | BinOp::LShift
                        | BinOp::RShift
                        | BinOp::MatMul
                ) {
                    return Ok(None);
                }
                let fx = self.num_to_f64(&x)?;
                let fy = self.num_to_f64(&y)?;
                self.float_binop(fx, fy, op).map(Some)
            }
            (Num::Int(i), Num::Int(j)) => self.int_binop_i64(*i, *j, op).map(Some),
            _ => {
                let bx = to_big(&x);
                let by = to_big(&y);
                self.int_binop_big(bx, by, op).map(Some)
            }
        }
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => match bigint_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
        }
    }

    fn int_binop_i64(&mut self, a: i64, b: i64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                floordiv_i64(a, b)
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Some(mod_i64(a, b))
            }
            BinOp::TrueDiv => {
                if b == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                return match int_true_div(&BigInt::from(a), &BigInt::from(b)) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(m) => Err(self.overflow_error(m)),
                };
            }
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float((a as f64).powf(b as f64)));
                }
                if b > u32::MAX as i64 {
                    None
                } else {
                    a.checked_pow(b as u32)
                }
            }
            BinOp::LShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if a == 0 {
                    Some(0)
                } else if b < 63 {
                    let r = a.checked_shl(b as u32);
                    r.filter(|r| (r >> b) == a)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::And => Some(a & b),
            BinOp::Or => Some(a | b),
            BinOp::Xor => Some(a ^ b),
            BinOp::MatMul => return Err(self.binop_type_error(&Value::Int(a), &Value::Int(b), op)),
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.int_binop_big(BigInt::from(a), BigInt::from(b), op),
        }
    }

    pub fn int_binop_big(&mut self, a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => {
                self.charge_int_pass(&a, &b)?;
                a + b
            }
            BinOp::Sub => {
                self.charge_int_pass(&a, &b)?;
                a - b
            }
            BinOp::Mul => self.int_mul(&a, &b)?,
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                self.int_divmod(&a, &b)?.0
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                self.int_divmod(&a, &b)?.1
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                self.charge_int_pass(&a, &b)?;
                return match int_true_div(&a, &b) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(m) => Err(self.overflow_error(m)),
                };
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let fa = bigint_to_f64(&a);
                    let fb = bigint_to_f64(&b);
                    return match (fa, fb) {
                        (Some(x), Some(y)) => {
                            if x == 0.0 {
                                return Err(
                                    self.zero_division("0.0 cannot be raised to a negative power")
                                );
                            }
                            Ok(Value::Float(x.powf(y)))
                        }
                        _ => Err(self.overflow_error("int too large to convert to float")),
                    };
                }
                self.int_pow(&a, &b)?
            }
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                self.int_shl(&a, &b)?
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                self.charge_int_pass(&a, &b)?;
                match b.to_usize() {
                    Some(s) => a >> s,
                    None => {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::And | BinOp::Or | BinOp::Xor => {
                self.charge_int_pass(&a, &b)?;
                match op {
                    BinOp::And => a & b,
                    BinOp::Or => a | b,
                    _ => a ^ b,
                }
            }
            BinOp::MatMul => {
                return Err(self.binop_type_error(&normalize(a), &normalize(b), op));
            }
        };
        Ok(normalize(r))
    }

    fn float_binop(&mut self, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                format::float_floordiv_mod(a, b).0
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                format::float_floordiv_mod(a, b).1
            }
            BinOp::Pow => match format::float_pow(a, b) {
                Ok(f) => f,
                // CPython answers with a complex number here.
                Err(m) if a < 0.0 && m.starts_with("negative number") => {
                    let z = ComplexObj::new(a, 0.0).pow(ComplexObj::new(b, 0.0));
                    return match z {
                        Ok(z) => Ok(Value::Complex(Rc::new(z))),
                        Err((kind, msg)) => Err(self.error_by_name(kind, msg.to_string())),
                    };
                }
                Err(m) => {
                    let kind = format::exception_for(&m);
                    return Err(self.error_by_name(kind, m));
                }
            },
            _ => {
                return Err(self.binop_type_error(&Value::Float(a), &Value::Float(b), op));
            }
        };
        Ok(Value::Float(r))
    }

    /// Operations on built-in non-numeric values (sequences, sets, dicts,
    /// `%` formatting), or None when not applicable.
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::{BigInt, Bool, Bytes, Dict, FrozenSet, Int, List, Set, Str, Tuple};
        let r = match (a, b, op) {
            (Str(x), Str(y), BinOp::Add) => {
                let total = x.as_str().len() + y.as_str().len();
                if total >= super::sized::LARGE {
                    self.probe_alloc(total)?;
                }
                Value::Str(Rc::new(crate::objects::StrObj::concat(x, y)))
            }
            (Str(x), Int(_) | Bool(_) | BigInt(_), BinOp::Mul) => {
                let n = self.repeat_count(b)?;
                self.repeat_str(x, n)?
            }
            (Int(_) | Bool(_) | BigInt(_), Str(y), BinOp::Mul) => {
                let n = self.repeat_count(a)?;
                self.repeat_str(y, n)?
            }
            (Bytes(_), _, BinOp::Mod) => {
                if self.has_user_class(b)
                    && self.type_of(b).lookup(&self.intern("__rmod__")).is_some()
                {
                    return Ok(None);
                }
                let args = [a.clone(), b.clone()];
                return crate::builtins::bytes_printf::bytes_mod(self, &args, &[]).map(Some);
            }
            (Str(x), _, BinOp::Mod) => {
                // Only a str subclass overriding __rmod__ goes before str's
                // formatting (as CPython tries a subclass's reflected method first).
                if self.has_user_class(b) {
                    let tb = self.type_of(b);
                    let rmod = self.intern("__rmod__");
                    if tb.is_subclass(&self.types.str)
                        && !same_attr(tb.lookup(&rmod), self.types.str.lookup(&rmod))
                    {
                        return Ok(None);
                    }
                }
                Value::string(crate::builtins::printf::percent_format(
                    self,
                    x.as_str(),
                    b,
                )?)
            }
            (List(x), List(y), BinOp::Add) => {
                self.charge_native((x.len() + y.len()) / 8)?;
                self.probe_alloc((x.len() + y.len()) * std::mem::size_of::<Value>())?;
                let mut v = x.to_vec();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (List(x), _, BinOp::Mul) if is_int_like(b) => {
                let n = self.repeat_count(b)?;
                let items = x.to_vec();
                Value::list(self.repeat_values(&items, n)?)
            }
            (_, List(y), BinOp::Mul) if is_int_like(a) => {
                let n = self.repeat_count(a)?;
                let items = y.to_vec();
                Value::list(self.repeat_values(&items, n)?)
            }
            (Tuple(x), Tuple(y), BinOp::Add) => {
                self.charge_native((x.len() + y.len()) / 8)?;
                self.probe_alloc((x.len() + y.len()) * std::mem::size_of::<Value>())?;
                let mut v = x.as_slice().to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (Tuple(x), _, BinOp::Mul) if is_int_like(b) => {
                let n = self.repeat_count(b)?;
                Value::tuple(self.repeat_values(x.as_slice(), n)?)
            }
            (_, Tuple(y), BinOp::Mul) if is_int_like(a) => {
                let n = self.repeat_count(a)?;
                Value::tuple(self.repeat_values(y.as_slice(), n)?)
            }
            (Bytes(x), Bytes(y), BinOp::Add) => {
                self.probe_alloc(x.as_bytes().len() + y.as_bytes().len())?;
                let mut v = x.as_bytes().to_vec();
                v.extend_from_slice(y.as_bytes());
                Value::Bytes(Rc::new(crate::objects::BytesObj::new(v)))
            }
            // bytes + any buffer is bytes (bytearray answers with __radd__).
            (Bytes(x), Value::Native(n), BinOp::Add)
                if matches!(n.data, crate::objects::NativeData::Array(_)) =>
            {
                let y = crate::objects::bytearray::bytes_like(b).unwrap_or_default();
                self.probe_alloc(x.as_bytes().len() + y.len())?;
                let mut v = x.as_bytes().to_vec();
                v.extend_from_slice(&y);
                Value::Bytes(Rc::new(crate::objects::BytesObj::new(v)))
            }
            (Bytes(x), _, BinOp::Mul) if is_int_like(b) => {
                let n = self.repeat_count(b)?;
                if x.as_bytes()
                    .len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.overflow_error("repeated bytes are too long"));
                }
                let v = self.repeat_bytes(x.as_bytes(), n)?;
                Value::Bytes(Rc::new(crate::objects::BytesObj::new(v)))
            }
            (
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
                BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor,
            ) => {
                let frozen = matches!(a, FrozenSet(_));
                let (sa, sb) = match (a, b) {
                    (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => (x.clone(), y.clone()),
                    _ => return Ok(None),
                };
                let r = self.set_binop(&sa, &sb, op)?;
                if frozen {
                    FrozenSet(r)
                } else {
                    Set(r)
                }
            }
            (Dict(x), Dict(y), BinOp::Or) => {
                let d = Rc::new(crate::objects::DictObj::from_table(x.borrow().clone()));
                self.dict_merge(&d, &Dict(y.clone()), false)?;
                Dict(d)
            }
            // Keys and items views are set-like against any iterable; the
            // result is a plain set.
            (_, _, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
                if (is_set_view(a) || is_set_view(b))
                    && self.is_iterable(a)
                    && self.is_iterable(b) =>
            {
                let items_a = self.iterate(a)?;
                let items_b = self.iterate(b)?;
                let (Set(sa), Set(sb)) = (self.new_set(items_a)?, self.new_set(items_b)?) else {
                    return Ok(None);
                };
                Set(self.set_binop(&sa, &sb, op)?)
            }
            (Value::Complex(_), _, _) | (_, Value::Complex(_), _) => {
                return self.complex_binop(a, b, op);
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    fn repeat_str(&mut self, s: &Rc<crate::objects::StrObj>, n: usize) -> PyResult<Value> {
        if s.as_str()
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize)
        {
            return Err(self.overflow_error("repeated string is too long"));
        }
        let v = self.repeat_bytes(s.as_str().as_bytes(), n)?;
        // SAFETY: copies of valid UTF-8, end to end, are valid UTF-8.
        Ok(Value::string(unsafe { String::from_utf8_unchecked(v) }))
    }

    fn repeat_count(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Int(i) => Ok((*i).max(0) as usize),
            Value::Bool(b) => Ok(*b as usize),
            Value::BigInt(b) => {
                if b.is_negative() {
                    Ok(0)
                } else {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
            _ => Ok(0),
        }
    }

    /// Whether a value's class is user-defined (so dunder dispatch applies).
    pub fn has_user_class(&self, v: &Value) -> bool {
        match v {
            Value::Instance(_) => true,
            Value::Exception(e) => !e.class().builtin,
            Value::Native(n) => !n.class.builtin,
            Value::Class(c) => c.metaclass.borrow().is_some(),
            _ => false,
        }
    }

    /// `a op b`.
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = self.numeric_binop(&a, &b, op)? {
            return Ok(r);
        }
        if self.has_user_class(&a) || self.has_user_class(&b) {
            if let Some(r) = self.dunder_binop(&a, &b, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.builtin_binop(&a, &b, op)? {
            return Ok(r);
        }
        if op == BinOp::Or {
            if let Some(r) = self.type_union_or(&a, &b)? {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(&a, &b, op))
    }

    /// `a op= b`: `__iop__` first, then the binary operation.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = match &b {
                    Value::List(o) => o.to_vec(),
                    Value::Tuple(t) => t.as_slice().to_vec(),
                    other => self.iterate(other)?,
                };
                self.before_list_growth(l, items.len())?;
                l.edit(&items).extend(items);
                return Ok(a);
            }
            (Value::List(l), BinOp::Mul) if is_int_like(&b) => {
                let n = self.repeat_count(&b)?;
                let items = l.to_vec();
                let v = self.repeat_values(&items, n)?;
                *l.edit(&[]) = v;
                return Ok(a);
            }
            (Value::Set(s), BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) => {
                if let Value::Set(o) | Value::FrozenSet(o) = &b {
                    self.set_update_with(s, o, op)?;
                    return Ok(a);
                }
            }
            (Value::Dict(d), BinOp::Or) => {
                self.dict_merge(d, &b, false)?;
                return Ok(a);
            }
            _ => {}
        }
        if self.has_user_class(&a) {
            let iname = self.intern(op.dunders().2);
            if let Some(r) = self.call_special(&a, &iname, std::slice::from_ref(&b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op(a, b, op)
    }

    /// `__op__`/`__rop__` dispatch; None when both decline.
    fn dunder_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (name, rname, _) = op.dunders();
        let name = self.intern(name);
        let rname = self.intern(rname);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        // A subclass's reflected method gets the first try when it overrides.
        let b_first = !same
            && tb.is_subclass(&ta)
            && tb.lookup(&rname).is_some()
            && !same_attr(tb.lookup(&rname), ta.lookup(&rname));
        if b_first {
            if let Some(r) = self.call_special(b, &rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_special(a, &name, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !same && !b_first {
            if let Some(r) = self.call_special(b, &rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// The native operation behind a built-in type's `__op__` wrapper:
    /// the result, or NotImplemented.
    pub fn builtin_binop_or_notimpl(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let a = self.unwrap_builtin(a);
        // `str % x` formats x itself (its repr, its __format__), not the
        // built-in value inside an int or str subclass.
        let b = if op == BinOp::Mod && matches!(a, Value::Str(_)) {
            b.clone()
        } else {
            self.unwrap_builtin(b)
        };
        if let Some(r) = self.numeric_binop(&a, &b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.builtin_binop(&a, &b, op)? {
            return Ok(r);
        }
        Ok(Value::NotImplemented)
    }

    /// The built-in value inside an instance of a subclass of a built-in type.
    pub fn unwrap_builtin(&self, v: &Value) -> Value {
        if let Value::Instance(i) = v {
            if let Some(b) = &*i.base.borrow() {
                return b.clone();
            }
        }
        v.clone()
    }

    #[cold]
    pub fn binop_type_error(&mut self, a: &Value, b: &Value, op: BinOp) -> super::PyErr {
        let ta = self.type_name(a);
        let tb = self.type_name(b);
        let msg = match (a, op) {
            (Value::Str(_), BinOp::Add) => {
                format!("can only concatenate str (not \"{}\") to str", tb)
            }
            (Value::List(_), BinOp::Add) => {
                format!("can only concatenate list (not \"{}\") to list", tb)
            }
            (Value::Tuple(_), BinOp::Add) => {
                format!("can only concatenate tuple (not \"{}\") to tuple", tb)
            }
            (Value::Bytes(_), BinOp::Add) => format!("can't concat {} to bytes", tb),
            (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), BinOp::Mul) => {
                format!("can't multiply sequence by non-int of type '{}'", tb)
            }
            _ if matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                && op == BinOp::Mul
                && !matches!(a, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) =>
            {
                format!("can't multiply sequence by non-int of type '{}'", ta)
            }
            _ => {
                let sym = if op == BinOp::Pow {
                    "** or pow()"
                } else {
                    op.symbol()
                };
                format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    sym, ta, tb
                )
            }
        };
        self.type_error(msg)
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary_op(&mut self, a: Value, op: Op) -> PyResult<Value> {
        match (&a, op) {
            (Value::Int(i), Op::Neg) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => normalize(-BigInt::from(*i)),
            }),
            (Value::Bool(b), Op::Neg) => Ok(Value::Int(-(*b as i64))),
            (Value::BigInt(b), Op::Neg) => Ok(normalize(-(**b).clone())),
            (Value::Float(f), Op::Neg) => Ok(Value::Float(-f)),
            (Value::Int(_) | Value::BigInt(_) | Value::Float(_), Op::Pos) => Ok(a.clone()),
            (Value::Bool(b), Op::Pos) => Ok(Value::Int(*b as i64)),
            (Value::Int(i), Op::Invert) => Ok(Value::Int(!i)),
            (Value::Bool(b), Op::Invert) => Ok(Value::Int(!(*b as i64))),
            (Value::BigInt(b), Op::Invert) => Ok(normalize(-(**b).clone() - 1)),
            (Value::Complex(z), Op::Neg) => Ok(ComplexObj::value(-z.re, -z.im)),
            (Value::Complex(z), Op::Pos) => Ok(ComplexObj::value(z.re, z.im)),
            _ => {
                let (name, sym) = match op {
                    Op::Neg => (self.names.neg.clone(), "-"),
                    Op::Pos => (self.names.pos.clone(), "+"),
                    _ => (self.names.invert.clone(), "~"),
                };
                if let Some(r) = self.call_special(&a, &name, &[])? {
                    return Ok(r);
                }
                let tn = self.type_name(&a);
                Err(self.type_error(format!("bad operand type for unary {}: '{}'", sym, tn)))
            }
        }
    }

    /// Comparison of built-in values; None when not natively comparable.
    fn native_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use Value::{
            BigInt, Bool, Bytes, Dict, Float, FrozenSet, Int, List, Range, Set, Str, Tuple,
        };
        let r = match (a, b) {
            (Int(x), Int(y)) => ord_result(x.cmp(y), op),
            (Bool(_) | Int(_) | BigInt(_), Bool(_) | Int(_) | BigInt(_)) => {
                let x = to_big(&as_num(a).unwrap_or(Num::Int(0)));
                let y = to_big(&as_num(b).unwrap_or(Num::Int(0)));
                ord_result(x.cmp(&y), op)
            }
            (Float(x), Float(y)) => match x.partial_cmp(y) {
                Some(o) => ord_result(o, op),
                None => op == CmpOp::Ne,
            },
            (Int(i), Float(f)) => match cmp_i64_f64(*i, *f) {
                Some(o) => ord_result(o, op),
                None => op == CmpOp::Ne,
            },
            (Float(f), Int(i)) => match cmp_i64_f64(*i, *f) {
                Some(o) => ord_result(o.reverse(), op),
                None => op == CmpOp::Ne,
            },
            (Bool(bv), Float(f)) => match cmp_i64_f64(*bv as i64, *f) {
                Some(o) => ord_result(o, op),
                None => op == CmpOp::Ne,
            },
            (Float(f), Bool(bv)) => match cmp_i64_f64(*bv as i64, *f) {
                Some(o) => ord_result(o.reverse(), op),
                None => op == CmpOp::Ne,
            },
            (BigInt(i), Float(f)) => match cmp_int_float(i, *f) {
                Some(o) => ord_result(o, op),
                None => op == CmpOp::Ne,
            },
            (Float(f), BigInt(i)) => match cmp_int_float(i, *f) {
                Some(o) => ord_result(o.reverse(), op),
                None => op == CmpOp::Ne,
            },
            (Str(x), Str(y)) => ord_result(x.as_str().cmp(y.as_str()), op),
            (Bytes(x), Bytes(y)) => ord_result(x.as_bytes().cmp(y.as_bytes()), op),
            (Tuple(x), Tuple(y)) => {
                let xs = x.as_slice().to_vec();
                let ys = y.as_slice().to_vec();
                return self.seq_compare(&xs, &ys, op).map(Some);
            }
            (List(x), List(y)) => return self.list_compare(x, y, op).map(Some),
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                return self.set_compare(x, y, op).map(Some);
            }
            (Dict(x), Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(x, y)?;
                eq == (op == CmpOp::Eq)
            }
            (Range(x), Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = if x.is_empty() && y.is_empty() {
                    true
                } else {
                    x.start == y.start && x.len() == y.len() && (x.len() == 1 || x.step == y.step)
                };
                eq == (op == CmpOp::Eq)
            }
            (Value::None, Value::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => op == CmpOp::Eq,
            (Value::Complex(_), _) | (_, Value::Complex(_))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                match self.complex_eq(a, b) {
                    Some(eq) => eq == (op == CmpOp::Eq),
                    None => return Ok(None),
                }
            }
            // Each attribute access makes a new bound method; equal ones
            // wrap the same function and the same object.
            (Value::BoundMethod(x), Value::BoundMethod(y))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                (x.self_.is(&y.self_) && x.func.is(&y.func)) == (op == CmpOp::Eq)
            }
            (
                Set(_) | FrozenSet(_) | Value::Native(_),
                Set(_) | FrozenSet(_) | Value::Native(_),
            ) if (is_set_view(a) || is_set_view(b))
                && (is_set_view(a) || matches!(a, Set(_) | FrozenSet(_)))
                && (is_set_view(b) || matches!(b, Set(_) | FrozenSet(_))) =>
            {
                let items_a = self.iterate(a)?;
                let items_b = self.iterate(b)?;
                let (Set(x), Set(y)) = (self.new_set(items_a)?, self.new_set(items_b)?) else {
                    return Ok(None);
                };
                return self.set_compare(&x, &y, op).map(Some);
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    /// Lexicographic comparison of lists, reading them as they are after
    /// each `__eq__` (which may resize either), as CPython does.
    fn list_compare(
        &mut self,
        x: &crate::objects::ListObj,
        y: &crate::objects::ListObj,
        op: CmpOp,
    ) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        let mut i = 0;
        let (a, b) = loop {
            let (Some(a), Some(b)) = (x.get(i), y.get(i)) else {
                return Ok(ord_result(x.len().cmp(&y.len()), op));
            };
            if !self.eq(&a, &b)? {
                break (a, b);
            }
            i += 1;
        };
        if x.len() <= i || y.len() <= i {
            return Ok(ord_result(x.len().cmp(&y.len()), op));
        }
        match op {
            CmpOp::Eq => Ok(false),
            CmpOp::Ne => Ok(true),
            _ => {
                let r = self.compare(a, b, op)?;
                self.is_true(&r)
            }
        }
    }

    /// Lexicographic comparison of sequences.
    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        let n = xs.len().min(ys.len());
        for i in 0..n {
            if !self.eq(&xs[i], &ys[i])? {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::Ne {
                    return Ok(true);
                }
                let r = self.compare(xs[i].clone(), ys[i].clone(), op)?;
                return self.is_true(&r);
            }
        }
        Ok(ord_result(xs.len().cmp(&ys.len()), op))
    }

    /// Lexicographic comparison of sequences as CPython's containers do it
    /// (deque, array): the first unequal pair decides, and its comparison's
    /// result is returned as it is, not made a bool.
    pub(crate) fn seq_richcompare(
        &mut self,
        xs: &[Value],
        ys: &[Value],
        op: CmpOp,
    ) -> PyResult<Value> {
        let n = xs.len().min(ys.len());
        for i in 0..n {
            if !self.eq(&xs[i], &ys[i])? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(xs[i].clone(), ys[i].clone(), op),
                };
            }
        }
        Ok(Value::Bool(ord_result(xs.len().cmp(&ys.len()), op)))
    }

    /// Whether `v` is a plain instance whose class takes `__eq__` and
    /// `__ne__` from `object` (equality is identity).
    fn identity_equality(&self, v: &Value) -> bool {
        let Value::Instance(inst) = v else {
            return false;
        };
        if inst.base.borrow().is_some() {
            return false;
        }
        let cls = inst.class.borrow();
        let from_object =
            |m: Option<Value>| matches!(m, Some(Value::Builtin(b)) if b.owner == Some("object"));
        from_object(cls.lookup(&self.names.eq)) && from_object(cls.lookup(&self.names.ne))
    }

    /// `a op b` for comparisons, with reflection and the identity fallback
    /// for `==`/`!=`.
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let mut dunders = self.has_user_class(&a) || self.has_user_class(&b);
        if !dunders {
            let nested = matches!(
                (&a, &b),
                (Value::List(_), Value::List(_))
                    | (Value::Tuple(_), Value::Tuple(_))
                    | (Value::Dict(_), Value::Dict(_))
            );
            let r = if nested {
                self.nested(" in comparison", |vm| vm.native_compare(&a, &b, op))?
            } else {
                self.native_compare(&a, &b, op)?
            };
            if let Some(r) = r {
                return Ok(Value::Bool(r));
            }
            // Native classes (asyncio handles, ...) define their own.
            dunders = matches!(a, Value::Native(_)) || matches!(b, Value::Native(_));
        }
        if dunders
            && matches!(op, CmpOp::Eq | CmpOp::Ne)
            && self.identity_equality(&a)
            && self.identity_equality(&b)
        {
            // object's own __eq__/__ne__ on both sides come down to identity.
            return Ok(Value::Bool(a.is(&b) == (op == CmpOp::Eq)));
        }
        if dunders {
            let ta = self.type_of(&a);
            let tb = self.type_of(&b);
            let name = self.intern(op.dunder());
            let rname = self.intern(op.swapped().dunder());
            let b_first =
                !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && tb.lookup(&rname).is_some();
            if b_first {
                if let Some(r) = self.call_special(&b, &rname, std::slice::from_ref(&a))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(r) = self.call_special(&a, &name, std::slice::from_ref(&b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if !b_first {
                if let Some(r) = self.call_special(&b, &rname, std::slice::from_ref(&a))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(&b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(&b))),
            _ => {
                let ta = self.type_name(&a);
                let tb = self.type_name(&b);
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    ta,
                    tb
                )))
            }
        }
    }

    /// The native comparison behind a built-in type's `__lt__` etc. wrapper.
    pub fn builtin_compare_or_notimpl(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> PyResult<Value> {
        let a = self.unwrap_builtin(a);
        let b = self.unwrap_builtin(b);
        match self.native_compare(&a, &b, op)? {
            Some(r) => Ok(Value::Bool(r)),
            None => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne)
                    && matches!(a, Value::Instance(_) | Value::Native(_))
                {
                    // object.__eq__: identity.
                    if a.is(&b) {
                        return Ok(Value::Bool(op == CmpOp::Eq));
                    }
                }
                Ok(Value::NotImplemented)
            }
        }
    }

    /// `a == b` as a bool (identity short-cut first, as containers do).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Containers compare item by item through here: charged, so a
        // search or comparison of huge containers answers to the limits.
        self.charge_native(1)?;
        if let Some(r) = crate::objects::dict_table::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a.clone(), b.clone(), CmpOp::Eq)?;
        match r {
            Value::Bool(x) => Ok(x),
            other => self.is_true(&other),
        }
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.as_str() < y.as_str()),
            _ => {}
        }
        let r = self.compare(a.clone(), b.clone(), CmpOp::Lt)?;
        match r {
            Value::Bool(x) => Ok(x),
            other => self.is_true(&other),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(crate::objects::str::contains(s.as_str(), sub.as_str())),
                _ => {
                    let tn = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        tn
                    )))
                }
            },
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let v = match l.get(i) {
                        Some(v) => v,
                        None => return Ok(false),
                    };
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for v in t.iter() {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) => {
                let i = match item {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    _ => {
                        let items = self.iterate(container)?;
                        for v in items {
                            if self.eq(&v, item)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                };
                let (s, e, st) = (r.start as i128, r.stop as i128, r.step as i128);
                let i = i as i128;
                Ok(if st > 0 {
                    i >= s && i < e && (i - s) % st == 0
                } else {
                    i <= s && i > e && (s - i) % (-st) == 0
                })
            }
            Value::Bytes(b) => match item {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let i = self.to_index(item).unwrap_or(-1);
                    if !(0..256).contains(&i) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    Ok(b.as_bytes().contains(&(i as u8)))
                }
                Value::Bytes(sub) => {
                    let h = b.as_bytes();
                    let n = sub.as_bytes();
                    Ok(n.is_empty() || h.windows(n.len()).any(|w| w == n))
                }
                other => match crate::objects::bytearray::bytes_like(other) {
                    Some(n) => {
                        let h = b.as_bytes();
                        Ok(n.is_empty() || h.windows(n.len()).any(|w| w == n))
                    }
                    None => {
                        let tn = self.type_name(other);
                        Err(self
                            .type_error(format!("a bytes-like object is required, not '{}'", tn)))
                    }
                },
            },
            _ => {
                let name = self.names.contains.clone();
                if let Some(r) = self.call_special(container, &name, std::slice::from_ref(item))? {
                    return self.is_true(&r);
                }
                if !self.has_iter(container) {
                    let tn = self.type_name(container);
                    return Err(
                        self.type_error(format!("argument of type '{}' is not iterable", tn))
                    );
                }
                let it = self.get_iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `s op= o`. Difference and symmetric difference work in place key
    /// by key, as CPython's do (the order the set iterates in depends on
    /// it, and a key's `__eq__` sees the set as it is); intersection
    /// builds the result and takes its table.
    pub fn set_update_with(&mut self, s: &Rc<SetObj>, o: &Rc<SetObj>, op: BinOp) -> PyResult<()> {
        if matches!(op, BinOp::Sub | BinOp::Xor) && Rc::ptr_eq(s, o) {
            s.borrow_mut().clear();
            return Ok(());
        }
        let keys: Vec<Value> = o.borrow().iter().cloned().collect();
        match op {
            BinOp::Or => self.set_merge(s, o)?,
            BinOp::Sub => {
                for v in keys {
                    self.set_remove(s, &v)?;
                }
            }
            BinOp::Xor => {
                for v in keys {
                    if !self.set_remove(s, &v)? {
                        self.set_add(s, v)?;
                    }
                }
            }
            _ => {
                let r = self.set_binop(s, o, op)?;
                let t = r.borrow().clone();
                *s.borrow_mut() = t;
            }
        }
        Ok(())
    }

    /// Add every key of `o` to `s` (CPython's set merge).
    pub fn set_merge(&mut self, s: &Rc<SetObj>, o: &Rc<SetObj>) -> PyResult<()> {
        if Rc::ptr_eq(s, o) {
            return Ok(());
        }
        let grow = o.len() * 4 * std::mem::size_of::<crate::objects::set_table::Slot>();
        self.before_table_growth(grow)?;
        if s.borrow_mut().merge_into_empty(&o.borrow()) {
            return Ok(());
        }
        let keys: Vec<Value> = o.borrow().iter().cloned().collect();
        for v in keys {
            self.set_add(s, v)?;
        }
        Ok(())
    }

    /// Set algebra producing a new set.
    pub fn set_binop(&mut self, a: &Rc<SetObj>, b: &Rc<SetObj>, op: BinOp) -> PyResult<Rc<SetObj>> {
        let out = Rc::new(SetObj::new());
        let items_a: Vec<Value> = a.borrow().iter().cloned().collect();
        let items_b: Vec<Value> = b.borrow().iter().cloned().collect();
        match op {
            BinOp::Or => {
                self.set_merge(&out, a)?;
                self.set_merge(&out, b)?;
            }
            BinOp::And => {
                let (small, big) = if items_a.len() <= items_b.len() {
                    (items_a, b)
                } else {
                    (items_b, a)
                };
                for v in small {
                    if self.set_contains(big, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
            }
            BinOp::Sub => {
                for v in items_a {
                    if !self.set_contains(b, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
            }
            BinOp::Xor => {
                for v in items_a {
                    if !self.set_contains(b, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
                for v in items_b {
                    if !self.set_contains(a, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
            }
            _ => {}
        }
        Ok(out)
    }

    fn set_compare(&mut self, a: &Rc<SetObj>, b: &Rc<SetObj>, op: CmpOp) -> PyResult<bool> {
        let subset = |vm: &mut Vm, x: &Rc<SetObj>, y: &Rc<SetObj>| -> PyResult<bool> {
            if x.len() > y.len() {
                return Ok(false);
            }
            let items: Vec<Value> = x.borrow().iter().cloned().collect();
            for v in items {
                if !vm.set_contains(y, &v)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => a.len() == b.len() && subset(self, a, b)?,
            CmpOp::Ne => !(a.len() == b.len() && subset(self, a, b)?),
            CmpOp::Le => subset(self, a, b)?,
            CmpOp::Lt => a.len() < b.len() && subset(self, a, b)?,
            CmpOp::Ge => subset(self, b, a)?,
            CmpOp::Gt => a.len() > b.len() && subset(self, b, a)?,
        })
    }
}

fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(
        n.data,
        crate::objects::NativeData::DictView {
            view: crate::objects::iter::DictView::Keys | crate::objects::iter::DictView::Items,
            ..
        }
    ))
}

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn same_attr(a: Option<Value>, b: Option<Value>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    }
}
