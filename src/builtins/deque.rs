//! `_collections`: the native `deque` (asyncio's queues sit on it, so it is
//! a `VecDeque` rather than script code).

use std::cell::Cell;
use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::bytecode::CmpOp;
use crate::objects::class::{new_class, Layout};
use crate::objects::deque::{DequeData, DequeIter};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{BuiltinObj, ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(vm, "_collections", &[]);
    let dq = deque_class(vm);
    m.dict.set_str_text("deque", Value::Class(dq));
    Ok(Value::Module(m))
}

fn make_class(vm: &mut Vm, name: &str) -> Rc<ClassObj> {
    let n = vm.intern(name);
    let object = vm.types.object.clone();
    // Not `builtin`: comparisons and operators on natives dispatch through
    // the class only for non-builtin classes, and deque may be subclassed.
    new_class(
        n,
        vec![object.clone()],
        Rc::new(DictObj::new()),
        Layout::Object,
        false,
    )
    .unwrap_or(object)
}

pub fn deque_class(vm: &mut Vm) -> Rc<ClassObj> {
    if let Some(c) = vm.types.iterators.borrow().get("deque") {
        return c.clone();
    }
    let c = make_class(vm, "deque");
    super::add_methods(
        vm,
        &c,
        "deque",
        BuiltinKind::StaticMethod,
        &[("__new__", deque_new)],
    );
    super::add_methods(
        vm,
        &c,
        "deque",
        BuiltinKind::Method,
        &[
            ("__init__", deque_init),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("rotate", rotate),
            ("clear", clear),
            ("count", count),
            ("index", index),
            ("remove", remove),
            ("insert", insert),
            ("reverse", reverse),
            ("copy", copy),
            ("__copy__", copy),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
        ],
    );
    let getter = Value::Builtin(Rc::new(BuiltinObj {
        name: "maxlen",
        func: maxlen_get,
        kind: BuiltinKind::Function,
        owner: Some("deque"),
        module: None,
        takes_kwargs: false,
    }));
    let setter = Value::Builtin(Rc::new(BuiltinObj {
        name: "maxlen",
        func: maxlen_set,
        kind: BuiltinKind::Function,
        owner: Some("deque"),
        module: None,
        takes_kwargs: false,
    }));
    let prop = Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: vm.types.property.clone(),
        data: NativeData::Property {
            fget: getter,
            fset: setter,
            fdel: Value::None,
            doc: Value::None,
            name: Default::default(),
        },
        dict: None,
    }));
    super::set_class_attr(vm, &c, "maxlen", prop);
    super::set_class_attr(vm, &c, "__hash__", Value::None);
    super::set_class_attr(vm, &c, "__module__", Value::str("collections"));
    vm.types.iterators.borrow_mut().insert("deque", c.clone());
    vm.fast_fns.deque = Some((c.clone(), c.version.get()));
    c
}

pub(crate) fn iter_class(vm: &mut Vm, reverse: bool) -> Rc<ClassObj> {
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    if let Some(c) = vm.types.iterators.borrow().get(name) {
        return c.clone();
    }
    let c = make_class(vm, name);
    super::add_methods(
        vm,
        &c,
        name,
        BuiltinKind::Method,
        &[
            ("__next__", iter_next),
            ("__iter__", iter_self),
            ("__length_hint__", iter_len),
        ],
    );
    super::set_class_attr(vm, &c, "__module__", Value::str("_collections"));
    vm.types.iterators.borrow_mut().insert(name, c.clone());
    c
}

/// The deque behind `self`, or CPython's descriptor TypeError.
fn this<'a>(
    vm: &mut Vm,
    a: &'a [Value],
    name: &str,
) -> PyResult<(&'a Rc<NativeObj>, &'a DequeData)> {
    if let Some(Value::Native(n)) = a.first() {
        if let NativeData::Deque(d) = &n.data {
            return Ok((n, d));
        }
    }
    let tn = match a.first() {
        Some(v) => vm.type_name(v),
        None => "nothing".to_string(),
    };
    Err(vm.type_error(format!(
        "descriptor '{}' for 'collections.deque' objects doesn't apply to a '{}' object",
        name, tn
    )))
}

fn new_deque(vm: &mut Vm, cls: Rc<ClassObj>, maxlen: Option<usize>) -> Value {
    let dq = deque_class(vm);
    let dict = if Rc::ptr_eq(&cls, &dq) {
        None
    } else {
        Some(Rc::new(DictObj::new()))
    };
    let d = Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Deque(DequeData::new(maxlen)),
        dict,
    }));
    crate::gc::track(&d);
    d
}

