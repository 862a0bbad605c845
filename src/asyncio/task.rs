//! asyncio.Task: stepping a coroutine by CPython's rules.

use std::cell::RefCell;
use std::rc::Rc;

use super::future::{data, fut_of, FutState, FutureData, TaskData};
use super::handle::HandleKind;
use crate::builtins::args;
use crate::objects::function::KwArgs;
use crate::objects::generator::GenKind;
use crate::objects::{NativeData, NativeObj, Value};
use crate::vm::gen::GenResult;
use crate::vm::{PyErr, PyResult, Vm};

fn this_task(vm: &mut Vm, a: &[Value]) -> PyResult<Rc<NativeObj>> {
    match a.first().and_then(fut_of) {
        Some(f) if data(&f).borrow().task.is_some() => Ok(f),
        _ => Err(vm.type_error("descriptor requires a '_asyncio.Task' object")),
    }
}

/// Whether `v` can be wrapped in a Task (asyncio.iscoroutine).
pub fn is_coroutine(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind != GenKind::AsyncGenerator,
        // asend()/athrow() awaitables are coroutines by the Coroutine ABC.
        Value::Native(n) if matches!(n.data, crate::objects::NativeData::AgAwaitable(_)) => true,
        Value::Instance(_) => {
            // Objects implementing the coroutine protocol by hand.
            let c = vm.type_of(v);
            c.lookup(&vm.names.send).is_some() && c.lookup(&vm.names.throw).is_some()
        }
        _ => false,
    }
}

/// `Task(coro, *, loop=None, name=None, context=None)`.
pub fn task_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("Task.__new__(X): X is not a type object")),
    };
    let Some(coro) = args::arg_or_kw(&a[1..], 0, kw, "coro") else {
        return Err(vm.type_error("Task.__init__() missing 1 required positional argument: 'coro'"));
    };
    let loop_ = match args::kwarg(kw, "loop") {
        Some(l) if !l.is_none() => l,
        _ => vm.get_event_loop_value()?,
    };
    let name = args::kwarg(kw, "name").filter(|n| !n.is_none());
    let ctx = args::kwarg(kw, "context").unwrap_or(Value::None);
    vm.make_task(cls, coro, loop_, name, ctx).map(Value::Native)
}

impl Vm {
    /// Create a task for `coro` on `loop_` and schedule its first step.
    pub fn make_task(
        &mut self,
        cls: Rc<crate::objects::ClassObj>,
        coro: Value,
        loop_: Value,
        name: Option<Value>,
        context: Value,
    ) -> PyResult<Rc<NativeObj>> {
        if !is_coroutine(self, &coro) {
            let r = self.repr(&coro)?;
            return Err(self.type_error(format!("a coroutine was expected, got {}", r.as_str())));
        }
        // The coroutine is traced through its task from now on (see
        // `gc::owned_coro`).
        if let Value::Generator(g) = &coro {
            crate::gc::adopt_coro(g);
            g.warn_unawaited.set(false);
        }
        let context = self.capture_context(context)?;
        let name = match name {
            Some(n) => Value::Str(self.to_str(&n)?),
            None => {
                let st = self.aio_mut();
                st.task_counter += 1;
                let n = st.task_counter;
                Value::string(format!("Task-{}", n))
            }
        };
        let reports = self.aio().reports.clone();
        let mut fd = FutureData::new(loop_.clone(), Some(reports));
        fd.task = Some(TaskData {
            coro,
            name,
            fut_waiter: Value::None,
            must_cancel: false,
            num_cancels_requested: 0,
            log_destroy_pending: true,
            context: context.clone(),
        });
        let dict = if cls.builtin {
            None
        } else {
            Some(Rc::new(crate::objects::DictObj::new()))
        };
        let task = Rc::new(NativeObj {
            gc: Default::default(),
            class: cls,
            data: NativeData::Future(RefCell::new(fd)),
            dict,
        });
        crate::gc::track(&Value::Native(task.clone()));
        self.loop_register_task(&loop_, &task);
        self.loop_schedule(
            &loop_,
            HandleKind::TaskStep(task.clone(), Value::None),
            context,
        )?;
        Ok(task)
    }

