//! asyncio.Future and asyncio.Task, native. A Task is a Future whose
//! `task` part drives a coroutine: each step sends into (or throws into) the
//! coroutine and reacts to what it yields, by CPython's rules.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{NativeData, NativeObj, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

impl FutState {
    pub fn name(self) -> &'static str {
        match self {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }
}

pub struct TaskData {
    pub coro: Value,
    pub name: Value,
    /// The future this task waits on.
    pub fut_waiter: Value,
    /// A cancel() arrived while the task was not waiting on a future.
    pub must_cancel: bool,
    pub num_cancels_requested: u32,
    /// Whether "Task was destroyed but it is pending!" is reported.
    pub log_destroy_pending: bool,
    pub context: Value,
}

pub struct FutureData {
    pub state: FutState,
    pub result: Value,
    pub exception: Value,
    pub loop_: Value,
    /// (callback, context) in registration order.
    pub callbacks: Vec<(Value, Value)>,
    pub cancel_message: Value,
    pub cancelled_exc: Value,
    /// `_asyncio_future_blocking`.
    pub blocking: bool,
    /// An exception was set and nobody has looked at it yet.
    pub log_traceback: bool,
    pub task: Option<TaskData>,
    /// Where a dropped future reports unretrieved exceptions and pending
    /// tasks (a destructor cannot reach the VM).
    pub reports: Option<Rc<RefCell<Vec<Value>>>>,
}

impl FutureData {
    pub fn new(loop_: Value, reports: Option<Rc<RefCell<Vec<Value>>>>) -> FutureData {
        FutureData {
            state: FutState::Pending,
            result: Value::None,
            exception: Value::None,
            loop_,
            callbacks: Vec::new(),
            cancel_message: Value::None,
            cancelled_exc: Value::None,
            blocking: false,
            log_traceback: false,
            task: None,
            reports,
        }
    }

    /// Move everything out (for the report of a dropped future).
    fn take(&mut self) -> FutureData {
        FutureData {
            state: self.state,
            result: std::mem::take(&mut self.result),
            exception: std::mem::take(&mut self.exception),
            loop_: std::mem::take(&mut self.loop_),
            callbacks: std::mem::take(&mut self.callbacks),
            cancel_message: std::mem::take(&mut self.cancel_message),
            cancelled_exc: std::mem::take(&mut self.cancelled_exc),
            blocking: self.blocking,
            log_traceback: self.log_traceback,
            task: self.task.take(),
            reports: None,
        }
    }
}

/// A future or task that became unreachable; the VM turns it into an
/// exception-handler report at the next safe point.
pub struct Zombie {
    pub data: FutureData,
}

/// Called when a native object is dropped: a future with an unretrieved
/// exception, or a pending task, is moved into a zombie for reporting.
pub fn on_drop(obj: &mut NativeObj) {
    let NativeData::Future(cell) = &mut obj.data else {
        return;
    };
    let fd = cell.get_mut();
    // A coroutine that outlives its task (someone else holds it) is
    // tracked: nothing traces it through the task any more.
    if let Some(Value::Generator(g)) = fd.task.as_ref().map(|t| &t.coro) {
        if Rc::strong_count(g) > 1 {
            crate::gc::escape_coro(g);
        }
    }
    let Some(q) = fd.reports.take() else {
        return;
    };
    let pending_task =
        fd.state == FutState::Pending && fd.task.as_ref().is_some_and(|t| t.log_destroy_pending);
    if !(fd.log_traceback || pending_task) {
        return;
    }
    let data = fd.take();
    let zombie = Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: obj.class.clone(),
        data: NativeData::Zombie(Box::new(Zombie { data })),
        dict: None,
    }));
    if let Ok(mut list) = q.try_borrow_mut() {
        list.push(zombie);
    };
    crate::gc::request_safe_point();
}

// ---------------------------------------------------------------- methods

use crate::builtins::args;
use crate::objects::function::KwArgs;
use crate::vm::{PyErr, PyResult, Vm};

/// The native future behind a value (a Future, Task, or subclass instance).
/// Add a done callback. Most futures only ever get one: the first push
/// allocates room for exactly one (a plain push would reserve four).
#[inline]
pub fn push_callback(cbs: &mut Vec<(Value, Value)>, cb: (Value, Value)) {
    if cbs.capacity() == 0 {
        cbs.reserve_exact(1);
    }
    cbs.push(cb);
}