fn deque_new(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("deque.__new__(X): X is not a type object")),
    };
    let dq = deque_class(vm);
    if !cls.is_subclass(&dq) {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            n.as_str(),
            n.as_str()
        )));
    }
    Ok(new_deque(vm, cls, None))
}

fn maxlen_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => {
            if i < 0 {
                Err(vm.value_error("maxlen must be non-negative"))
            } else {
                Ok(Some(i as usize))
            }
        }
        Some(Value::Bool(b)) => Ok(Some(b as usize)),
        Some(Value::BigInt(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Some(_) => Err(vm.type_error("an integer is required")),
    }
}

fn deque_init(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__init__")?;
    args::only_kwargs(vm, "deque", kw, &["iterable", "maxlen"])?;
    let rest = &a[1..];
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "deque expected at most 2 arguments, got {}",
            rest.len()
        )));
    }
    let iterable = args::arg_or_kw(rest, 0, kw, "iterable");
    let maxlen = maxlen_arg(vm, args::arg_or_kw(rest, 1, kw, "maxlen"))?;
    d.maxlen.set(maxlen);
    if !d.is_empty() {
        d.touch();
        d.items.borrow_mut().clear();
    }
    if let Some(it) = iterable {
        extend_from(vm, d, &a[0], &it, false)?;
    }
    Ok(Value::None)
}

fn extend_from(vm: &mut Vm, d: &DequeData, me: &Value, it: &Value, left: bool) -> PyResult<()> {
    // Extending a deque with itself reads a snapshot first.
    let items = if it.is(me) {
        d.to_vec()
    } else {
        vm.iterate(it)?
    };
    for v in items {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

fn append(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "append")?;
    args::check(vm, "append", &a[1..], 1, 1)?;
    d.push_back(a[1].clone());
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "appendleft")?;
    args::check(vm, "appendleft", &a[1..], 1, 1)?;
    d.push_front(a[1].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "pop")?;
    args::check(vm, "pop", &a[1..], 0, 0)?;
    d.touch();
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "popleft")?;
    args::check(vm, "popleft", &a[1..], 0, 0)?;
    d.touch();
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn extend(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "extend")?;
    args::check(vm, "extend", &a[1..], 1, 1)?;
    extend_from(vm, d, &a[0], &a[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "extendleft")?;
    args::check(vm, "extendleft", &a[1..], 1, 1)?;
    extend_from(vm, d, &a[0], &a[1], true)?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "rotate")?;
    args::check(vm, "rotate", &a[1..], 0, 1)?;
    let n = match a.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let len = d.len();
    if len > 1 {
        d.touch();
        let k = n.rem_euclid(len as i64) as usize;
        d.items.borrow_mut().rotate_right(k);
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "clear")?;
    d.touch();
    // Dropping the items may run script code (finalizers); take them out first.
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// Compare every item with `x` (stopping at the first match when `first`),
/// raising if the deque changes meanwhile.
fn find(
    vm: &mut Vm,
    d: &DequeData,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    // Most removals (asyncio waiters) compare futures, whose equality is
    // identity: scan in place until an item needs script code.
    let mut from = start;
    {
        let items = d.items.borrow();
        let futures_only = |a: &Value, b: &Value| match (a, b) {
            (Value::Native(p), Value::Native(q)) => {
                p.class.builtin
                    && q.class.builtin
                    && matches!(p.data, crate::objects::NativeData::Future(_))
                    && matches!(q.data, crate::objects::NativeData::Future(_))
            }
            _ => false,
        };
        for (i, v) in items.iter().enumerate().take(stop).skip(start) {
            let same = if v.is(x) {
                Some(true)
            } else if futures_only(v, x) {
                Some(false)
            } else {
                crate::objects::dict_table::fast_eq(v, x)
            };
            match same {
                Some(true) => return Ok(Some(i)),
                Some(false) => from = i + 1,
                None => break,
            }
        }
    }
    if from >= stop.min(d.items.borrow().len()) {
        return Ok(None);
    }
    let items = d.to_vec();
    for (i, v) in items.iter().enumerate().take(stop).skip(from) {
        let same = vm.eq(v, x)?;
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if same {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "count")?;
    args::check(vm, "count", &a[1..], 1, 1)?;
    let state = d.state.get();
    let items = d.to_vec();
    let mut n = 0;
    for v in &items {
        if vm.eq(v, &a[1])? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
    }
    Ok(Value::Int(n))
}

fn clamp_index(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = match v {
                Value::BigInt(b) => {
                    use num_traits::Signed;
                    if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                _ => vm.to_index(v)?,
            };
            let len = len as i64;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            Ok(i as usize)
        }
    }
}

