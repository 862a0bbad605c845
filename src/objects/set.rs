//! `set` and `frozenset` (the same object; the `Value` variant tells which).

use std::cell::{Ref, RefCell, RefMut};

use super::set_table::SetTable;

#[derive(Default)]
pub struct SetObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    table: RefCell<SetTable>,
}

impl Drop for SetObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        let t = std::mem::take(self.table.get_mut());
        if t.is_empty() {
            return;
        }
        crate::gc::deep_drop::guarded(t, |t, out| out.extend(t.iter().cloned()));
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    pub fn from_table(t: SetTable) -> SetObj {
        SetObj {
            gc: Default::default(),
            table: RefCell::new(t),
        }
    }

    #[inline]
    pub fn borrow(&self) -> Ref<'_, SetTable> {
        self.table.borrow()
    }

    /// For the collector, which must not panic on an object in use.
    pub fn try_borrow(&self) -> Result<Ref<'_, SetTable>, std::cell::BorrowError> {
        self.table.try_borrow()
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, SetTable>, std::cell::BorrowMutError> {
        self.table.try_borrow_mut()
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, SetTable> {
        self.table.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

// ---------------------------------------------------------------- methods

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args};
use crate::bytecode::BinOp;
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Rc<SetObj>, bool)> {
    match args.first().map(|v| vm.unwrap_builtin(v)) {
        Some(Value::Set(s)) => Ok((s, false)),
        Some(Value::FrozenSet(s)) => Ok((s, true)),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'set' object", name))),
    }
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let sc = vm.types.set.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &sc)?;
    let s = Value::Set(Rc::new(SetObj::new()));
    crate::gc::track(&s);
    Ok(if exact {
        s
    } else {
        super::int::subclass_instance(vm, &cls, s)
    })
}

fn set_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "__init__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    args::check(vm, "set", &args[1..], 0, 1)?;
    s.borrow_mut().clear();
    if let Some(x) = args.get(1) {
        if let Value::Set(o) | Value::FrozenSet(o) = x {
            vm.set_merge(&s, o)?;
            return Ok(Value::None);
        }
        for v in vm.iterate(x)? {
            vm.set_add(&s, v)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let fc = vm.types.frozenset.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &fc)?;
    if !kw.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    args::check(vm, "frozenset", &args[1..], 0, 1)?;
    if let (Some(Value::FrozenSet(f)), true) = (args.get(1), exact) {
        return Ok(Value::FrozenSet(f.clone()));
    }
    let s = Rc::new(SetObj::new());
    if let Some(Value::Set(o) | Value::FrozenSet(o)) = args.get(1) {
        vm.set_merge(&s, o)?;
    } else if let Some(x) = args.get(1) {
        for v in vm.iterate(x)? {
            vm.set_add(&s, v)?;
        }
    }
    let v = Value::FrozenSet(s);
    Ok(if exact {
        v
    } else {
        super::int::subclass_instance(vm, &cls, v)
    })
}

fn wrap(frozen: bool, s: Rc<SetObj>) -> Value {
    if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<SetObj>> {
    match vm.unwrap_builtin(v) {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s),
        other => {
            let items = vm.iterate(&other)?;
            let s = Rc::new(SetObj::new());
            for it in items {
                vm.set_add(&s, it)?;
            }
            Ok(s)
        }
    }
}

fn add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "add")?;
    args::check(vm, "set.add", &args[1..], 1, 1)?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "remove")?;
    args::check(vm, "set.remove", &args[1..], 1, 1)?;
    if !vm.set_remove(&s, &args[1])? {
        return Err(vm.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "discard")?;
    args::check(vm, "set.discard", &args[1..], 1, 1)?;
    vm.set_remove(&s, &args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "pop")?;
    let v = s.borrow_mut().pop_first();
    match v {
        Some(v) => Ok(v),
        None => {
            let c = vm.types.key_error.clone();
            Err(vm.new_error(&c, "pop from an empty set"))
        }
    }
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "clear")?;
    s.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, frozen) = this(vm, args, "copy")?;
    // An exact frozenset is its own copy, as in CPython.
    if let Some(v @ Value::FrozenSet(_)) = args.first() {
        return Ok(v.clone());
    }
    // A merge into a new set, not a clone: its table size, and so the
    // order it iterates in, is CPython's.
    let out = Rc::new(SetObj::new());
    vm.set_merge(&out, &s)?;
    Ok(wrap(frozen, out))
}

fn multi(vm: &mut Vm, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let (s, frozen) = this(vm, args, name)?;
    let mut acc = Rc::new(SetObj::new());
    vm.set_merge(&acc, &s)?;
    for o in &args[1..] {
        let os = as_set(vm, o)?;
        acc = vm.set_binop(&acc, &os, op)?;
    }
    Ok(wrap(frozen, acc))
}

fn union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, "union", BinOp::Or)
}

fn intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, "intersection", BinOp::And)
}

fn difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, "difference", BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, "symmetric_difference", BinOp::Xor)
}

fn multi_update(vm: &mut Vm, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let (s, _) = this(vm, args, name)?;
    for o in &args[1..] {
        if let (BinOp::Or, Value::Set(os) | Value::FrozenSet(os)) = (op, o) {
            vm.set_merge(&s, os)?;
            continue;
        }
        if op == BinOp::Or {
            for v in vm.iterate(o)? {
                vm.set_add(&s, v)?;
            }
            continue;
        }
        let os = as_set(vm, o)?;
        vm.set_update_with(&s, &os, op)?;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi_update(vm, args, "update", BinOp::Or)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi_update(vm, args, "intersection_update", BinOp::And)
}

fn difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi_update(vm, args, "difference_update", BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi_update(vm, args, "symmetric_difference_update", BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "issubset")?;
    args::check(vm, "issubset", &args[1..], 1, 1)?;
    let o = as_set(vm, &args[1])?;
    let items: Vec<Value> = s.borrow().iter().cloned().collect();
    for v in items {
        if !vm.set_contains(&o, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "issuperset")?;
    args::check(vm, "issuperset", &args[1..], 1, 1)?;
    for v in vm.iterate(&args[1])? {
        if !vm.set_contains(&s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, _) = this(vm, args, "isdisjoint")?;
    args::check(vm, "isdisjoint", &args[1..], 1, 1)?;
    for v in vm.iterate(&args[1])? {
        if vm.set_contains(&s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn register(vm: &mut Vm) {
    let sc = vm.types.set.clone();
    let fc = vm.types.frozenset.clone();
    add_methods(
        vm,
        &sc,
        "set",
        BuiltinKind::StaticMethod,
        &[("__new__", set_new)],
    );
    add_methods(
        vm,
        &fc,
        "frozenset",
        BuiltinKind::StaticMethod,
        &[("__new__", frozenset_new)],
    );
    let shared: &[(&'static str, crate::objects::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    add_methods(vm, &sc, "set", BuiltinKind::Method, shared);
    add_methods(vm, &fc, "frozenset", BuiltinKind::Method, shared);
    add_methods(
        vm,
        &sc,
        "set",
        BuiltinKind::Method,
        &[
            ("__init__", set_init),
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}
