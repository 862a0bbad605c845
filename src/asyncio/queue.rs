//! Fast paths for `asyncio.Queue` (stdlib/asyncio/queues.py).
//!
//! The queue stays a script class; these helpers do the whole non-blocking
//! part of `put`/`put_nowait` and `get`/`get_nowait` in one native call when
//! doing so is indistinguishable from running the script methods: the
//! instance is exactly `Queue` (no subclass), neither `Queue` nor `Event`
//! changed since registration, no instance attribute shadows a method, and
//! the state has the types `__init__` gave it. Otherwise the helper reports
//! "not handled" and the script code runs as written.
//!
//! The same routines are installed as fast paths of the Queue methods
//! themselves (`CodeObject::fast_path`), so that `await q.put(x)`,
//! `await q.get()`, `q.task_done()` and friends that complete at once cost
//! no script frame at all.

use std::rc::Rc;

use super::future::{data, fut_of, FutState};
use crate::builtins::args;
use crate::objects::dict_table::DictTable;
use crate::objects::function::KwArgs;
use crate::objects::{ClassObj, DictObj, NativeData, NativeObj, StrObj, Value};
use crate::vm::{PyResult, Vm};

/// What `_queue_register` recorded.
pub struct QueueFast {
    queue_class: Rc<ClassObj>,
    queue_version: u64,
    event_class: Rc<ClassObj>,
    event_version: u64,
    deque_class: Rc<ClassObj>,
    /// Returned by `_queue_get` when it did not take an item.
    noitem: Value,
    k_queue: Rc<StrObj>,
    k_maxsize: Rc<StrObj>,
    k_unfinished: Rc<StrObj>,
    k_getters: Rc<StrObj>,
    k_putters: Rc<StrObj>,
    k_finished: Rc<StrObj>,
    k_loop: Rc<StrObj>,
    k_value: Rc<StrObj>,
}

/// `_queue_register(Queue, Event, noitem)`.
pub fn queue_register(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_queue_register", a, 3, 3)?;
    let (Value::Class(q), Value::Class(e)) = (&a[0], &a[1]) else {
        return Err(vm.type_error("_queue_register() needs two classes"));
    };
    let fast = QueueFast {
        queue_class: q.clone(),
        queue_version: q.version.get(),
        event_class: e.clone(),
        event_version: e.version.get(),
        deque_class: crate::builtins::deque::deque_class(vm),
        noitem: a[2].clone(),
        k_queue: vm.intern("_queue"),
        k_maxsize: vm.intern("_maxsize"),
        k_unfinished: vm.intern("_unfinished_tasks"),
        k_getters: vm.intern("_getters"),
        k_putters: vm.intern("_putters"),
        k_finished: vm.intern("_finished"),
        k_loop: vm.intern("_loop"),
        k_value: vm.intern("_value"),
    };
    for (name, fp) in FAST_PATHS {
        let name = vm.intern(name);
        if let Some(Value::Function(func)) = q.dict.get_str(&name) {
            func.code.fast_path.set(Some(*fp));
        }
    }
    vm.aio_mut().queue_fast = Some(Rc::new(fast));
    Ok(Value::None)
}

/// Queue methods and the routines that stand in for them.
const FAST_PATHS: &[(&str, crate::bytecode::FastPath)] = &[
    ("put", fp_put),
    ("put_nowait", fp_put),
    ("get", fp_get),
    ("get_nowait", fp_get),
    ("task_done", fp_task_done),
    ("empty", fp_empty),
    ("qsize", fp_qsize),
    ("full", fp_full),
];

impl QueueFast {
    /// What a snapshot keeps: the classes and sentinel to register again,
    /// when the fast paths were still valid.
    pub fn registration(&self) -> Option<(Value, Value, Value)> {
        let valid = self.queue_class.version.get() == self.queue_version
            && self.event_class.version.get() == self.event_version;
        valid.then(|| {
            (
                Value::Class(self.queue_class.clone()),
                Value::Class(self.event_class.clone()),
                self.noitem.clone(),
            )
        })
    }
}

/// An exact `collections.deque`.
fn deque_of<'a>(f: &QueueFast, v: &'a Value) -> Option<&'a NativeObj> {
    match v {
        Value::Native(n)
            if Rc::ptr_eq(&n.class, &f.deque_class) && matches!(n.data, NativeData::Deque(_)) =>
        {
            Some(n)
        }
        _ => None,
    }
}

fn deque_data(n: &NativeObj) -> &crate::objects::deque::DequeData {
    match &n.data {
        NativeData::Deque(d) => d,
        _ => unreachable!("deque_of() checked the variant"),
    }
}

/// True when the instance dict holds `base` attributes, plus possibly
/// `_loop` (set after them, so looked for first at index `base`), and
/// nothing else (so no attribute shadows a class method).
fn plain_dict(d: &DictObj, base: usize, k_loop: &Rc<StrObj>) -> bool {
    let t = d.borrow();
    let n = t.len();
    n == base || (n == base + 1 && index_of(&t, base, k_loop).is_some())
}

