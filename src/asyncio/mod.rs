//! The native core of asyncio: event loop, Future, Task and handles, as the
//! `_asyncio` module. The `asyncio` package in stdlib/asyncio builds the
//! public API on top of it.

pub mod context;
pub mod event_loop;
pub mod future;
pub mod handle;
pub mod queue;
pub mod repr;
pub mod sigint;
pub mod task;

use std::cell::RefCell;
use std::rc::Rc;

use self::event_loop::{ld, loop_of, LoopData};
use self::future::{data, fut_of, FutState};
use crate::builtins::{add_methods, args, module_func};
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs, NativeFn};
use crate::objects::{ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Per-VM asyncio state.
#[derive(Default)]
pub struct AsyncioState {
    pub running_loop: Value,
    /// The loop set with set_event_loop (or made by get_event_loop).
    pub event_loop: Value,
    pub set_called: bool,
    pub task_counter: u64,
    pub future_class: Option<Rc<ClassObj>>,
    pub task_class: Option<Rc<ClassObj>>,
    pub handle_class: Option<Rc<ClassObj>>,
    pub timer_handle_class: Option<Rc<ClassObj>>,
    pub loop_class: Option<Rc<ClassObj>>,
    pub cancelled_error: Option<Rc<ClassObj>>,
    pub invalid_state_error: Option<Rc<ClassObj>>,
    /// Dropped futures waiting to be reported.
    pub reports: Rc<RefCell<Vec<Value>>>,
    pub task_wakeup_fn: Value,
    pub stop_loop_cb: Value,
    pub wrap_awaitable: Value,
    /// A KeyboardInterrupt/SystemExit raised in a callback, to re-raise.
    pub fatal: Option<PyErr>,
    /// Run loops on a simulated clock (`weft --virtual-time`).
    pub virtual_time: bool,
    /// Async generators first iterated under a running loop (CPython's
    /// firstiter hook), for `loop.shutdown_asyncgens()`.
    /// Loop runs in progress, innermost last.
    pub runs: Vec<event_loop::LoopRun>,
    /// A restored snapshot's running frames and loop run, waiting for
    /// `resume_suspended`.
    pub pending_resume: Option<(Vec<Box<crate::vm::frame::Frame>>, event_loop::LoopRun)>,
    /// What `_queue_register` recorded for the Queue fast paths.
    pub queue_fast: Option<Rc<queue::QueueFast>>,
    /// `call_soon` handles that ran and that nothing else held, kept to be
    /// reused (no allocation, no copy of a whole native object per call).
    pub handle_pool: Vec<Rc<NativeObj>>,
    pub asyncgens: Vec<(
        std::rc::Weak<NativeObj>,
        std::rc::Weak<crate::objects::GenObj>,
    )>,
}

impl Vm {
    pub fn aio(&self) -> &AsyncioState {
        &self.ext.asyncio
    }

    pub fn aio_mut(&mut self) -> &mut AsyncioState {
        &mut self.ext.asyncio
    }

    /// Run every event loop created from now on on a simulated clock:
    /// when nothing is ready, time jumps to the next timer deadline.
    pub fn set_virtual_time(&mut self, on: bool) {
        self.aio_mut().virtual_time = on;
    }

    pub fn cancelled_error_class(&mut self) -> Rc<ClassObj> {
        match &self.aio().cancelled_error {
            Some(c) => c.clone(),
            None => self.types.base_exception.clone(),
        }
    }

    /// A new event loop object.
    pub fn new_event_loop(&mut self) -> Value {
        let cls = self
            .aio()
            .loop_class
            .clone()
            .unwrap_or_else(|| self.types.object.clone());
        let vt = if self.aio().virtual_time {
            Some(0.0)
        } else {
            None
        };
        Value::Native(Rc::new(NativeObj {
            gc: Default::default(),
            class: cls,
            data: NativeData::Loop(RefCell::new(LoopData::new(vt))),
            dict: Some(Rc::new(DictObj::new())),
        }))
    }

    /// `asyncio.get_event_loop()` semantics (3.11).
    pub fn get_event_loop_value(&mut self) -> PyResult<Value> {
        if !self.aio().running_loop.is_none() {
            return Ok(self.aio().running_loop.clone());
        }
        if !self.aio().event_loop.is_none() {
            return Ok(self.aio().event_loop.clone());
        }
        if self.aio().set_called {
            return Err(
                self.runtime_error("There is no current event loop in thread 'MainThread'.")
            );
        }
        let l = self.new_event_loop();
        self.aio_mut().event_loop = l.clone();
        Ok(l)
    }

    fn running_loop_or_error(&mut self) -> PyResult<Value> {
        let l = self.aio().running_loop.clone();
        if l.is_none() {
            return Err(self.runtime_error("no running event loop"));
        }
        Ok(l)
    }
}

pub fn install(vm: &mut Vm) {
    vm.aio_mut().task_wakeup_fn = Value::Builtin(Rc::new(crate::objects::BuiltinObj {
        name: "task_wakeup",
        func: task_wakeup_native,
        kind: BuiltinKind::Method,
        owner: Some("Task"),
        module: None,
        takes_kwargs: false,
    }));
    vm.aio_mut().stop_loop_cb =
        module_func("_asyncio", "_run_until_complete_cb", run_until_complete_cb);
    vm.native_modules.insert("_asyncio", build_module);
}

fn task_wakeup_native(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = match a.first().and_then(fut_of) {
        Some(t) => t,
        None => return Err(vm.type_error("task_wakeup needs a task")),
    };
    let fut = a.get(1).cloned().unwrap_or(Value::None);
    vm.task_wakeup(&t, &fut)?;
    Ok(Value::None)
}

fn run_until_complete_cb(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fut = a.first().cloned().unwrap_or(Value::None);
    let l = match fut_of(&fut) {
        Some(f) => data(&f).borrow().loop_.clone(),
        None => vm.call_method(&fut, "get_loop", &[])?,
    };
    match loop_of(&l) {
        Some(l) => ld(&l).borrow_mut().stopping = true,
        None => {
            vm.call_method(&l, "stop", &[])?;
        }
    }
    Ok(Value::None)
}

fn native_class(vm: &mut Vm, name: &str, bases: Vec<Rc<ClassObj>>, layout: Layout) -> Rc<ClassObj> {
    let n = vm.intern(name);
    let c = new_class(n, bases, Rc::new(DictObj::new()), layout, true)
        .unwrap_or_else(|_| vm.types.object.clone());
    let m = vm.intern("__module__");
    c.dict.set_str(m, Value::str("_asyncio"));
    c
}

fn add_properties(
    vm: &mut Vm,
    cls: &Rc<ClassObj>,
    owner: &'static str,
    props: &[(&'static str, NativeFn, Option<NativeFn>)],
) {
    for (name, getter, setter) in props {
        let g = Value::Builtin(Rc::new(crate::objects::BuiltinObj {
            name,
            func: *getter,
            kind: BuiltinKind::Method,
            owner: Some(owner),
            module: None,
            takes_kwargs: false,
        }));
        let s = match setter {
            Some(f) => Value::Builtin(Rc::new(crate::objects::BuiltinObj {
                name,
                func: *f,
                kind: BuiltinKind::Method,
                owner: Some(owner),
                module: None,
                takes_kwargs: false,
            })),
            None => Value::None,
        };
        let prop = Value::Native(Rc::new(NativeObj {
            gc: Default::default(),
            class: vm.types.property.clone(),
            data: NativeData::Property {
                fget: g,
                fset: s,
                fdel: Value::None,
                doc: Value::None,
                name: Default::default(),
            },
            dict: None,
        }));
        let key = vm.intern(name);
        cls.dict.set_str(key, prop);
    }
}

fn build_module(vm: &mut Vm) -> PyResult<Value> {
    let object = vm.types.object.clone();
    let future = native_class(vm, "Future", vec![object.clone()], Layout::Future);
    add_methods(
        vm,
        &future,
        "Future",
        BuiltinKind::Method,
        future::FUTURE_METHODS,
    );
    add_methods(
        vm,
        &future,
        "Future",
        BuiltinKind::StaticMethod,
        &[("__new__", future::future_new)],
    );
    add_properties(vm, &future, "Future", future::FUTURE_PROPERTIES);
    let task = native_class(vm, "Task", vec![future.clone()], Layout::Future);
    add_methods(vm, &task, "Task", BuiltinKind::Method, task::TASK_METHODS);
    add_methods(
        vm,
        &task,
        "Task",
        BuiltinKind::StaticMethod,
        &[("__new__", task::task_new)],
    );
    add_properties(vm, &task, "Task", task::TASK_PROPERTIES);
    add_methods(
        vm,
        &task,
        "Task",
        BuiltinKind::ClassMethod,
        &[
            ("all_tasks", task_all_tasks_36),
            ("current_task", task_current_task_36),
        ],
    );
    let handle = native_class(vm, "Handle", vec![object.clone()], Layout::Other);
    add_methods(
        vm,
        &handle,
        "Handle",
        BuiltinKind::Method,
        handle::HANDLE_METHODS,
    );
    let timer = native_class(vm, "TimerHandle", vec![handle.clone()], Layout::Other);
    add_methods(
        vm,
        &timer,
        "TimerHandle",
        BuiltinKind::Method,
        handle::TIMER_METHODS,
    );
    let lp = native_class(vm, "_UnixSelectorEventLoop", vec![object], Layout::Other);
    add_methods(
        vm,
        &lp,
        "_UnixSelectorEventLoop",
        BuiltinKind::Method,
        event_loop::LOOP_METHODS,
    );
    for c in [&future, &task, &handle, &timer, &lp] {
        let m = vm.intern("__module__");
        c.dict.set_str(m, Value::str("asyncio"));
    }
    {
        let st = vm.aio_mut();
        st.future_class = Some(future.clone());
        st.task_class = Some(task.clone());
        st.handle_class = Some(handle.clone());
        st.timer_handle_class = Some(timer.clone());
        st.loop_class = Some(lp.clone());
    }
    let m = crate::builtins::modules::make_module(
        vm,
        "_asyncio",
        &[
            ("get_running_loop", get_running_loop),
            ("_get_running_loop", get_running_loop_opt),
            ("_set_running_loop", set_running_loop),
            ("get_event_loop", get_event_loop),
            ("set_event_loop", set_event_loop),
            ("new_event_loop", new_event_loop),
            ("current_task", current_task),
            ("all_tasks", all_tasks),
            ("_all_tasks_compat", all_tasks_compat),
            ("isfuture", isfuture),
            ("ensure_future", ensure_future),
            ("_sleep0", sleep0),
            ("_set_result_unless_cancelled", set_result_unless_cancelled),
            ("_register", register),
            ("iscoroutine", iscoroutine),
            ("_virtual_time", virtual_time),
            ("_asyncgens_of", asyncgens_of),
            ("_iterable_coroutine", iterable_coroutine),
            ("_run_until", run_until),
            ("_queue_register", queue::queue_register),
            ("_queue_put", queue::queue_put),
            ("_queue_get", queue::queue_get),
            ("_queue_task_done", queue::queue_task_done),
            ("_set_sigint_handler", sigint::set_sigint_handler),
        ],
    );
    let d = m.dict.clone();
    d.set_str_text("Future", Value::Class(future));
    d.set_str_text("Task", Value::Class(task));
    d.set_str_text("Handle", Value::Class(handle));
    d.set_str_text("TimerHandle", Value::Class(timer));
    d.set_str_text("EventLoop", Value::Class(lp));
    let stopper = vm.aio().stop_loop_cb.clone();
    d.set_str_text("_run_until_complete_cb", stopper);
    Ok(Value::Module(m))
}

fn get_running_loop(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.running_loop_or_error()
}

fn get_running_loop_opt(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.aio().running_loop.clone())
}

fn set_running_loop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.aio_mut().running_loop = a.first().cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

fn get_event_loop(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.get_event_loop_value()
}

fn set_event_loop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "set_event_loop", a, 1, 1)?;
    let st = vm.aio_mut();
    st.event_loop = a[0].clone();
    st.set_called = true;
    Ok(Value::None)
}