fn index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "index")?;
    args::check(vm, "index", &a[1..], 1, 3)?;
    let len = d.len();
    let start = clamp_index(vm, a.get(2), len, 0)?;
    let stop = clamp_index(vm, a.get(3), len, len)?;
    match find(vm, d, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a[1])?;
            Err(vm.value_error(format!("{} is not in deque", r.as_str())))
        }
    }
}

fn remove(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "remove")?;
    args::check(vm, "remove", &a[1..], 1, 1)?;
    let len = d.len();
    match find(vm, d, &a[1], 0, len)? {
        Some(i) => {
            d.touch();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(&a[1])?;
            Err(vm.value_error(format!("{} is not in deque", r.as_str())))
        }
    }
}

fn insert(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "insert")?;
    args::check(vm, "insert", &a[1..], 2, 2)?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let i = clamp_index(vm, Some(&a[1]), len, 0)?;
    d.touch();
    d.items.borrow_mut().insert(i, a[2].clone());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "reverse")?;
    d.touch();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn copy_of(vm: &mut Vm, n: &Rc<NativeObj>, d: &DequeData) -> Value {
    let out = new_deque(vm, n.class.clone(), d.maxlen.get());
    if let Value::Native(o) = &out {
        if let NativeData::Deque(od) = &o.data {
            *od.items.borrow_mut() = d.items.borrow().clone();
        }
    }
    out
}

fn copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, d) = this(vm, a, "copy")?;
    Ok(copy_of(vm, n, d))
}

fn len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn make_iter(vm: &mut Vm, n: &Rc<NativeObj>, d: &DequeData, reverse: bool) -> Value {
    let cls = iter_class(vm, reverse);
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::DequeIter(DequeIter {
            deque: n.clone(),
            pos: Cell::new(0),
            state: d.state.get(),
            reverse,
        }),
        dict: None,
    }))
}

fn iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, d) = this(vm, a, "__iter__")?;
    Ok(make_iter(vm, n, d, false))
}

fn reversed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, d) = this(vm, a, "__reversed__")?;
    Ok(make_iter(vm, n, d, true))
}

fn iter_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Native(n)) = a.first() else {
        return Err(
            vm.type_error("descriptor '__next__' requires a '_collections._deque_iterator' object")
        );
    };
    let NativeData::DequeIter(it) = &n.data else {
        return Err(
            vm.type_error("descriptor '__next__' requires a '_collections._deque_iterator' object")
        );
    };
    let NativeData::Deque(d) = &it.deque.data else {
        return Err(vm.stop_iteration(Value::None));
    };
    if d.state.get() != it.state {
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    let pos = it.pos.get();
    let items = d.items.borrow();
    let v = if it.reverse {
        items
            .len()
            .checked_sub(pos + 1)
            .and_then(|i| items.get(i))
            .cloned()
    } else {
        items.get(pos).cloned()
    };
    drop(items);
    match v {
        Some(v) => {
            it.pos.set(pos + 1);
            Ok(v)
        }
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

fn iter_len(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(Value::Native(n)) = a.first() {
        if let NativeData::DequeIter(it) = &n.data {
            if let NativeData::Deque(d) = &it.deque.data {
                return Ok(Value::Int(d.len().saturating_sub(it.pos.get()) as i64));
            }
        }
    }
    Ok(Value::Int(0))
}

/// The position an item index refers to, or IndexError.
fn item_index(vm: &mut Vm, d: &DequeData, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(_) | Value::Bool(_) => vm.to_index(key)?,
        Value::BigInt(_) => return Err(vm.index_error("deque index out of range")),
        other => {
            let cls = vm.type_of(other);
            let iname = vm.names.index.clone();
            if cls.lookup(&iname).is_some() {
                vm.to_index(other)?
            } else {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!("sequence index must be integer, not '{}'", tn)));
            }
        }
    };
    let len = d.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__getitem__")?;
    args::check(vm, "__getitem__", &a[1..], 1, 1)?;
    let i = item_index(vm, d, &a[1])?;
    let v = d.items.borrow().get(i).cloned();
    v.ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__setitem__")?;
    args::check(vm, "__setitem__", &a[1..], 2, 2)?;
    let i = item_index(vm, d, &a[1])?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[2].clone()));
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__delitem__")?;
    args::check(vm, "__delitem__", &a[1..], 1, 1)?;
    let i = item_index(vm, d, &a[1])?;
    d.touch();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__contains__")?;
    args::check(vm, "__contains__", &a[1..], 1, 1)?;
    let len = d.len();
    Ok(Value::Bool(find(vm, d, &a[1], 0, len)?.is_some()))
}