/// The queue instance's dict, when the fast path applies to it.
fn fast_queue<'a>(f: &QueueFast, v: &'a Value) -> Option<&'a Rc<DictObj>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    {
        let c = inst.class.borrow();
        if !Rc::ptr_eq(&c, &f.queue_class) || c.version.get() != f.queue_version {
            return None;
        }
    }
    let d = inst.dict.as_ref()?;
    if !plain_dict(d, 6, &f.k_loop) {
        return None;
    }
    Some(d)
}

/// `_wakeup_next(waiters)`: wake the first waiter not yet done.
fn wakeup_next(vm: &mut Vm, waiters: &NativeObj) -> PyResult<()> {
    let d = deque_data(waiters);
    loop {
        let w = {
            let mut items = d.items.borrow_mut();
            match items.pop_front() {
                Some(w) => w,
                None => return Ok(()),
            }
        };
        d.touch();
        match fut_of(&w) {
            Some(f) if vm.is_exact_native(&f) => {
                if data(&f).borrow().state == FutState::Pending {
                    return vm.future_set_result(&f, Value::None);
                }
            }
            _ => {
                let done = vm.call_method(&w, "done", &[])?;
                if !vm.is_true(&done)? {
                    vm.call_method(&w, "set_result", &[Value::None])?;
                    return Ok(());
                }
            }
        }
    }
}

/// The entry index of `key` in a dict table: `hint` when the entry there
/// has that key (instances made by `__init__` keep their insertion order),
/// else found by hashing.
#[inline]
fn index_of(t: &DictTable, hint: usize, key: &Rc<StrObj>) -> Option<usize> {
    if let Some(e) = t.entry(hint) {
        if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) {
            return Some(hint);
        }
    }
    t.find_str(key)
}

#[inline]
fn value_at(t: &DictTable, i: usize) -> Option<&Value> {
    t.entry(i).map(|e| &e.value)
}

// Where `Queue.__init__` puts its attributes, and `Event.__init__` its flag.
const I_MAXSIZE: usize = 0;
const I_GETTERS: usize = 1;
const I_PUTTERS: usize = 2;
const I_UNFINISHED: usize = 3;
const I_FINISHED: usize = 4;
const I_QUEUE: usize = 5;
const I_VALUE: usize = 1;

/// `_queue_put(q, item)`: when `q` is not full, does what `put_nowait`
/// does and returns True; returns False (having done nothing) when the
/// queue is full or the fast path does not apply.
pub fn queue_put(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    try_put(vm, a).map(Value::Bool)
}

fn try_put(vm: &mut Vm, a: &[Value]) -> PyResult<bool> {
    let Some(f) = vm.aio().queue_fast.clone() else {
        return Ok(false);
    };
    let (Some(q), Some(item)) = (a.first(), a.get(1)) else {
        return Ok(false);
    };
    let Some(inst) = fast_queue(&f, q) else {
        return Ok(false);
    };
    let getters = {
        let mut t = inst.borrow_mut();
        let (Some(im), Some(iq), Some(iu), Some(ig), Some(ifin)) = (
            index_of(&t, I_MAXSIZE, &f.k_maxsize),
            index_of(&t, I_QUEUE, &f.k_queue),
            index_of(&t, I_UNFINISHED, &f.k_unfinished),
            index_of(&t, I_GETTERS, &f.k_getters),
            index_of(&t, I_FINISHED, &f.k_finished),
        ) else {
            return Ok(false);
        };
        let (Some(Value::Int(maxsize)), Some(queue), Some(&Value::Int(unfinished)), Some(getters)) = (
            value_at(&t, im),
            value_at(&t, iq),
            value_at(&t, iu),
            value_at(&t, ig),
        ) else {
            return Ok(false);
        };
        let maxsize = *maxsize;
        let (Some(qd), Some(_)) = (deque_of(&f, queue), deque_of(&f, getters)) else {
            return Ok(false);
        };
        let Some(next_unfinished) = unfinished.checked_add(1) else {
            return Ok(false);
        };
        // `_finished.clear()` must be a plain Event's.
        let Some(Value::Instance(ev)) = value_at(&t, ifin) else {
            return Ok(false);
        };
        {
            let c = ev.class.borrow();
            if !Rc::ptr_eq(&c, &f.event_class) || c.version.get() != f.event_version {
                return Ok(false);
            }
        }
        let Some(evd) = &ev.dict else {
            return Ok(false);
        };
        if !plain_dict(evd, 2, &f.k_loop) {
            return Ok(false);
        }
        let qdata = deque_data(qd);
        // full(): maxsize > 0 and qsize() >= maxsize.
        if maxsize > 0 && qdata.len() as i64 >= maxsize {
            return Ok(false);
        }
        {
            let mut et = evd.borrow_mut();
            let Some(iv) = index_of(&et, I_VALUE, &f.k_value) else {
                return Ok(false);
            };
            if !matches!(value_at(&et, iv), Some(Value::Bool(false))) {
                et.set_value(iv, Value::Bool(false));
            }
        }
        qdata.push_back(item.clone());
        let getters = getters.clone();
        t.set_value(iu, Value::Int(next_unfinished));
        getters
    };
    if let Some(gd) = deque_of(&f, &getters) {
        if !deque_data(gd).is_empty() {
            wakeup_next(vm, gd)?;
        }
    }
    Ok(true)
}