fn new_event_loop(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_event_loop())
}

fn loop_arg(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    match args::arg_or_kw(a, 0, kw, "loop") {
        Some(l) if !l.is_none() => Ok(l),
        _ => vm.running_loop_or_error(),
    }
}

fn current_task(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = loop_arg(vm, a, kw)?;
    Ok(match loop_of(&l) {
        Some(l) => ld(&l).borrow().current_task.clone(),
        None => Value::None,
    })
}

fn tasks_of(vm: &mut Vm, l: &Value, pending_only: bool) -> PyResult<Value> {
    let set = vm.new_set(Vec::new())?;
    if let (Some(l), Value::Set(s)) = (loop_of(l), &set) {
        let tasks: Vec<Rc<NativeObj>> = ld(&l)
            .borrow()
            .tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for t in tasks {
            if !pending_only || data(&t).borrow().state == FutState::Pending {
                vm.set_add(s, Value::Native(t))?;
            }
        }
    }
    Ok(set)
}

fn all_tasks(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = loop_arg(vm, a, kw)?;
    tasks_of(vm, &l, true)
}

/// Python 3.6's `Task.all_tasks()`: every task of the loop not yet freed.
fn all_tasks_compat(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = match args::arg_or_kw(a, 0, kw, "loop") {
        Some(l) if !l.is_none() => l,
        _ => vm.get_event_loop_value()?,
    };
    tasks_of(vm, &l, false)
}

