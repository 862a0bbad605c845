//! `range`: an immutable arithmetic progression of i64 values.

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The i-th element (no bounds check beyond overflow safety).
    pub fn item(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

// ---------------------------------------------------------------- methods

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        other => {
            let iname = vm.names.index.clone();
            match vm.call_special(other, &iname, &[])? {
                Some(Value::Int(i)) => Ok(i),
                _ => {
                    let tn = vm.type_name(other);
                    Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        tn
                    )))
                }
            }
        }
    }
}

fn range_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, int_arg(vm, &a[0])?, 1),
        2 => (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?, 1),
        3 => (
            int_arg(vm, &a[0])?,
            int_arg(vm, &a[1])?,
            int_arg(vm, &a[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<RangeObj>> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = this(vm, args)?;
    args::check(vm, "index", &args[1..], 1, 1)?;
    if let Value::Int(i) = &args[1] {
        let n = r.len();
        if n > 0 && (*i - r.start) % r.step == 0 {
            let k = (*i - r.start) / r.step;
            if k >= 0 && k < n {
                return Ok(Value::Int(k));
            }
        }
    }
    let rep = vm.repr(&args[1])?;
    Err(vm.value_error(format!("{} is not in range", rep.as_str())))
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = Value::Range(this(vm, args)?);
    args::check(vm, "count", &args[1..], 1, 1)?;
    Ok(Value::Int(vm.contains(&r, &args[1])? as i64))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = Value::Range(this(vm, args)?);
    let f = vm.builtins.get_str_text("reversed").unwrap_or(Value::None);
    vm.call_value(f, &[r])
}

pub fn register(vm: &mut Vm) {
    let rc = vm.types.range.clone();
    add_methods(
        vm,
        &rc,
        "range",
        BuiltinKind::StaticMethod,
        &[("__new__", range_new)],
    );
    add_methods(
        vm,
        &rc,
        "range",
        BuiltinKind::Method,
        &[
            ("index", index),
            ("count", count),
            ("__reversed__", reversed),
        ],
    );
}