fn repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, d) = this(vm, a, "__repr__")?;
    let name = n.class.name();
    let id = a[0].id();
    if vm.repr_stack.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    vm.repr_stack.push(id);
    let mut parts = Vec::new();
    let mut result = Ok(());
    for v in d.to_vec() {
        match vm.repr(&v) {
            Ok(s) => parts.push(s.as_str().to_string()),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    result?;
    let body = parts.join(", ");
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{}([{}], maxlen={})", name.as_str(), body, m),
        None => format!("{}([{}])", name.as_str(), body),
    }))
}

fn other_deque(v: &Value) -> Option<Vec<Value>> {
    if let Value::Native(n) = v {
        if let NativeData::Deque(d) = &n.data {
            return Some(d.to_vec());
        }
    }
    None
}

/// Lexicographic comparison, as for lists; NotImplemented for non-deques.
fn compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let (_, d) = this(vm, a, name)?;
    args::check(vm, name, &a[1..], 1, 1)?;
    let Some(ys) = other_deque(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let xs = d.to_vec();
    vm.seq_richcompare(&xs, &ys, op)
}

fn eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Eq, "__eq__")
}

fn ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Ne, "__ne__")
}

fn lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Lt, "__lt__")
}

fn le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Le, "__le__")
}

fn gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Gt, "__gt__")
}

fn ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, CmpOp::Ge, "__ge__")
}

fn add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, d) = this(vm, a, "__add__")?;
    args::check(vm, "__add__", &a[1..], 1, 1)?;
    let Some(ys) = other_deque(&a[1]) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            tn
        )));
    };
    let out = copy_of(vm, n, d);
    if let Value::Native(o) = &out {
        if let NativeData::Deque(od) = &o.data {
            for v in ys {
                od.push_back(v);
            }
        }
    }
    Ok(out)
}

fn iadd(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__iadd__")?;
    args::check(vm, "__iadd__", &a[1..], 1, 1)?;
    extend_from(vm, d, &a[0], &a[1], false)?;
    Ok(a[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(v),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                tn
            )))
        }
    }
}

fn repeat_into(d: &DequeData, k: i64) {
    let items = d.to_vec();
    d.touch();
    d.items.borrow_mut().clear();
    if items.is_empty() {
        return;
    }
    // With a maxlen only the last maxlen items survive: skip the rest.
    let total = items.len() as u128 * k.max(0) as u128;
    let keep = match d.maxlen.get() {
        Some(m) => (m as u128).min(total),
        None => total,
    };
    let skip = total - keep;
    let n = items.len() as u128;
    let mut out = d.items.borrow_mut();
    let mut i = skip;
    while i < total {
        if let Some(v) = items.get((i % n) as usize) {
            out.push_back(v.clone());
        }
        i += 1;
    }
}

fn mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, d) = this(vm, a, "__mul__")?;
    args::check(vm, "__mul__", &a[1..], 1, 1)?;
    let k = repeat_count(vm, &a[1])?;
    if d.maxlen.get().is_none() && k > 0 && (d.len() as u128 * k as u128) > (1u128 << 40) {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exception(&c, vec![]));
    }
    let out = copy_of(vm, n, d);
    if let Value::Native(o) = &out {
        if let NativeData::Deque(od) = &o.data {
            repeat_into(od, k);
        }
    }
    Ok(out)
}

fn imul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__imul__")?;
    args::check(vm, "__imul__", &a[1..], 1, 1)?;
    let k = repeat_count(vm, &a[1])?;
    if d.maxlen.get().is_none() && k > 0 && (d.len() as u128 * k as u128) > (1u128 << 40) {
        let c = vm.types.memory_error.clone();
        return Err(vm.new_exception(&c, vec![]));
    }
    repeat_into(d, k);
    Ok(a[0].clone())
}

fn maxlen_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, d) = this(vm, a, "maxlen")?;
    Ok(match d.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn maxlen_set(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.attribute_error("attribute 'maxlen' of 'collections.deque' objects is not writable"))
}