fn isfuture(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "isfuture", a, 1, 1)?;
    if fut_of(&a[0]).is_some() {
        return Ok(Value::Bool(true));
    }
    if matches!(a[0], Value::Class(_)) {
        return Ok(Value::Bool(false));
    }
    let fb = vm.names.asyncio_future_blocking.clone();
    let r = vm.get_attr_opt(&a[0], &fb).ok().flatten();
    Ok(Value::Bool(matches!(r, Some(v) if !v.is_none())))
}

fn ensure_future(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(obj) = args::arg_or_kw(a, 0, kw, "coro_or_future") else {
        return Err(vm.type_error("ensure_future() missing 1 required positional argument"));
    };
    let l = args::kwarg(kw, "loop").unwrap_or(Value::None);
    vm.ensure_future_on(obj, l)
}

fn iscoroutine(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "iscoroutine", a, 1, 1)?;
    Ok(Value::Bool(match &a[0] {
        Value::Generator(g) => g.kind != crate::objects::generator::GenKind::AsyncGenerator,
        _ => task::is_coroutine(vm, &a[0]),
    }))
}

fn sleep0(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = vm.sleep0_class();
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Sleep0(std::cell::Cell::new(false)),
        dict: None,
    })))
}

impl Vm {
    pub(crate) fn sleep0_class(&mut self) -> Rc<ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get("_sleep0") {
            return c.clone();
        }
        let c = native_class(
            self,
            "_sleep0",
            vec![self.types.object.clone()],
            Layout::Other,
        );
        add_methods(
            self,
            &c,
            "_sleep0",
            BuiltinKind::Method,
            &[
                ("__await__", sleep0_self),
                ("__iter__", sleep0_self),
                ("__next__", sleep0_next),
                ("send", sleep0_next),
            ],
        );
        self.types
            .iterators
            .borrow_mut()
            .insert("_sleep0", c.clone());
        c
    }
}