/// `_queue_get(q)`: when `q` has an item, does what `get_nowait` does and
/// returns the item; otherwise (or when the fast path does not apply)
/// returns the registered no-item marker, having done nothing.
pub fn queue_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(f) = vm.aio().queue_fast.clone() else {
        return Ok(Value::None);
    };
    Ok(try_get(vm, &f, a)?.unwrap_or_else(|| f.noitem.clone()))
}

fn try_get(vm: &mut Vm, f: &QueueFast, a: &[Value]) -> PyResult<Option<Value>> {
    let Some(q) = a.first() else {
        return Ok(None);
    };
    let Some(inst) = fast_queue(f, q) else {
        return Ok(None);
    };
    let (item, putters) = {
        let t = inst.borrow();
        let (Some(iq), Some(ip)) = (
            index_of(&t, I_QUEUE, &f.k_queue),
            index_of(&t, I_PUTTERS, &f.k_putters),
        ) else {
            return Ok(None);
        };
        let (Some(queue), Some(putters)) = (value_at(&t, iq), value_at(&t, ip)) else {
            return Ok(None);
        };
        let (Some(qd), Some(_)) = (deque_of(f, queue), deque_of(f, putters)) else {
            return Ok(None);
        };
        let qdata = deque_data(qd);
        let item = {
            let mut items = qdata.items.borrow_mut();
            match items.pop_front() {
                Some(v) => v,
                None => return Ok(None),
            }
        };
        qdata.touch();
        (item, putters.clone())
    };
    if let Some(pd) = deque_of(f, &putters) {
        if !deque_data(pd).is_empty() {
            wakeup_next(vm, pd)?;
        }
    }
    Ok(Some(item))
}

/// `_queue_task_done(q)`: does what `task_done` does and returns True when
/// the count stays above zero; returns False (having done nothing) when
/// the script method must run (count at zero or reaching it, or the fast
/// path does not apply).
pub fn queue_task_done(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(try_task_done(vm, a)))
}

fn try_task_done(vm: &mut Vm, a: &[Value]) -> bool {
    let Some(f) = vm.aio().queue_fast.as_ref() else {
        return false;
    };
    let Some(inst) = a.first().and_then(|q| fast_queue(f, q)) else {
        return false;
    };
    let mut t = inst.borrow_mut();
    let Some(iu) = index_of(&t, I_UNFINISHED, &f.k_unfinished) else {
        return false;
    };
    match value_at(&t, iu) {
        Some(&Value::Int(n)) if n > 1 => {
            t.set_value(iu, Value::Int(n - 1));
            true
        }
        _ => false,
    }
}

// ------------------------------------------------ fast paths of the methods

fn fp_put(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Value>> {
    if a.len() != 2 {
        return Ok(None);
    }
    Ok(try_put(vm, a)?.then_some(Value::None))
}

fn fp_get(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Value>> {
    let Some(f) = vm.aio().queue_fast.clone() else {
        return Ok(None);
    };
    if a.len() != 1 {
        return Ok(None);
    }
    try_get(vm, &f, a)
}

fn fp_task_done(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Value>> {
    Ok((a.len() == 1 && try_task_done(vm, a)).then_some(Value::None))
}

/// The exact deque in `q._queue`, when the fast paths apply to `q`.
fn with_items<R>(vm: &Vm, a: &[Value], g: impl FnOnce(usize, &DictTable) -> R) -> Option<R> {
    let f = vm.aio().queue_fast.as_ref()?;
    let [q] = a else { return None };
    let inst = fast_queue(f, q)?;
    let t = inst.borrow();
    let queue = value_at(&t, index_of(&t, I_QUEUE, &f.k_queue)?)?;
    let n = deque_data(deque_of(f, queue)?).len();
    Some(g(n, &t))
}

fn fp_empty(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Value>> {
    Ok(with_items(vm, a, |n, _| Value::Bool(n == 0)))
}

fn fp_qsize(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Value>> {
    Ok(with_items(vm, a, |n, _| Value::Int(n as i64)))
}

fn fp_full(vm: &mut Vm, a: &[Value]) -> PyResult<Option<Value>> {
    let Some(k) = vm.aio().queue_fast.as_ref().map(|f| f.k_maxsize.clone()) else {
        return Ok(None);
    };
    let r = with_items(vm, a, |n, t| {
        match index_of(t, I_MAXSIZE, &k).and_then(|i| value_at(t, i)) {
            Some(&Value::Int(m)) => Some(Value::Bool(m > 0 && n as i64 >= m)),
            _ => None,
        }
    });
    Ok(r.flatten())
}