pub fn fut_of(v: &Value) -> Option<Rc<NativeObj>> {
    match v {
        Value::Native(n) if matches!(n.data, NativeData::Future(_)) => Some(n.clone()),
        _ => None,
    }
}

pub fn data(n: &NativeObj) -> &RefCell<FutureData> {
    match &n.data {
        NativeData::Future(d) => d,
        // fut_of() guarantees the variant.
        _ => unreachable!("not a future"),
    }
}

pub fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<NativeObj>> {
    match args.first().and_then(fut_of) {
        Some(f) => Ok(f),
        None => Err(vm.type_error("descriptor requires a '_asyncio.Future' object")),
    }
}

impl Vm {
    fn invalid_state(&mut self, msg: &str) -> PyErr {
        let c = self.aio().invalid_state_error.clone();
        match c {
            Some(c) => self.new_error(&c, msg),
            None => self.runtime_error(msg.to_string()),
        }
    }

    /// A CancelledError for a cancelled future (CPython's _make_cancelled_error).
    pub fn make_cancelled_error(&mut self, f: &NativeObj) -> PyErr {
        let (saved, msg) = {
            let mut d = data(f).borrow_mut();
            (
                std::mem::take(&mut d.cancelled_exc),
                d.cancel_message.clone(),
            )
        };
        if let Value::Exception(e) = saved {
            return PyErr(e);
        }
        let c = self.cancelled_error_class();
        let args = if msg.is_none() { vec![] } else { vec![msg] };
        let exc = Rc::new(crate::objects::ExceptionObj::new(c, Value::tuple(args)));
        PyErr(exc)
    }

    /// Queue every done callback with call_soon, in registration order.
    pub fn schedule_callbacks(&mut self, f: &Rc<NativeObj>) -> PyResult<()> {
        let (cbs, loop_) = {
            let mut d = data(f).borrow_mut();
            (std::mem::take(&mut d.callbacks), d.loop_.clone())
        };
        for (cb, ctx) in cbs {
            self.loop_call_soon_internal(&loop_, cb, Value::Native(f.clone()), ctx)?;
        }
        Ok(())
    }

    pub fn future_set_result(&mut self, f: &Rc<NativeObj>, v: Value) -> PyResult<()> {
        {
            let mut d = data(f).borrow_mut();
            if d.state != FutState::Pending {
                drop(d);
                return Err(self.invalid_state("invalid state"));
            }
            d.result = v;
            d.state = FutState::Finished;
        }
        self.schedule_callbacks(f)
    }