fn sleep0_self(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

/// The bare `yield` of sleep(0): first step yields None, then it is done.
pub fn sleep0_step(v: &Value) -> Option<Result<Value, Value>> {
    if let Value::Native(n) = v {
        if let NativeData::Sleep0(done) = &n.data {
            if done.get() {
                return Some(Err(Value::None));
            }
            done.set(true);
            return Some(Ok(Value::None));
        }
    }
    None
}

fn sleep0_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match a.first().and_then(sleep0_step) {
        Some(Ok(v)) => Ok(v),
        _ => Err(vm.stop_iteration(Value::None)),
    }
}

fn set_result_unless_cancelled(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_set_result_unless_cancelled", a, 2, 2)?;
    match fut_of(&a[0]) {
        Some(f) => {
            if data(&f).borrow().state == FutState::Cancelled {
                return Ok(Value::None);
            }
            if vm.is_exact_native(&f) {
                vm.future_set_result(&f, a[1].clone())?;
            } else {
                vm.call_method(&a[0], "set_result", &[a[1].clone()])?;
            }
        }
        None => {
            let c = vm.call_method(&a[0], "cancelled", &[])?;
            if !vm.is_true(&c)? {
                vm.call_method(&a[0], "set_result", &[a[1].clone()])?;
            }
        }
    }
    Ok(Value::None)
}