    /// One step of a task, in the task's context.
    pub fn task_step(&mut self, task: &Rc<NativeObj>, exc: Value) -> PyResult<()> {
        let ctx = data(task)
            .borrow()
            .task
            .as_ref()
            .map(|t| t.context.clone())
            .unwrap_or(Value::None);
        let entered = self.enter_context(&ctx);
        let r = self.task_step_in_context(task, exc);
        self.leave_context(entered, Some(task));
        r
    }

    /// Send into (or throw into) a task's coroutine.
    fn task_step_in_context(&mut self, task: &Rc<NativeObj>, exc: Value) -> PyResult<()> {
        let (coro, loop_, must_cancel) = {
            let mut d = data(task).borrow_mut();
            if d.state != FutState::Pending {
                drop(d);
                let r = super::repr::future_repr(self, task)?;
                return Err(self.invalid_state_msg(format!("_step(): already done: {}", r)));
            }
            let loop_ = d.loop_.clone();
            let Some(t) = d.task.as_mut() else {
                return Ok(());
            };
            let must_cancel = t.must_cancel;
            t.must_cancel = false;
            t.fut_waiter = Value::None;
            (t.coro.clone(), loop_, must_cancel)
        };
        let exc = if must_cancel && !self.is_cancelled_error(&exc) {
            self.make_cancelled_error(task).value()
        } else {
            exc
        };
        let prev = self.loop_enter_task(&loop_, Value::Native(task.clone()));
        let outcome = self.drive_coro(&coro, exc);
        self.loop_leave_task(&loop_, prev);
        match outcome {
            Ok(GenResult::Return(v)) => {
                let must_cancel = data(task)
                    .borrow()
                    .task
                    .as_ref()
                    .is_some_and(|t| t.must_cancel);
                if must_cancel {
                    let msg = {
                        let mut d = data(task).borrow_mut();
                        if let Some(t) = d.task.as_mut() {
                            t.must_cancel = false;
                        }
                        d.cancel_message.clone()
                    };
                    self.future_cancel(task, msg)?;
                } else {
                    self.future_set_result(task, v)?;
                }
                Ok(())
            }
            Ok(GenResult::Yield(r)) => self.task_handle_yield(task, &loop_, r),
            Err(e) => {
                if self.is_cancelled_error(&e.value()) {
                    data(task).borrow_mut().cancelled_exc = e.value();
                    self.future_cancel(task, Value::None)?;
                    return Ok(());
                }
                let fatal = e.is_instance(&self.types.keyboard_interrupt.clone())
                    || e.is_instance(&self.types.system_exit.clone());
                {
                    let mut d = data(task).borrow_mut();
                    d.exception = e.value();
                    d.state = FutState::Finished;
                    d.log_traceback = true;
                }
                self.schedule_callbacks(task)?;
                if fatal {
                    return Err(e);
                }
                Ok(())
            }
        }
    }

    fn invalid_state_msg(&mut self, msg: String) -> PyErr {
        match self.aio().invalid_state_error.clone() {
            Some(c) => self.new_error(&c, msg),
            None => self.runtime_error(msg),
        }
    }

    pub fn is_cancelled_error(&self, v: &Value) -> bool {
        match (v, &self.aio().cancelled_error) {
            (Value::Exception(e), Some(c)) => e.class().is_subclass(c),
            _ => false,
        }
    }

    /// Send None (or throw `exc`) into a task's coroutine.
    fn drive_coro(&mut self, coro: &Value, exc: Value) -> PyResult<GenResult> {
        if let Value::Generator(g) = coro {
            let g = g.clone();
            return match exc {
                Value::Exception(e) => self.gen_throw(&g, PyErr(e)),
                _ => self.gen_send(&g, Value::None),
            };
        }
        let r = match &exc {
            Value::Exception(_) => {
                let cls = self.type_of(&exc);
                self.call_method(coro, "throw", &[Value::Class(cls), exc.clone()])
            }
            _ => self.call_method(coro, "send", &[Value::None]),
        };
        match r {
            Ok(v) => Ok(GenResult::Yield(v)),
            Err(e) if e.is_instance(&self.types.stop_iteration.clone()) => {
                Ok(GenResult::Return(e.0.first_arg()))
            }
            Err(e) => Err(e),
        }
    }