    pub fn future_set_exception(&mut self, f: &Rc<NativeObj>, exc: Value) -> PyResult<()> {
        if data(f).borrow().state != FutState::Pending {
            return Err(self.invalid_state("invalid state"));
        }
        let exc = match exc {
            Value::Class(c) => self.call_value(Value::Class(c), &[])?,
            other => other,
        };
        let Value::Exception(e) = &exc else {
            return Err(self.type_error("invalid exception object"));
        };
        if e.class().is_subclass(&self.types.stop_iteration) {
            return Err(self.type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        {
            let mut d = data(f).borrow_mut();
            d.exception = exc;
            d.state = FutState::Finished;
            d.log_traceback = true;
        }
        self.schedule_callbacks(f)
    }

    /// Future.cancel(): the base behaviour (Task overrides on top).
    pub fn future_cancel(&mut self, f: &Rc<NativeObj>, msg: Value) -> PyResult<bool> {
        {
            let mut d = data(f).borrow_mut();
            d.log_traceback = false;
            if d.state != FutState::Pending {
                return Ok(false);
            }
            d.state = FutState::Cancelled;
            d.cancel_message = msg;
        }
        self.schedule_callbacks(f)?;
        Ok(true)
    }

    /// `fut.result()`.
    pub fn future_result(&mut self, f: &Rc<NativeObj>) -> PyResult<Value> {
        let state = data(f).borrow().state;
        match state {
            FutState::Cancelled => Err(self.make_cancelled_error(f)),
            FutState::Pending => Err(self.invalid_state("Result is not set.")),
            FutState::Finished => {
                let mut d = data(f).borrow_mut();
                d.log_traceback = false;
                if let Value::Exception(e) = &d.exception {
                    return Err(PyErr(e.clone()));
                }
                Ok(d.result.clone())
            }
        }
    }

    /// Call a future's method by name when its class may override it,
    /// natively otherwise.
    pub fn future_method(&mut self, fut: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        self.call_method(fut, name, args)
    }

    /// Whether a value's class is exactly one of the native asyncio types
    /// (so no script override can exist).
    pub fn is_exact_native(&self, n: &NativeObj) -> bool {
        n.class.builtin
    }
}

fn f_result(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    vm.future_result(&f)
}

fn f_exception(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let state = data(&f).borrow().state;
    match state {
        FutState::Cancelled => Err(vm.make_cancelled_error(&f)),
        FutState::Pending => Err(vm.invalid_state("Exception is not set.")),
        FutState::Finished => {
            let mut d = data(&f).borrow_mut();
            d.log_traceback = false;
            Ok(d.exception.clone())
        }
    }
}

fn f_set_result(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    args::check(vm, "set_result", &a[1..], 1, 1)?;
    if data(&f).borrow().task.is_some() {
        return Err(vm.runtime_error("Task does not support set_result operation"));
    }
    vm.future_set_result(&f, a[1].clone())?;
    Ok(Value::None)
}

fn f_set_exception(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    args::check(vm, "set_exception", &a[1..], 1, 1)?;
    if data(&f).borrow().task.is_some() {
        return Err(vm.runtime_error("Task does not support set_exception operation"));
    }
    vm.future_set_exception(&f, a[1].clone())?;
    Ok(Value::None)
}

fn f_cancel(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let msg = args::arg_or_kw(&a[1..], 0, kw, "msg").unwrap_or(Value::None);
    if data(&f).borrow().task.is_some() {
        return super::task::task_cancel(vm, &f, msg).map(Value::Bool);
    }
    vm.future_cancel(&f, msg).map(Value::Bool)
}

fn f_cancelled(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let s = data(&f).borrow().state;
    Ok(Value::Bool(s == FutState::Cancelled))
}

fn f_done(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let s = data(&f).borrow().state;
    Ok(Value::Bool(s != FutState::Pending))
}

fn f_get_loop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let l = data(&f).borrow().loop_.clone();
    Ok(l)
}

fn f_add_done_callback(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    args::check(vm, "add_done_callback", &a[1..], 1, 1)?;
    let ctx = vm.capture_context(args::kwarg(kw, "context").unwrap_or(Value::None))?;
    let (state, loop_) = {
        let d = data(&f).borrow();
        (d.state, d.loop_.clone())
    };
    if state != FutState::Pending {
        vm.loop_call_soon(&loop_, a[1].clone(), smallvec::smallvec![a[0].clone()], ctx)?;
    } else {
        push_callback(&mut data(&f).borrow_mut().callbacks, (a[1].clone(), ctx));
    }
    Ok(Value::None)
}

fn f_remove_done_callback(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    args::check(vm, "remove_done_callback", &a[1..], 1, 1)?;
    let cbs = std::mem::take(&mut data(&f).borrow_mut().callbacks);
    let mut keep = Vec::with_capacity(cbs.len());
    let mut removed = 0;
    for (cb, ctx) in cbs {
        // The comparison may hand the callback to script code.
        crate::gc::track(&cb);
        if vm.eq(&cb, &a[1])? {
            removed += 1;
        } else {
            keep.push((cb, ctx));
        }
    }
    let mut d = data(&f).borrow_mut();
    // Callbacks added while comparing stay after the kept ones.
    let added = std::mem::take(&mut d.callbacks);
    d.callbacks = keep;
    d.callbacks.extend(added);
    Ok(Value::Int(removed))
}

fn f_await(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    Ok(Value::Native(f))
}

/// `next()` on a future used as its own iterator: yield it while pending,
/// then finish with its result.
fn f_next(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    match future_send(vm, &f)? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

fn f_send(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    f_next(vm, &a[..1.min(a.len())], &[])
}

fn f_throw(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let exc = crate::objects::asyncgen::make_exc(vm, &a[1..])?;
    Err(exc)
}

/// SEND into a future: Ok(yielded) while pending, Err(result) when done.
pub fn future_send(vm: &mut Vm, f: &Rc<NativeObj>) -> PyResult<Result<Value, Value>> {
    let pending = data(f).borrow().state == FutState::Pending;
    if pending {
        data(f).borrow_mut().blocking = true;
        return Ok(Ok(Value::Native(f.clone())));
    }
    let r = vm.future_result(f)?;
    Ok(Err(r))
}

fn f_blocking_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let b = data(&f).borrow().blocking;
    Ok(Value::Bool(b))
}

fn f_blocking_set(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    args::check(vm, "_asyncio_future_blocking", &a[1..], 1, 1)?;
    let v = vm.is_true(&a[1])?;
    data(&f).borrow_mut().blocking = v;
    Ok(Value::None)
}

fn f_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // A dropped future being reported is a zombie; it still has a repr.
    let f = match a.first() {
        Some(Value::Native(n)) if matches!(n.data, NativeData::Zombie(_)) => n.clone(),
        _ => this(vm, a)?,
    };
    let s = super::repr::future_repr(vm, &f)?;
    Ok(Value::string(s))
}

