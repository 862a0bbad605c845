//! `list`: a mutable sequence.

use std::cell::{Ref, RefCell, RefMut};

use super::Value;

#[derive(Default)]
pub struct ListObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    items: RefCell<Vec<Value>>,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            gc: Default::default(),
            items: RefCell::new(items),
        }
    }

    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// For the collector, which must not panic on an object in use.
    pub fn try_borrow(&self) -> Result<Ref<'_, Vec<Value>>, std::cell::BorrowError> {
        self.items.try_borrow()
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, Vec<Value>>, std::cell::BorrowMutError> {
        self.written(None);
        self.items.try_borrow_mut()
    }

    /// Every write to the items goes through here, `push` or `set`: a
    /// list the collector detached (see `gc::slot::DETACHED`) is watched
    /// again before anything that could close a cycle is stored in it.
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.written(None);
        self.items.borrow_mut()
    }

    /// Write access that stores nothing but `new` (removals, reorders,
    /// and the values given): a detached list stays detached unless one
    /// of them could close a cycle.
    #[inline]
    pub fn edit(&self, new: &[Value]) -> RefMut<'_, Vec<Value>> {
        if self.gc.get() == crate::gc::slot::DETACHED && new.iter().any(crate::gc::has_slot) {
            self.reattach();
        }
        self.items.borrow_mut()
    }

    /// `edit` for the interpreter's fast paths, which must not panic on
    /// a list some native code is reading: None when it is borrowed.
    #[inline]
    pub fn try_edit(&self, new: &[Value]) -> Option<RefMut<'_, Vec<Value>>> {
        let items = self.items.try_borrow_mut().ok()?;
        if self.gc.get() == crate::gc::slot::DETACHED && new.iter().any(crate::gc::has_slot) {
            drop(items);
            self.reattach();
            return self.items.try_borrow_mut().ok();
        }
        Some(items)
    }

    /// A write of `v` (None: of anything) is about to happen.
    #[inline(always)]
    fn written(&self, v: Option<&Value>) {
        if self.gc.get() == crate::gc::slot::DETACHED && v.is_none_or(crate::gc::has_slot) {
            self.reattach();
        }
    }

    #[cold]
    fn reattach(&self) {
        // SAFETY: only lists the collector listed are detached, and those
        // live in an `Rc` (the collector held a weak handle to it); `self`
        // points at the value inside that allocation, which is what
        // `from_raw` expects. The count taken here is the new `Rc`'s own.
        let rc = unsafe {
            Rc::increment_strong_count(self);
            Rc::from_raw(self)
        };
        crate::gc::reattach(&Value::List(rc));
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Replace item `i` (ignored when out of range).
    pub fn set(&self, i: usize, v: Value) {
        self.written(Some(&v));
        if let Some(slot) = self.items.borrow_mut().get_mut(i) {
            *slot = v;
        }
    }

    pub fn push(&self, v: Value) {
        self.written(Some(&v));
        self.items.borrow_mut().push(v);
    }

    /// Append, unless that needs a large new allocation: then the value
    /// comes back with the size, for the caller to check first (see
    /// `Vm::list_push`).
    #[inline]
    pub fn push_unless_large(&self, v: Value) -> Result<(), (Value, usize)> {
        self.written(Some(&v));
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            let bytes = items.capacity().max(4) * 2 * std::mem::size_of::<Value>();
            if bytes >= crate::vm::sized::LARGE {
                return Err((v, bytes));
            }
        }
        items.push(v);
        Ok(())
    }

    /// A copy of the items, for iterating while script code may run.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        if self.gc.get() == crate::gc::slot::DETACHED {
            crate::gc::untracked_freed();
        } else {
            crate::gc::untrack(&self.gc);
        }
        crate::gc::deep_drop::drop_values(std::mem::take(self.items.get_mut()));
    }
}

// ---------------------------------------------------------------- methods

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

/// The list behind `self` (a list, or an instance of a list subclass).
pub fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<ListObj>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(v @ Value::Instance(_)) => match vm.unwrap_builtin(v) {
            Value::List(l) => Ok(l),
            _ => Err(vm.type_error(format!("descriptor '{}' requires a 'list' object", name))),
        },
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
        None => Err(vm.type_error(format!("unbound method list.{}() needs an argument", name))),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let lc = vm.types.list.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &lc)?;
    let l = Value::List(Rc::new(ListObj::default()));
    crate::gc::track(&l);
    Ok(if exact {
        l
    } else {
        super::int::subclass_instance(vm, &cls, l)
    })
}

