//! `slice`: start/stop/step as arbitrary values, resolved against a length.

use super::Value;

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A slice resolved against a sequence length, as `slice.indices()` gives.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIndices {
    /// Number of elements the slice selects.
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.max(0) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Indices in selection order.
    pub fn iter(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len()).map(move |k| (s.start + k as i64 * s.step) as usize)
    }
}

/// Resolve optional bounds (already converted to i64, clamped for huge
/// values by the caller) against `len`, with Python's rules.
pub fn resolve(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> SliceIndices {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    SliceIndices { start, stop, step }
}

// ---------------------------------------------------------------- methods

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

fn slice_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {}", n))),
    };
    Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
}

fn indices(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "indices", &args[1..], 1, 1)?;
    let Some(Value::Slice(s)) = args.first() else {
        return Err(vm.type_error("descriptor requires a 'slice' object"));
    };
    let n = vm.to_index(&args[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = s.clone();
    let r = vm.slice_indices(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(r.start),
        Value::Int(r.stop),
        Value::Int(r.step),
    ]))
}

fn slice_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Slice(s)) = args.first() else {
        return Err(vm.type_error("descriptor requires a 'slice' object"));
    };
    let s = s.clone();
    let a = vm.repr(&s.start)?;
    let b = vm.repr(&s.stop)?;
    let c = vm.repr(&s.step)?;
    Ok(Value::string(format!(
        "slice({}, {}, {})",
        a.as_str(),
        b.as_str(),
        c.as_str()
    )))
}

pub fn register(vm: &mut Vm) {
    let sc = vm.types.slice.clone();
    add_methods(
        vm,
        &sc,
        "slice",
        BuiltinKind::StaticMethod,
        &[("__new__", slice_new)],
    );
    add_methods(
        vm,
        &sc,
        "slice",
        BuiltinKind::Method,
        &[("indices", indices), ("__repr__", slice_repr)],
    );
}