    fn task_handle_yield(&mut self, task: &Rc<NativeObj>, loop_: &Value, r: Value) -> PyResult<()> {
        let ctx = data(task)
            .borrow()
            .task
            .as_ref()
            .map(|t| t.context.clone())
            .unwrap_or(Value::None);
        // A native future: the common case.
        if let Some(f) = fut_of(&r) {
            let (floop, blocking) = {
                let d = data(&f).borrow();
                (d.loop_.clone(), d.blocking)
            };
            if !floop.is(loop_) {
                let tr = super::repr::future_repr(self, task)?;
                let fr = self.repr(&r)?;
                let e = self.runtime_error(format!(
                    "Task {} got Future {} attached to a different loop",
                    tr,
                    fr.as_str()
                ));
                return self.loop_schedule(
                    loop_,
                    HandleKind::TaskStep(task.clone(), e.value()),
                    ctx,
                );
            }
            if !blocking {
                let tr = super::repr::future_repr(self, task)?;
                let fr = self.repr(&r)?;
                let e = self.runtime_error(format!(
                    "yield was used instead of yield from in task {} with {}",
                    tr,
                    fr.as_str()
                ));
                return self.loop_schedule(
                    loop_,
                    HandleKind::TaskStep(task.clone(), e.value()),
                    ctx,
                );
            }
            if Rc::ptr_eq(&f, task) {
                let tr = super::repr::future_repr(self, task)?;
                let e = self.runtime_error(format!("Task cannot await on itself: {}", tr));
                return self.loop_schedule(
                    loop_,
                    HandleKind::TaskStep(task.clone(), e.value()),
                    ctx,
                );
            }
            data(&f).borrow_mut().blocking = false;
            if self.is_exact_native(&f) {
                let (state, floop) = {
                    let d = data(&f).borrow();
                    (d.state, d.loop_.clone())
                };
                if state != FutState::Pending {
                    let wake = self.task_wakeup_callback(task);
                    self.loop_call_soon(&floop, wake, smallvec::smallvec![r.clone()], ctx.clone())?;
                } else {
                    let wake = self.task_wakeup_owned(task);
                    super::future::push_callback(
                        &mut data(&f).borrow_mut().callbacks,
                        (wake, ctx.clone()),
                    );
                }
            } else {
                let wake = self.task_wakeup_callback(task);
                let add = self.intern("add_done_callback");
                let m = self.get_attr(&r, &add)?;
                let ctxn = self.intern("context");
                self.call_with(m, [wake].into_iter().collect(), vec![(ctxn, ctx.clone())])?;
            }
            let must_cancel = {
                let mut d = data(task).borrow_mut();
                let t = d.task.as_mut();
                match t {
                    Some(t) => {
                        t.fut_waiter = r.clone();
                        t.must_cancel
                    }
                    None => false,
                }
            };
            if must_cancel {
                let msg = data(task).borrow().cancel_message.clone();
                let ok = self.cancel_any(&r, msg)?;
                if ok {
                    if let Some(t) = data(task).borrow_mut().task.as_mut() {
                        t.must_cancel = false;
                    }
                }
            }
            return Ok(());
        }
        if r.is_none() {
            return self.loop_schedule(loop_, HandleKind::TaskStep(task.clone(), Value::None), ctx);
        }
        // A non-native future-like object (duck typing, as CPython allows).
        let fb = self.names.asyncio_future_blocking.clone();
        if let Some(blocking) = self.get_attr_opt(&r, &fb).ok().flatten() {
            if self.is_true(&blocking)? {
                let f = self.intern("_asyncio_future_blocking");
                self.set_attr(&r, &f, Value::Bool(false))?;
                let wake = self.task_wakeup_callback(task);
                self.call_method(&r, "add_done_callback", &[wake])?;
                if let Some(t) = data(task).borrow_mut().task.as_mut() {
                    t.fut_waiter = r.clone();
                }
                return Ok(());
            }
        }
        let tr = super::repr::future_repr(self, task)?;
        let rr = self.repr(&r)?;
        let msg = if matches!(&r, Value::Generator(g) if g.kind == GenKind::Generator) {
            format!(
                "yield was used instead of yield from for generator in task {} with {}",
                tr,
                rr.as_str()
            )
        } else {
            format!("Task got bad yield: {}", rr.as_str())
        };
        let e = self.runtime_error(msg);
        self.loop_schedule(loop_, HandleKind::TaskStep(task.clone(), e.value()), ctx)
    }