fn list_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "__init__")?;
    if !kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        Some(v) => vm.iterate(v)?,
        None => Vec::new(),
    };
    let mut b = l.edit(&items);
    *b = items;
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "append")?;
    args::check(vm, "list.append", &args[1..], 1, 1)?;
    vm.list_push(&l, args[1].clone())?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "extend")?;
    args::check(vm, "list.extend", &args[1..], 1, 1)?;
    if matches!(
        &args[1],
        Value::List(_) | Value::Tuple(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_)
    ) {
        let items = vm.iterate(&args[1])?;
        vm.before_list_growth(&l, items.len())?;
        l.edit(&items).extend(items);
        return Ok(Value::None);
    }
    // Item by item, as CPython: an iterator over this very list sees the
    // items appended so far.
    let it = vm.get_iter(&args[1])?;
    while let Some(v) = vm.next(&it)? {
        vm.before_list_growth(&l, 1)?;
        l.edit(std::slice::from_ref(&v)).push(v);
    }
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "insert")?;
    args::check(vm, "insert", &args[1..], 2, 2)?;
    let i = vm.to_index(&args[1])?;
    let mut b = l.edit(&args[2..3]);
    let n = b.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "pop")?;
    args::check(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let r = {
        let mut b = l.edit(&[]);
        if b.is_empty() {
            None
        } else {
            let n = b.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                Some(None)
            } else {
                Some(Some(b.remove(j as usize)))
            }
        }
    };
    match r {
        None => Err(vm.index_error("pop from empty list")),
        Some(None) => Err(vm.index_error("pop index out of range")),
        Some(Some(v)) => Ok(v),
    }
}

fn position(
    vm: &mut Vm,
    l: &ListObj,
    x: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < end {
        let Some(v) = l.get(i) else { break };
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "remove")?;
    args::check(vm, "list.remove", &args[1..], 1, 1)?;
    match position(vm, &l, &args[1], 0, usize::MAX)? {
        Some(i) => {
            let mut b = l.edit(&[]);
            if i < b.len() {
                b.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "index")?;
    args::check(vm, "index", &args[1..], 1, 3)?;
    let n = l.len() as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match args.get(2) {
        Some(v) => fix(vm.slice_index(v)?.unwrap_or(0)),
        None => 0,
    };
    // Without a stop the search runs to the end as it is then (a
    // comparison may grow the list).
    let end = match args.get(3) {
        Some(v) => fix(vm.slice_index(v)?.unwrap_or(n)),
        None => i64::MAX,
    };
    match position(vm, &l, &args[1], start as usize, end as usize)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[1])?;
            Err(vm.value_error(format!("{} is not in list", r.as_str())))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "count")?;
    args::check(vm, "count", &args[1..], 1, 1)?;
    // By index, re-reading the length, as CPython: `__eq__` may resize it.
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if vm.eq(&v, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "clear")?;
    let old = std::mem::take(&mut *l.edit(&[]));
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "copy")?;
    Ok(Value::list(l.to_vec()))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "reverse")?;
    l.edit(&[]).reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    args::only_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    let reverse = match args::kwarg(kw, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    // Sort a detached copy: script code run by comparisons sees an empty list.
    let mut items = std::mem::take(&mut *l.edit(&[]));
    let r = vm.sort_list(&mut items, args::kwarg(kw, "key"), reverse);
    let modified = !l.borrow().is_empty();
    // A collection while it was empty may have detached it.
    let mut b = l.edit(&items);
    *b = items;
    drop(b);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "__reversed__")?;
    Ok(Value::Iter(Rc::new(super::IterObj::new(
        super::iter::IterState::ListReverse {
            index: l.len(),
            list: l,
        },
    ))))
}

fn iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "__iadd__")?;
    args::check(vm, "__iadd__", &args[1..], 1, 1)?;
    let items = vm.iterate(&args[1])?;
    l.edit(&items).extend(items);
    Ok(args[0].clone())
}

pub fn register(vm: &mut Vm) {
    let lc = vm.types.list.clone();
    add_methods(
        vm,
        &lc,
        "list",
        BuiltinKind::StaticMethod,
        &[("__new__", list_new)],
    );
    add_methods(
        vm,
        &lc,
        "list",
        BuiltinKind::Method,
        &[
            ("__init__", list_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("clear", clear),
            ("copy", copy),
            ("reverse", reverse),
            ("sort", sort),
            ("__reversed__", reversed),
            ("__iadd__", iadd),
        ],
    );
}