/// `_register(CancelledError, InvalidStateError, wrap_awaitable)`: the
/// stdlib package hands its exception classes and helpers to the core.
fn register(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_register", a, 3, 3)?;
    if let Value::Class(c) = &a[0] {
        vm.aio_mut().cancelled_error = Some(c.clone());
    }
    if let Value::Class(c) = &a[1] {
        vm.aio_mut().invalid_state_error = Some(c.clone());
    }
    vm.aio_mut().wrap_awaitable = a[2].clone();
    Ok(Value::None)
}

/// The live, unfinished async generators first iterated on loop `a[0]`
/// (removed from the registry).
fn asyncgens_of(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Native(l)) = a.first() else {
        return Err(vm.type_error("_asyncgens_of() needs a loop"));
    };
    let mut out = Vec::new();
    let mut keep = Vec::new();
    for (lw, gw) in std::mem::take(&mut vm.aio_mut().asyncgens) {
        let (Some(gl), Some(g)) = (lw.upgrade(), gw.upgrade()) else {
            continue;
        };
        if Rc::ptr_eq(&gl, l) {
            if !g.finished.get() {
                out.push(Value::Generator(g));
            }
        } else {
            keep.push((lw, gw));
        }
    }
    vm.aio_mut().asyncgens = keep;
    Ok(Value::list(out))
}

fn virtual_time(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.aio().virtual_time))
}

/// Python 3.6's `Task.all_tasks(loop=None)`.
fn task_all_tasks_36(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_tasks_compat(vm, &a[1..], kw)
}

/// Python 3.6's `Task.current_task(loop=None)`.
fn task_current_task_36(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = match args::arg_or_kw(&a[1..], 0, kw, "loop") {
        Some(l) if !l.is_none() => l,
        _ => vm.get_event_loop_value()?,
    };
    Ok(match loop_of(&l) {
        Some(l) => ld(&l).borrow().current_task.clone(),
        None => Value::None,
    })
}

/// `types.coroutine` for generator functions: the same function with its
/// code marked as an iterable coroutine (so `await` accepts its generators).
fn iterable_coroutine(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_iterable_coroutine", a, 1, 1)?;
    match &a[0] {
        Value::Function(f) if f.code.flags & crate::bytecode::FLAG_GENERATOR != 0 => {
            let code = Rc::new(
                f.code
                    .with_flags(f.code.flags | crate::bytecode::FLAG_ITERABLE_COROUTINE),
            );
            Ok(Value::Function(Rc::new(crate::objects::FunctionObj {
                gc: Default::default(),
                code,
                globals: f.globals.clone(),
                name: RefCell::new(f.name.borrow().clone()),
                qualname: RefCell::new(f.qualname.borrow().clone()),
                defaults: RefCell::new(f.defaults.borrow().clone()),
                kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
                closure: f.closure.clone(),
                dict: RefCell::new(f.dict.borrow().clone()),
                module: f.module.clone(),
                annotations: RefCell::new(f.annotations.borrow().clone()),
            })))
        }
        other => Ok(other.clone()),
    }
}

/// `_run_until(predicate, timeout)`: run loop iterations until
/// `predicate()` is true (weft has no threads: code that would block on
/// the loop's progress drives the loop instead). Returns the predicate's
/// final truth.
fn run_until(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_run_until", a, 1, 2)?;
    let pred = a[0].clone();
    let timeout = match a.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.to_f64(v)?),
    };
    let l = if !vm.aio().running_loop.is_none() {
        vm.aio().running_loop.clone()
    } else {
        vm.aio().event_loop.clone()
    };
    let Some(l) = loop_of(&l) else {
        let r = vm.call_value(pred, &[])?;
        return Ok(Value::Bool(vm.is_true(&r)?));
    };
    let start = vm.loop_time(&l);
    loop {
        let r = vm.call_value(pred.clone(), &[])?;
        if vm.is_true(&r)? {
            return Ok(Value::Bool(true));
        }
        if let Some(t) = timeout {
            if vm.loop_time(&l) - start >= t {
                return Ok(Value::Bool(false));
            }
        }
        let idle = {
            let d = ld(&l).borrow();
            d.ready.is_empty() && d.timers.is_empty()
        };
        if idle || ld(&l).borrow().closed {
            return Ok(Value::Bool(false));
        }
        vm.run_once(&l)?;
    }
}