    /// The bound `task_wakeup` stored as a done callback.
    pub fn task_wakeup_callback(&mut self, task: &Rc<NativeObj>) -> Value {
        let f = self.aio().task_wakeup_fn.clone();
        crate::objects::function::bound_method(crate::objects::BoundMethodObj {
            gc: Default::default(),
            self_: Value::Native(task.clone()),
            func: f,
        })
    }

    /// The bound `task_wakeup` for a native future's callback list, left
    /// untracked: the future is its one holder and the collector traces
    /// it as part of the future (`gc::trace::visit_callback`), so a task
    /// waiting on a future adds no object for the collector to examine.
    /// Wherever it is handed on from there, it is tracked (`gc::track`).
    pub fn task_wakeup_owned(&mut self, task: &Rc<NativeObj>) -> Value {
        let f = self.aio().task_wakeup_fn.clone();
        Value::BoundMethod(Rc::new(crate::objects::BoundMethodObj {
            gc: Default::default(),
            self_: Value::Native(task.clone()),
            func: f,
        }))
    }

    /// The awaited future finished: step the task with its outcome.
    pub fn task_wakeup(&mut self, task: &Rc<NativeObj>, fut: &Value) -> PyResult<()> {
        let exc = match fut_of(fut) {
            Some(f) if self.is_exact_native(&f) => match self.future_result(&f) {
                Ok(_) => Value::None,
                Err(e) => e.value(),
            },
            _ => match self.call_method(fut, "result", &[]) {
                Ok(_) => Value::None,
                Err(e) => e.value(),
            },
        };
        self.task_step(task, exc)
    }

    /// `fut.cancel(msg)` honouring script overrides.
    pub fn cancel_any(&mut self, fut: &Value, msg: Value) -> PyResult<bool> {
        if let Some(f) = fut_of(fut) {
            if self.is_exact_native(&f) {
                if data(&f).borrow().task.is_some() {
                    return task_cancel(self, &f, msg);
                }
                return self.future_cancel(&f, msg);
            }
        }
        let m = self.intern("msg");
        let cancel = self.intern("cancel");
        let c = self.get_attr(fut, &cancel)?;
        let r = self.call_with(c, crate::vm::call::ArgVec::new(), vec![(m, msg)])?;
        self.is_true(&r)
    }
}

/// Task.cancel(msg=None).
pub fn task_cancel(vm: &mut Vm, task: &Rc<NativeObj>, msg: Value) -> PyResult<bool> {
    let waiter = {
        let mut d = data(task).borrow_mut();
        d.log_traceback = false;
        if d.state != FutState::Pending {
            return Ok(false);
        }
        let Some(t) = d.task.as_mut() else {
            return Ok(false);
        };
        t.num_cancels_requested += 1;
        t.fut_waiter.clone()
    };
    if !waiter.is_none() && vm.cancel_any(&waiter, msg.clone())? {
        // Keep the waiter: it may be a task that swallows the cancellation.
        return Ok(true);
    }
    let mut d = data(task).borrow_mut();
    if let Some(t) = d.task.as_mut() {
        t.must_cancel = true;
    }
    d.cancel_message = msg;
    Ok(true)
}

fn t_get_name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let n = data(&t)
        .borrow()
        .task
        .as_ref()
        .map(|t| t.name.clone())
        .unwrap_or(Value::None);
    Ok(n)
}

fn t_set_name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    args::check(vm, "set_name", &a[1..], 1, 1)?;
    let s = vm.to_str(&a[1])?;
    if let Some(td) = data(&t).borrow_mut().task.as_mut() {
        td.name = Value::Str(s);
    }
    Ok(Value::None)
}

