//! `tuple`: an immutable sequence.

use super::Value;

pub struct TupleObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    items: Box<[Value]>,
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        crate::gc::deep_drop::drop_values(std::mem::take(&mut self.items).into_vec());
    }
}

impl TupleObj {
    pub fn new(items: Vec<Value>) -> TupleObj {
        TupleObj {
            gc: Default::default(),
            items: items.into_boxed_slice(),
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Value> {
        self.items.iter()
    }

    pub fn get(&self, i: usize) -> Option<&Value> {
        self.items.get(i)
    }
}

// ---------------------------------------------------------------- methods

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<TupleObj>> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Tuple(t)) => Ok(t),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'tuple' object", name))),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let tc = vm.types.tuple.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &tc)?;
    if !kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    args::check(vm, "tuple", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => Value::tuple(Vec::new()),
        Some(Value::Tuple(t)) if exact => Value::Tuple(t.clone()),
        Some(x) => Value::tuple(vm.iterate(x)?),
    };
    Ok(if exact {
        v
    } else {
        super::int::subclass_instance(vm, &cls, v)
    })
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, args, "index")?;
    args::check(vm, "index", &args[1..], 1, 3)?;
    let n = t.len() as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match args.get(2) {
        Some(v) => fix(vm.slice_index(v)?.unwrap_or(0)),
        None => 0,
    } as usize;
    let end = match args.get(3) {
        Some(v) => fix(vm.slice_index(v)?.unwrap_or(n)),
        None => n,
    } as usize;
    for i in start..end.min(t.len()) {
        if vm.eq(&t.as_slice()[i], &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, args, "count")?;
    args::check(vm, "count", &args[1..], 1, 1)?;
    let mut n = 0;
    for v in t.iter() {
        if vm.eq(v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this(vm, args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Tuple(t)]))
}

pub fn register(vm: &mut Vm) {
    let tc = vm.types.tuple.clone();
    add_methods(
        vm,
        &tc,
        "tuple",
        BuiltinKind::StaticMethod,
        &[("__new__", tuple_new)],
    );
    add_methods(
        vm,
        &tc,
        "tuple",
        BuiltinKind::Method,
        &[
            ("index", index),
            ("count", count),
            ("__getnewargs__", getnewargs),
        ],
    );
}