fn f_state(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let s = data(&f).borrow().state.name();
    Ok(Value::str(s))
}

fn f_callbacks(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let cbs: Vec<Value> = data(&f)
        .borrow()
        .callbacks
        .iter()
        .map(|(c, _)| c.clone())
        .collect();
    // Handed to script code: out of the future's sole keeping.
    cbs.iter().for_each(crate::gc::track);
    Ok(Value::list(cbs))
}

fn f_log_traceback_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let b = data(&f).borrow().log_traceback;
    Ok(Value::Bool(b))
}

fn f_log_traceback_set(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let v = vm.is_true(a.get(1).unwrap_or(&Value::None))?;
    data(&f).borrow_mut().log_traceback = v;
    Ok(Value::None)
}

fn f_cancel_message(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    let m = data(&f).borrow().cancel_message.clone();
    Ok(m)
}

fn f_make_cancelled_error(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, a)?;
    Ok(vm.make_cancelled_error(&f).value())
}

/// `Future(*, loop=None)`.
pub fn future_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("Future.__new__(X): X is not a type object")),
    };
    let loop_ = match args::kwarg(kw, "loop") {
        Some(l) if !l.is_none() => l,
        _ => vm.get_event_loop_value()?,
    };
    let reports = vm.aio().reports.clone();
    let fd = FutureData::new(loop_, Some(reports));
    let dict = if cls.builtin {
        None
    } else {
        Some(Rc::new(crate::objects::DictObj::new()))
    };
    let f = Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Future(RefCell::new(fd)),
        dict,
    }));
    crate::gc::track(&f);
    Ok(f)
}

fn f_init(_vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

pub const FUTURE_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("__init__", f_init),
    ("result", f_result),
    ("exception", f_exception),
    ("set_result", f_set_result),
    ("set_exception", f_set_exception),
    ("cancel", f_cancel),
    ("cancelled", f_cancelled),
    ("done", f_done),
    ("get_loop", f_get_loop),
    ("add_done_callback", f_add_done_callback),
    ("remove_done_callback", f_remove_done_callback),
    ("__await__", f_await),
    ("__iter__", f_await),
    ("__next__", f_next),
    ("send", f_send),
    ("throw", f_throw),
    ("__repr__", f_repr),
    ("_make_cancelled_error", f_make_cancelled_error),
];

/// Data attributes exposed as properties: (name, getter, setter).
pub const FUTURE_PROPERTIES: &[(
    &str,
    crate::objects::NativeFn,
    Option<crate::objects::NativeFn>,
)] = &[
    (
        "_asyncio_future_blocking",
        f_blocking_get,
        Some(f_blocking_set),
    ),
    ("_state", f_state, None),
    ("_callbacks", f_callbacks, None),
    (
        "_log_traceback",
        f_log_traceback_get,
        Some(f_log_traceback_set),
    ),
    ("_cancel_message", f_cancel_message, None),
];