fn t_get_coro(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let c = data(&t)
        .borrow()
        .task
        .as_ref()
        .map(|t| t.coro.clone())
        .unwrap_or(Value::None);
    // The caller may keep it: it can no longer be traced through the task.
    if let Value::Generator(g) = &c {
        crate::gc::escape_coro(g);
    }
    Ok(c)
}

fn t_get_context(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let c = data(&t)
        .borrow()
        .task
        .as_ref()
        .map(|t| t.context.clone())
        .unwrap_or(Value::None);
    Ok(c)
}

fn t_cancelling(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let n = data(&t)
        .borrow()
        .task
        .as_ref()
        .map(|t| t.num_cancels_requested)
        .unwrap_or(0);
    Ok(Value::Int(n as i64))
}

fn t_uncancel(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let mut d = data(&t).borrow_mut();
    let n = match d.task.as_mut() {
        Some(td) => {
            if td.num_cancels_requested > 0 {
                td.num_cancels_requested -= 1;
            }
            td.num_cancels_requested
        }
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn t_fut_waiter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let w = data(&t)
        .borrow()
        .task
        .as_ref()
        .map(|t| t.fut_waiter.clone())
        .unwrap_or(Value::None);
    Ok(w)
}

fn t_must_cancel(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let m = data(&t)
        .borrow()
        .task
        .as_ref()
        .is_some_and(|t| t.must_cancel);
    Ok(Value::Bool(m))
}

fn t_log_destroy_get(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let m = data(&t)
        .borrow()
        .task
        .as_ref()
        .is_some_and(|t| t.log_destroy_pending);
    Ok(Value::Bool(m))
}

fn t_log_destroy_set(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let v = vm.is_true(a.get(1).unwrap_or(&Value::None))?;
    if let Some(td) = data(&t).borrow_mut().task.as_mut() {
        td.log_destroy_pending = v;
    }
    Ok(Value::None)
}

/// `task.get_stack(*, limit=None)`.
fn t_get_stack(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let limit = match args::arg_or_kw(&a[1..], 0, kw, "limit") {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.to_index(&v)?),
    };
    let frames = super::repr::task_frames(vm, &t, limit)?;
    Ok(Value::list(frames))
}

/// `task.print_stack(*, limit=None, file=None)`.
fn t_print_stack(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let limit = match args::arg_or_kw(&a[1..], 0, kw, "limit") {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.to_index(&v)?),
    };
    let file = args::arg_or_kw(&a[1..], 1, kw, "file").unwrap_or(Value::None);
    let text = super::repr::task_stack_text(vm, &t, limit)?;
    if file.is_none() || vm.is_std_stream(&file, 2) {
        vm.write_err(&text);
    } else if vm.is_std_stream(&file, 1) {
        vm.write_out(&text);
    } else {
        for line in text.split_inclusive('\n') {
            vm.call_method(&file, "write", &[Value::str(line)])?;
        }
    }
    Ok(Value::None)
}

fn t_wakeup(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let fut = a.get(1).cloned().unwrap_or(Value::None);
    vm.task_wakeup(&t, &fut)?;
    Ok(Value::None)
}

fn t_step(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = this_task(vm, a)?;
    let exc = a.get(1).cloned().unwrap_or(Value::None);
    vm.task_step(&t, exc)?;
    Ok(Value::None)
}

pub const TASK_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("get_name", t_get_name),
    ("set_name", t_set_name),
    ("get_coro", t_get_coro),
    ("get_context", t_get_context),
    ("cancelling", t_cancelling),
    ("uncancel", t_uncancel),
    ("get_stack", t_get_stack),
    ("print_stack", t_print_stack),
    ("task_wakeup", t_wakeup),
    ("_Task__step", t_step),
];

pub const TASK_PROPERTIES: &[(
    &str,
    crate::objects::NativeFn,
    Option<crate::objects::NativeFn>,
)] = &[
    ("_fut_waiter", t_fut_waiter, None),
    ("_must_cancel", t_must_cancel, None),
    ("_coro", t_get_coro, None),
    (
        "_log_destroy_pending",
        t_log_destroy_get,
        Some(t_log_destroy_set),
    ),
];
