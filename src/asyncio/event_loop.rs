//! The event loop: a FIFO ready queue, a timer heap keyed by (deadline,
//! scheduling order), and CPython's iteration rule: one iteration runs only
//! the callbacks that were ready when it began.

use std::cell::{Cell, RefCell};
use std::collections::{BinaryHeap, VecDeque};
use std::rc::{Rc, Weak};

use super::future::{data, fut_of, FutState};
use super::handle::{call_args, hd, CallArgs, HandleData, HandleKind, Ready};
use crate::builtins::args;
use crate::objects::function::KwArgs;
use crate::objects::{DictObj, NativeData, NativeObj, Value};
use crate::vm::call::ArgVec;
use crate::vm::{PyErr, PyResult, Vm};
use smallvec::smallvec;

pub struct Timer {
    pub when: f64,
    pub seq: u64,
    pub handle: Rc<NativeObj>,
}

impl PartialEq for Timer {
    fn eq(&self, o: &Timer) -> bool {
        self.when == o.when && self.seq == o.seq
    }
}

impl Eq for Timer {}

impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Timer) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Timer {
    /// Reversed, so the max-heap pops the earliest deadline first.
    fn cmp(&self, o: &Timer) -> std::cmp::Ordering {
        o.when
            .total_cmp(&self.when)
            .then_with(|| o.seq.cmp(&self.seq))
    }
}

pub struct LoopData {
    pub ready: VecDeque<super::handle::Ready>,
    pub timers: BinaryHeap<Timer>,
    pub seq: u64,
    pub running: bool,
    pub closed: bool,
    pub stopping: bool,
    pub debug: bool,
    pub exception_handler: Value,
    pub current_task: Value,
    pub tasks: Vec<Weak<NativeObj>>,
    pub timer_cancelled: Rc<Cell<usize>>,
    /// The simulated clock when running on virtual time.
    pub virtual_now: Option<f64>,
}

impl LoopData {
    /// The handles waiting in the ready queue and the timer heap.
    pub fn handles(&self) -> impl Iterator<Item = &Rc<NativeObj>> {
        let ready = self.ready.iter().filter_map(|r| match r {
            super::handle::Ready::Handle(h) => Some(h),
            _ => None,
        });
        ready.chain(self.timers.iter().map(|t| &t.handle))
    }
}

/// A `run_forever` or `run_until_complete` in progress.
pub struct LoopRun {
    pub loop_: Rc<NativeObj>,
    /// The running loop before this run began (restored when it ends).
    pub prev_running: Value,
    /// For run_until_complete: the future awaited.
    pub target: Option<RunTarget>,
}

pub struct RunTarget {
    pub fut: Value,
    /// The future is a task made from a coroutine argument.
    pub new_task: bool,
    pub is_native: bool,
}

impl LoopData {
    pub fn new(virtual_time: Option<f64>) -> LoopData {
        LoopData {
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            seq: 0,
            running: false,
            closed: false,
            stopping: false,
            debug: false,
            exception_handler: Value::None,
            current_task: Value::None,
            tasks: Vec::new(),
            timer_cancelled: Rc::new(Cell::new(0)),
            virtual_now: virtual_time,
        }
    }
}

pub fn loop_of(v: &Value) -> Option<Rc<NativeObj>> {
    match v {
        Value::Native(n) if matches!(n.data, NativeData::Loop(_)) => Some(n.clone()),
        _ => None,
    }
}

pub fn ld(n: &NativeObj) -> &RefCell<LoopData> {
    match &n.data {
        NativeData::Loop(l) => l,
        _ => unreachable!("not a loop"),
    }
}

fn this(vm: &mut Vm, a: &[Value]) -> PyResult<Rc<NativeObj>> {
    match a.first().and_then(loop_of) {
        Some(l) => Ok(l),
        None => Err(vm.type_error("descriptor requires an event loop")),
    }
}

impl Vm {
    fn closed_error(&mut self) -> PyErr {
        self.runtime_error("Event loop is closed")
    }

    /// The loop's clock (`loop.time()`).
    pub fn loop_time(&self, l: &NativeObj) -> f64 {
        match ld(l).borrow().virtual_now {
            Some(t) => t,
            None => self.monotonic(),
        }
    }

    fn new_handle(
        &mut self,
        kind: HandleKind,
        context: Value,
        when: Option<f64>,
        l: &NativeObj,
    ) -> Rc<NativeObj> {
        if when.is_none() {
            if let Some(mut h) = self.aio_mut().handle_pool.pop() {
                // Pooled handles are unshared `call_soon` handles.
                if let Some(NativeObj {
                    data: NativeData::Handle(d),
                    ..
                }) = Rc::get_mut(&mut h)
                {
                    *d.kind.get_mut() = kind;
                    d.cancelled.set(false);
                    d.context = context;
                    return h;
                }
            }
        }
        self.new_handle_alloc(kind, context, when, l)
    }

    /// Keep a handle that has run for reuse, when nothing else refers to it.
    fn pool_handle(&mut self, mut h: Rc<NativeObj>) {
        const POOL_MAX: usize = 256;
        if self.aio().handle_pool.len() >= POOL_MAX || Rc::weak_count(&h) != 0 {
            return;
        }
        let handle_class = self.aio().handle_class.clone();
        let Some(obj) = Rc::get_mut(&mut h) else {
            return;
        };
        let same_class = handle_class.is_some_and(|c| Rc::ptr_eq(&c, &obj.class));
        match &mut obj.data {
            NativeData::Handle(d) if same_class && !d.is_timer && obj.dict.is_none() => {
                // Release what it held now, not when it is reused.
                *d.kind.get_mut() = HandleKind::Done;
                d.context = Value::None;
            }
            _ => return,
        }
        self.aio_mut().handle_pool.push(h);
    }

    fn new_handle_alloc(
        &mut self,
        kind: HandleKind,
        context: Value,
        when: Option<f64>,
        l: &NativeObj,
    ) -> Rc<NativeObj> {
        let cls = if when.is_some() {
            self.aio().timer_handle_class.clone()
        } else {
            self.aio().handle_class.clone()
        };
        let cls = cls.unwrap_or_else(|| self.types.object.clone());
        let h = Rc::new(NativeObj {
            gc: Default::default(),
            class: cls,
            data: NativeData::Handle(HandleData {
                kind: RefCell::new(kind),
                cancelled: Cell::new(false),
                is_timer: when.is_some(),
                when: when.unwrap_or(0.0),
                context,
                timer_cancelled: when.map(|_| ld(l).borrow().timer_cancelled.clone()),
                loop_owned: Default::default(),
            }),
            dict: None,
        });
        // Timer handles are often kept by the object whose method they
        // call (a timeout): a cycle. The collector sees them through the
        // loop, or tracks them once the program holds them too
        // (`gc::owned_handle`). `call_soon` handles are transient.
        if when.is_some() {
            crate::gc::new_owned_handle(&h);
        }
        h
    }

    /// Put a handle of any kind on the ready queue.
    pub fn loop_schedule(
        &mut self,
        loop_: &Value,
        kind: HandleKind,
        context: Value,
    ) -> PyResult<()> {
        let Some(l) = loop_of(loop_) else {
            // A script-level loop object: go through its call_soon.
            let (cb, args) = self.kind_as_call(kind);
            let mut a = vec![cb];
            a.extend(args);
            self.call_method(loop_, "call_soon", &a)?;
            return Ok(());
        };
        if ld(&l).borrow().closed {
            return Err(self.closed_error());
        }
        let entry = match kind {
            HandleKind::TaskStep(t, exc) => Ready::TaskStep(t, exc),
            HandleKind::TaskWakeup(t, fut) => Ready::TaskWakeup(t, fut),
            kind => Ready::Handle(self.new_handle(kind, context, None, &l)),
        };
        ld(&l).borrow_mut().ready.push_back(entry);
        Ok(())
    }

    fn kind_as_call(&mut self, kind: HandleKind) -> (Value, Vec<Value>) {
        match kind {
            HandleKind::Call { callback, args } => (callback, args.into_vec()),
            HandleKind::TaskStep(t, exc) => {
                let step = self.intern("_Task__step");
                let f = self
                    .get_attr(&Value::Native(t), &step)
                    .unwrap_or(Value::None);
                (f, if exc.is_none() { vec![] } else { vec![exc] })
            }
            HandleKind::TaskWakeup(t, fut) => (self.task_wakeup_callback(&t), vec![fut]),
            HandleKind::Done => (Value::None, vec![]),
        }
    }

    /// `loop.call_soon(callback, *args)`; task wake-ups take their fast path.
    pub fn loop_call_soon(
        &mut self,
        loop_: &Value,
        cb: Value,
        args: CallArgs,
        ctx: Value,
    ) -> PyResult<Value> {
        let kind = match &cb {
            Value::BoundMethod(m) if args.len() == 1 && self.is_task_wakeup(&m.func) => {
                match fut_of(&m.self_) {
                    Some(t) => {
                        HandleKind::TaskWakeup(t, args.into_iter().next().unwrap_or(Value::None))
                    }
                    None => HandleKind::Call { callback: cb, args },
                }
            }
            _ => HandleKind::Call { callback: cb, args },
        };
        let l = match loop_ {
            Value::Native(n) if matches!(n.data, NativeData::Loop(_)) => n,
            _ => {
                self.loop_schedule(loop_, kind, ctx)?;
                return Ok(Value::None);
            }
        };
        if ld(l).borrow().closed {
            return Err(self.closed_error());
        }
        let h = self.new_handle(kind, ctx, None, l);
        ld(l).borrow_mut().ready.push_back(Ready::Handle(h.clone()));
        Ok(Value::Native(h))
    }

    /// `loop.call_soon(cb, arg)` for a callback the loop schedules itself
    /// (a future's done callbacks): nobody sees the handle, so on a native
    /// loop none is made.
    pub fn loop_call_soon_internal(
        &mut self,
        loop_: &Value,
        cb: Value,
        arg: Value,
        ctx: Value,
    ) -> PyResult<()> {
        let Some(l) = loop_of(loop_) else {
            crate::gc::track(&cb);
            self.loop_call_soon(loop_, cb, smallvec![arg], ctx)?;
            return Ok(());
        };
        if !ctx.is_none() {
            // A callback with a context runs through a handle, which
            // enters it.
            crate::gc::track(&cb);
            self.loop_call_soon(loop_, cb, smallvec![arg], ctx)?;
            return Ok(());
        }
        if ld(&l).borrow().closed {
            return Err(self.closed_error());
        }
        let entry = match &cb {
            Value::BoundMethod(m) if self.is_task_wakeup(&m.func) => match fut_of(&m.self_) {
                Some(t) => Ready::TaskWakeup(t, arg),
                None => Ready::Callback(cb, arg),
            },
            _ => Ready::Callback(cb, arg),
        };
        if let Ready::Callback(cb, _) = &entry {
            // Out of a future's sole keeping (see `Vm::task_wakeup_owned`).
            crate::gc::track(cb);
        }
        ld(&l).borrow_mut().ready.push_back(entry);
        Ok(())
    }

    fn is_task_wakeup(&self, f: &Value) -> bool {
        match (f, &self.aio().task_wakeup_fn) {
            (Value::Builtin(a), Value::Builtin(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    pub fn loop_call_at(
        &mut self,
        l: &Rc<NativeObj>,
        when: f64,
        cb: Value,
        args: CallArgs,
        ctx: Value,
    ) -> PyResult<Value> {
        if ld(l).borrow().closed {
            return Err(self.closed_error());
        }
        let h = self.new_handle(HandleKind::Call { callback: cb, args }, ctx, Some(when), l);
        let mut d = ld(l).borrow_mut();
        d.seq += 1;
        let seq = d.seq;
        d.timers.push(Timer {
            when,
            seq,
            handle: h.clone(),
        });
        Ok(Value::Native(h))
    }

    pub fn loop_register_task(&mut self, loop_: &Value, task: &Rc<NativeObj>) {
        if let Some(l) = loop_of(loop_) {
            let mut d = ld(&l).borrow_mut();
            if d.tasks.len() > 64 && d.tasks.len().is_power_of_two() {
                d.tasks.retain(|w| w.strong_count() > 0);
            }
            d.tasks.push(Rc::downgrade(task));
        }
    }

    pub fn loop_enter_task(&mut self, loop_: &Value, task: Value) -> Value {
        match loop_of(loop_) {
            Some(l) => std::mem::replace(&mut ld(&l).borrow_mut().current_task, task),
            None => Value::None,
        }
    }

    pub fn loop_leave_task(&mut self, loop_: &Value, prev: Value) {
        if let Some(l) = loop_of(loop_) {
            ld(&l).borrow_mut().current_task = prev;
        }
    }

    /// Run one handle, reporting a failure through the exception handler.
    /// A task step queued without a handle failed: report it as
    /// `run_handle` would, through a handle made for the report.
    fn report_task_entry(&mut self, l: &Rc<NativeObj>, kind: HandleKind, e: crate::vm::PyErr) {
        if self.is_fatal(&e) {
            self.aio_mut().fatal = Some(e);
            return;
        }
        let h = self.new_handle(kind, Value::None, None, l);
        self.report_handle_error(&h, e);
    }

    pub fn run_handle(&mut self, h: &Rc<NativeObj>) {
        let kind = std::mem::replace(&mut *hd(h).kind.borrow_mut(), HandleKind::Done);
        // A callback runs in its handle's context (task steps enter
        // their task's in `task_step`).
        let entered = match &kind {
            HandleKind::Call { .. } if !hd(h).context.is_none() => {
                let ctx = hd(h).context.clone();
                self.enter_context(&ctx)
            }
            _ => None,
        };
        let r = match &kind {
            HandleKind::TaskStep(t, exc) => self.task_step(t, exc.clone()),
            HandleKind::TaskWakeup(t, fut) => self.task_wakeup(t, fut),
            HandleKind::Call { callback, args } => {
                let simple = match callback {
                    Value::Function(f) => self.call_simple_function(f, args),
                    _ => None,
                };
                match simple {
                    Some(r) => r.map(|_| ()),
                    None => {
                        let a: ArgVec = args.iter().cloned().collect();
                        self.call_with(callback.clone(), a, Vec::new()).map(|_| ())
                    }
                }
            }
            HandleKind::Done => Ok(()),
        };
        self.leave_context(entered, None);
        match r {
            // A handle the script keeps still shows its callback, as
            // CPython's does; one only the loop held lets go of it now.
            Ok(()) if Rc::strong_count(h) > 1 => *hd(h).kind.borrow_mut() = kind,
            Ok(()) => {}
            Err(e) => {
                if self.is_fatal(&e) {
                    self.aio_mut().fatal = Some(e);
                    return;
                }
                *hd(h).kind.borrow_mut() = kind;
                self.report_handle_error(h, e);
            }
        }
    }

    /// Report the exception a handle's callback raised to the loop's
    /// exception handler.
    fn report_handle_error(&mut self, h: &Rc<NativeObj>, e: crate::vm::PyErr) {
        {
            let kind = std::mem::replace(&mut *hd(h).kind.borrow_mut(), HandleKind::Done);
            let (cb, args) = match &kind {
                HandleKind::Call { callback, args } => (callback.clone(), args.to_vec()),
                HandleKind::TaskStep(t, _) => (Value::Native(t.clone()), vec![]),
                HandleKind::TaskWakeup(t, f) => (Value::Native(t.clone()), vec![f.clone()]),
                HandleKind::Done => (Value::None, vec![]),
            };
            // Put the callback back for the handle's repr in the report.
            *hd(h).kind.borrow_mut() = HandleKind::Call {
                callback: cb.clone(),
                args: call_args(&args),
            };
            let src = super::repr::callback_source(self, &cb, &args).unwrap_or_default();
            let ctx = Rc::new(DictObj::new());
            ctx.set_str_text(
                "message",
                Value::string(format!("Exception in callback {}", src)),
            );
            ctx.set_str_text("exception", e.value());
            ctx.set_str_text("handle", Value::Native(h.clone()));
            let loop_ = self.aio().running_loop.clone();
            self.call_exception_handler(&loop_, Value::Dict(ctx));
            *hd(h).kind.borrow_mut() = HandleKind::Done;
        }
    }

    fn is_fatal(&self, e: &PyErr) -> bool {
        e.is_instance(&self.types.keyboard_interrupt) || e.is_instance(&self.types.system_exit)
    }

    /// `loop.call_exception_handler(context)`.
    pub fn call_exception_handler(&mut self, loop_: &Value, context: Value) {
        let handler = loop_of(loop_)
            .map(|l| ld(&l).borrow().exception_handler.clone())
            .unwrap_or(Value::None);
        if handler.is_none() {
            if let Err(e) = self.default_exception_handler(&context) {
                let text = self.format_exception(&e);
                self.write_err(&format!("Exception in default exception handler\n{}", text));
            }
            return;
        }
        if let Err(e) = self.call_value(handler, &[loop_.clone(), context.clone()]) {
            if self.is_fatal(&e) {
                self.aio_mut().fatal = Some(e);
                return;
            }
            let ctx = Rc::new(DictObj::new());
            ctx.set_str_text(
                "message",
                Value::str("Unhandled error in exception handler"),
            );
            ctx.set_str_text("exception", e.value());
            ctx.set_str_text("context", context);
            let _ = self.default_exception_handler(&Value::Dict(ctx));
        }
    }

    /// What asyncio's default handler logs: the message, the other context
    /// entries sorted by key, then the exception's traceback.
    pub fn default_exception_handler(&mut self, context: &Value) -> PyResult<()> {
        let Value::Dict(d) = context else {
            return Err(self.type_error("context must be a dict"));
        };
        let message = match d.get_str_text("message") {
            Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
            _ => "Unhandled exception in event loop".to_string(),
        };
        let mut lines = vec![message];
        let mut keys: Vec<String> = d
            .borrow()
            .keys()
            .iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect();
        keys.sort();
        for k in keys {
            if k == "message" || k == "exception" {
                continue;
            }
            let v = d.get_str_text(&k).unwrap_or(Value::None);
            let r = self.repr(&v)?;
            lines.push(format!("{}: {}", k, r.as_str()));
        }
        let mut text = lines.join("\n");
        text.push('\n');
        if let Some(Value::Exception(e)) = d.get_str_text("exception") {
            let err = PyErr(e);
            text.push_str(&self.format_exception(&err));
        }
        self.write_err(&text);
        Ok(())
    }

    /// One iteration of the loop.
    pub fn run_once(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        // Limits, interrupts and jobs from host threads (crate::embed).
        self.loop_hook(l)?;
        // Drop cancelled timers at the front; prune the heap when most are dead.
        {
            let mut d = ld(l).borrow_mut();
            let ncancelled = d.timer_cancelled.get();
            if d.timers.len() > 100 && ncancelled * 2 > d.timers.len() {
                let old = std::mem::take(&mut d.timers);
                d.timers = old
                    .into_iter()
                    .filter(|t| {
                        let keep = !hd(&t.handle).cancelled.get();
                        if !keep {
                            crate::gc::loop_releases(&t.handle);
                        }
                        keep
                    })
                    .collect();
                d.timer_cancelled.set(0);
            } else {
                while let Some(t) = d.timers.peek() {
                    if hd(&t.handle).cancelled.get() {
                        crate::gc::loop_releases(&t.handle);
                        d.timers.pop();
                        let c = d.timer_cancelled.get();
                        d.timer_cancelled.set(c.saturating_sub(1));
                    } else {
                        break;
                    }
                }
            }
        }
        let (has_ready, stopping, next) = {
            let d = ld(l).borrow();
            (
                !d.ready.is_empty(),
                d.stopping,
                d.timers.peek().map(|t| t.when),
            )
        };
        if !has_ready && !stopping {
            if let (Some(limit), Some(when)) = (self.suspend.suspend_idle, next) {
                if when - self.loop_time(l) > limit && self.suspend.iterations > 0 {
                    self.suspend_point(true)?;
                }
            }
            match next {
                Some(when) => {
                    let virtual_time = ld(l).borrow().virtual_now.is_some();
                    if virtual_time {
                        let mut d = ld(l).borrow_mut();
                        if let Some(now) = d.virtual_now {
                            if when > now {
                                d.virtual_now = Some(when);
                            }
                        }
                    } else {
                        let timeout = when - self.loop_time(l);
                        if timeout > 0.0 {
                            self.host_idle_wait(Some(timeout))?;
                        }
                    }
                }
                None => {
                    if !self.host_idle_wait(None)? {
                        return Err(self.runtime_error(
                            "Event loop is idle with nothing scheduled: the awaited future can never complete",
                        ));
                    }
                }
            }
        }
        let end_time = self.loop_time(l) + 1e-9;
        {
            let mut d = ld(l).borrow_mut();
            while let Some(t) = d.timers.peek() {
                if t.when >= end_time {
                    break;
                }
                let Some(t) = d.timers.pop() else { break };
                if !hd(&t.handle).cancelled.get() {
                    d.ready.push_back(Ready::Handle(t.handle));
                } else {
                    crate::gc::loop_releases(&t.handle);
                    let c = d.timer_cancelled.get();
                    d.timer_cancelled.set(c.saturating_sub(1));
                }
            }
        }
        let ntodo = ld(l).borrow().ready.len();
        for _ in 0..ntodo {
            let h = ld(l).borrow_mut().ready.pop_front();
            let Some(h) = h else { break };
            match h {
                Ready::Handle(h) => {
                    if hd(&h).cancelled.get() {
                        crate::gc::loop_releases(&h);
                        continue;
                    }
                    self.run_handle(&h);
                    crate::gc::loop_releases(&h);
                    self.pool_handle(h);
                }
                Ready::TaskStep(t, exc) => {
                    if let Err(e) = self.task_step(&t, exc.clone()) {
                        self.report_task_entry(l, HandleKind::TaskStep(t, exc), e);
                    }
                }
                Ready::TaskWakeup(t, fut) => {
                    if let Err(e) = self.task_wakeup(&t, &fut) {
                        self.report_task_entry(l, HandleKind::TaskWakeup(t, fut), e);
                    }
                }
                Ready::Callback(cb, arg) => {
                    let simple = match &cb {
                        Value::Function(f) => {
                            self.call_simple_function(f, std::slice::from_ref(&arg))
                        }
                        _ => None,
                    };
                    let r = match simple {
                        Some(r) => r,
                        None => {
                            let mut a = ArgVec::new();
                            a.push(arg.clone());
                            self.call_with(cb.clone(), a, Vec::new())
                        }
                    };
                    if let Err(e) = r {
                        let kind = HandleKind::Call {
                            callback: cb,
                            args: smallvec![arg],
                        };
                        self.report_task_entry(l, kind, e);
                    }
                }
            }
            if let Some(e) = self.aio_mut().fatal.take() {
                return Err(e);
            }
            if crate::gc::pending() {
                self.safe_point();
            }
        }
        self.report_zombies();
        Ok(())
    }

    /// Report futures and tasks that were dropped with something to say.
    pub fn report_zombies(&mut self) {
        loop {
            let z = self.aio().reports.borrow_mut().pop();
            let Some(z) = z else { break };
            let Value::Native(n) = &z else { continue };
            let NativeData::Zombie(zd) = &n.data else {
                continue;
            };
            let is_task = zd.data.task.is_some();
            let pending = zd.data.state == FutState::Pending;
            let (loop_, exc) = (zd.data.loop_.clone(), zd.data.exception.clone());
            self.report_dead_future(z.clone(), is_task, pending, loop_, exc);
        }
    }

    /// A future found in a dead cycle says what it would say when freed,
    /// while it is still intact (as CPython's finalizer does, before the
    /// collector breaks the cycle). Returns whether it had something to say.
    pub fn finalize_future(&mut self, n: &Rc<NativeObj>) -> bool {
        let NativeData::Future(cell) = &n.data else {
            return false;
        };
        let (is_task, pending, loop_, exc) = {
            let Ok(mut fd) = cell.try_borrow_mut() else {
                return false;
            };
            let pending_task = fd.state == FutState::Pending
                && fd.task.as_ref().is_some_and(|t| t.log_destroy_pending);
            if fd.reports.is_none() || !(fd.log_traceback || pending_task) {
                return false;
            }
            // Reported now, so not again when freed.
            fd.reports = None;
            (
                fd.task.is_some(),
                fd.state == FutState::Pending,
                fd.loop_.clone(),
                fd.exception.clone(),
            )
        };
        self.report_dead_future(Value::Native(n.clone()), is_task, pending, loop_, exc);
        true
    }

    fn report_dead_future(
        &mut self,
        obj: Value,
        is_task: bool,
        pending: bool,
        loop_: Value,
        exception: Value,
    ) {
        let ctx = Rc::new(DictObj::new());
        if pending && is_task {
            ctx.set_str_text(
                "message",
                Value::str("Task was destroyed but it is pending!"),
            );
            ctx.set_str_text("task", obj);
        } else {
            let name = if is_task { "Task" } else { "Future" };
            ctx.set_str_text(
                "message",
                Value::string(format!("{} exception was never retrieved", name)),
            );
            ctx.set_str_text("exception", exception);
            ctx.set_str_text("future", obj);
        }
        self.call_exception_handler(&loop_, Value::Dict(ctx));
    }

    /// `loop.run_forever()`.
    pub fn loop_run_forever(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        self.check_runnable(l)?;
        self.begin_run(l, None);
        self.continue_run().map(|_| ())
    }

    /// Mark `l` running and record what runs it (a snapshot taken inside
    /// the loop saves this record; resuming picks the run up from it).
    fn begin_run(&mut self, l: &Rc<NativeObj>, target: Option<RunTarget>) {
        ld(l).borrow_mut().running = true;
        let prev = std::mem::replace(&mut self.aio_mut().running_loop, Value::Native(l.clone()));
        self.aio_mut().runs.push(LoopRun {
            loop_: l.clone(),
            prev_running: prev,
            target,
        });
    }

    /// Run the innermost recorded loop run to its end: iterations until
    /// the loop stops, then (for run_until_complete) the future's result.
    pub fn continue_run(&mut self) -> PyResult<Value> {
        let Some(run) = self.aio().runs.last().map(|r| r.loop_.clone()) else {
            return Err(self.runtime_error("no event loop run to continue"));
        };
        let l = &run;
        let mut result = Ok(());
        loop {
            if let Err(e) = self.run_once(l) {
                result = Err(e);
                break;
            }
            if ld(l).borrow().stopping {
                break;
            }
            self.suspend.iterations += 1;
            if self.suspend.suspend_every.is_some() {
                if let Err(e) = self.suspend_point(false) {
                    result = Err(e);
                    break;
                }
            }
        }
        {
            let mut d = ld(l).borrow_mut();
            d.stopping = false;
            d.running = false;
        }
        let Some(run) = self.aio_mut().runs.pop() else {
            return Err(self.runtime_error("event loop run record lost"));
        };
        self.aio_mut().running_loop = run.prev_running;
        match run.target {
            None => result.map(|_| Value::None),
            Some(t) => {
                if result.is_err() {
                    drop_scheduled_stopper(l, &t.fut, &self.aio().stop_loop_cb);
                }
                self.finish_run_until_complete(t, result)
            }
        }
    }

    fn check_runnable(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        if ld(l).borrow().closed {
            return Err(self.closed_error());
        }
        if ld(l).borrow().running {
            return Err(self.runtime_error("This event loop is already running"));
        }
        if !self.aio().running_loop.is_none() {
            return Err(
                self.runtime_error("Cannot run the event loop while another loop is running")
            );
        }
        Ok(())
    }

    /// `loop.run_until_complete(future)`.
    pub fn loop_run_until_complete(&mut self, l: &Rc<NativeObj>, fut: Value) -> PyResult<Value> {
        self.check_runnable(l)?;
        let new_task = fut_of(&fut).is_none();
        let fut = self.ensure_future_on(fut, Value::Native(l.clone()))?;
        let Some(f) = fut_of(&fut) else {
            return Err(self.type_error("run_until_complete needs a future"));
        };
        if new_task {
            if let Some(t) = data(&f).borrow_mut().task.as_mut() {
                t.log_destroy_pending = false;
            }
        }
        let stopper = self.aio().stop_loop_cb.clone();
        let is_native = self.is_exact_native(&f);
        if is_native {
            let done = data(&f).borrow().state != FutState::Pending;
            if done {
                self.loop_call_soon(
                    &Value::Native(l.clone()),
                    stopper.clone(),
                    smallvec![fut.clone()],
                    Value::None,
                )?;
            } else {
                data(&f)
                    .borrow_mut()
                    .callbacks
                    .push((stopper.clone(), Value::None));
            }
        } else {
            self.call_method(&fut, "add_done_callback", std::slice::from_ref(&stopper))?;
        }
        self.begin_run(
            l,
            Some(RunTarget {
                fut,
                new_task,
                is_native,
            }),
        );
        self.continue_run()
    }

    fn finish_run_until_complete(&mut self, t: RunTarget, r: PyResult<()>) -> PyResult<Value> {
        let RunTarget {
            fut,
            new_task,
            is_native,
        } = t;
        let Some(f) = fut_of(&fut) else {
            return Err(self.type_error("run_until_complete needs a future"));
        };
        let stopper = self.aio().stop_loop_cb.clone();
        // Remove the stopper whether or not the loop failed.
        if is_native {
            data(&f)
                .borrow_mut()
                .callbacks
                .retain(|(c, _)| !c.is(&stopper));
        } else {
            let _ = self.call_method(&fut, "remove_done_callback", &[stopper]);
        }
        if let Err(e) = r {
            if new_task && data(&f).borrow().state == FutState::Finished {
                data(&f).borrow_mut().log_traceback = false;
            }
            return Err(e);
        }
        if data(&f).borrow().state == FutState::Pending {
            return Err(self.runtime_error("Event loop stopped before Future completed."));
        }
        if is_native {
            self.future_result(&f)
        } else {
            self.call_method(&fut, "result", &[])
        }
    }

    /// `ensure_future(obj, loop=loop)`.
    pub fn ensure_future_on(&mut self, obj: Value, loop_: Value) -> PyResult<Value> {
        if let Some(f) = fut_of(&obj) {
            let own = data(&f).borrow().loop_.clone();
            if !loop_.is_none() && !own.is(&loop_) {
                return Err(self.value_error(
                    "The future belongs to a different loop than the one specified as the loop argument",
                ));
            }
            return Ok(obj);
        }
        if super::task::is_coroutine(self, &obj) {
            let loop_ = if loop_.is_none() {
                self.get_event_loop_value()?
            } else {
                loop_
            };
            let cls = self
                .aio()
                .task_class
                .clone()
                .unwrap_or_else(|| self.types.object.clone());
            return self
                .make_task(cls, obj, loop_, None, Value::None)
                .map(Value::Native);
        }
        let fb = self.names.asyncio_future_blocking.clone();
        if self.has_attr(&obj, &fb)? {
            return Ok(obj);
        }
        let aw = self.names.await_.clone();
        if self.type_of(&obj).lookup(&aw).is_some() {
            let wrap = self.aio().wrap_awaitable.clone();
            let coro = self.call_value(wrap, &[obj])?;
            return self.ensure_future_on(coro, loop_);
        }
        Err(self.type_error("An asyncio.Future, a coroutine or an awaitable is required"))
    }
}

// ---------------------------------------------------------------- methods

fn l_time(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    Ok(Value::Float(vm.loop_time(&l)))
}

fn ctx_kw(kw: KwArgs) -> Value {
    args::kwarg(kw, "context").unwrap_or(Value::None)
}

/// The `context=` argument, or a copy of the running context.
fn ctx_or_copy(vm: &mut Vm, kw: KwArgs) -> PyResult<Value> {
    vm.capture_context(ctx_kw(kw))
}

/// In debug mode only, as CPython: reject coroutines and non-callables.
fn check_callback(vm: &mut Vm, l: &NativeObj, cb: &Value, method: &str) -> PyResult<()> {
    let d = ld(l).borrow();
    if d.closed || !d.debug {
        return Ok(());
    }
    drop(d);
    let is_coro = match cb {
        Value::Generator(g) => g.kind == crate::objects::generator::GenKind::Coroutine,
        Value::Function(f) => f.code.flags & crate::bytecode::FLAG_COROUTINE != 0,
        _ => false,
    };
    if is_coro {
        return Err(vm.type_error(format!("coroutines cannot be used with {}()", method)));
    }
    if !vm.is_callable(cb) {
        let r = vm.repr(cb)?;
        return Err(vm.type_error(format!(
            "a callable object was expected by {}(), got {}",
            method,
            r.as_str()
        )));
    }
    Ok(())
}

fn l_call_soon(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    // The loop is borrowed from the arguments, not cloned: this is the
    // hottest scheduling call.
    let l = match a.first() {
        Some(Value::Native(n)) if matches!(n.data, NativeData::Loop(_)) => n,
        _ => return Err(vm.type_error("descriptor requires an event loop")),
    };
    if a.len() < 2 {
        return Err(vm.type_error("call_soon() missing 1 required positional argument: 'callback'"));
    }
    if ld(l).borrow().debug {
        check_callback(vm, l, &a[1], "call_soon")?;
    }
    let ctx = ctx_or_copy(vm, kw)?;
    vm.loop_call_soon(&a[0], a[1].clone(), call_args(&a[2..]), ctx)
}

fn l_call_later(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    if a.len() < 3 {
        return Err(vm.type_error("call_later() missing required arguments"));
    }
    let delay = vm.to_f64(&a[1])?;
    let when = vm.loop_time(&l) + delay;
    check_callback(vm, &l, &a[2], "call_at")?;
    let ctx = ctx_or_copy(vm, kw)?;
    vm.loop_call_at(&l, when, a[2].clone(), call_args(&a[3..]), ctx)
}

fn l_call_at(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    if a.len() < 3 {
        return Err(vm.type_error("call_at() missing required arguments"));
    }
    let when = vm.to_f64(&a[1])?;
    check_callback(vm, &l, &a[2], "call_at")?;
    let ctx = ctx_or_copy(vm, kw)?;
    vm.loop_call_at(&l, when, a[2].clone(), call_args(&a[3..]), ctx)
}

fn l_create_future(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let cls = vm
        .aio()
        .future_class
        .clone()
        .unwrap_or_else(|| vm.types.object.clone());
    let reports = vm.aio().reports.clone();
    let f = Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Future(RefCell::new(super::future::FutureData::new(
            Value::Native(l),
            Some(reports),
        ))),
        dict: None,
    }));
    crate::gc::track(&f);
    Ok(f)
}

fn l_create_task(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    args::check(vm, "create_task", &a[1..], 1, 1)?;
    if ld(&l).borrow().closed {
        if let Value::Generator(g) = &a[1] {
            g.warn_unawaited.set(false);
        }
        return Err(vm.closed_error());
    }
    let name = args::kwarg(kw, "name").filter(|n| !n.is_none());
    let cls = vm
        .aio()
        .task_class
        .clone()
        .unwrap_or_else(|| vm.types.object.clone());
    vm.make_task(cls, a[1].clone(), Value::Native(l), name, ctx_kw(kw))
        .map(Value::Native)
}

fn l_run_until_complete(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    args::check(vm, "run_until_complete", &a[1..], 1, 1)?;
    vm.loop_run_until_complete(&l, a[1].clone())
}

fn l_run_forever(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    vm.loop_run_forever(&l)?;
    Ok(Value::None)
}

fn l_stop(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    ld(&l).borrow_mut().stopping = true;
    Ok(Value::None)
}

fn l_close(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    if ld(&l).borrow().running {
        return Err(vm.runtime_error("Cannot close a running event loop"));
    }
    let (ready, timers) = {
        let mut d = ld(&l).borrow_mut();
        if d.closed {
            return Ok(Value::None);
        }
        d.closed = true;
        d.handles().for_each(crate::gc::loop_releases);
        (std::mem::take(&mut d.ready), std::mem::take(&mut d.timers))
    };
    drop(ready);
    drop(timers);
    vm.report_zombies();
    Ok(Value::None)
}

fn l_is_running(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let r = ld(&l).borrow().running;
    Ok(Value::Bool(r))
}

fn l_is_closed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let r = ld(&l).borrow().closed;
    Ok(Value::Bool(r))
}

fn l_get_debug(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let r = ld(&l).borrow().debug;
    Ok(Value::Bool(r))
}

fn l_set_debug(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let v = vm.is_true(a.get(1).unwrap_or(&Value::None))?;
    ld(&l).borrow_mut().debug = v;
    Ok(Value::None)
}

fn l_set_exception_handler(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    args::check(vm, "set_exception_handler", &a[1..], 1, 1)?;
    let h = a[1].clone();
    if !h.is_none() && !vm.is_callable(&h) {
        let r = vm.repr(&h)?;
        return Err(vm.type_error(format!(
            "A callable object or None is expected, got {}",
            r.as_str()
        )));
    }
    ld(&l).borrow_mut().exception_handler = h;
    Ok(Value::None)
}

fn l_get_exception_handler(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let h = ld(&l).borrow().exception_handler.clone();
    Ok(h)
}

fn l_call_exception_handler(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    args::check(vm, "call_exception_handler", &a[1..], 1, 1)?;
    vm.call_exception_handler(&Value::Native(l), a[1].clone());
    if let Some(e) = vm.aio_mut().fatal.take() {
        return Err(e);
    }
    Ok(Value::None)
}

fn l_default_exception_handler(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a)?;
    args::check(vm, "default_exception_handler", &a[1..], 1, 1)?;
    vm.default_exception_handler(&a[1])?;
    Ok(Value::None)
}

fn l_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    let d = ld(&l).borrow();
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(Value::string(format!(
        "<{} running={} closed={} debug={}>",
        l.class.name().as_str(),
        b(d.running),
        b(d.closed),
        b(d.debug)
    )))
}

/// A done future, for the loop's shutdown coroutines.
fn done_future(vm: &mut Vm, l: &Rc<NativeObj>) -> PyResult<Value> {
    let f = l_create_future(vm, &[Value::Native(l.clone())], &[])?;
    if let Some(fo) = fut_of(&f) {
        let mut d = data(&fo).borrow_mut();
        d.state = FutState::Finished;
    }
    Ok(f)
}

fn l_shutdown_asyncgens(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    // The work is a coroutine of the asyncio package (it awaits aclose()).
    let module = vm.sys_modules.get_str_text("asyncio");
    if let Some(m) = module {
        let name = vm.intern("_shutdown_asyncgens");
        if let Some(f) = vm.get_attr_opt(&m, &name)? {
            return vm.call_value(f, &[Value::Native(l)]);
        }
    }
    done_future(vm, &l)
}

fn l_shutdown_default_executor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    done_future(vm, &l)
}

fn l_run_in_executor(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = this(vm, a)?;
    if a.len() < 3 {
        return Err(vm.type_error("run_in_executor() missing required arguments"));
    }
    // No threads: the function runs now and the future carries its outcome.
    let f = l_create_future(vm, &[Value::Native(l)], &[])?;
    let fo = fut_of(&f);
    let r = vm.call_value(a[2].clone(), &a[3..]);
    if let Some(fo) = fo {
        match r {
            Ok(v) => vm.future_set_result(&fo, v)?,
            Err(e) => vm.future_set_exception(&fo, e.value())?,
        }
    }
    Ok(f)
}

pub const LOOP_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("time", l_time),
    ("call_soon", l_call_soon),
    ("call_soon_threadsafe", l_call_soon),
    ("call_later", l_call_later),
    ("call_at", l_call_at),
    ("create_future", l_create_future),
    ("create_task", l_create_task),
    ("run_until_complete", l_run_until_complete),
    ("run_forever", l_run_forever),
    ("stop", l_stop),
    ("close", l_close),
    ("is_running", l_is_running),
    ("is_closed", l_is_closed),
    ("get_debug", l_get_debug),
    ("set_debug", l_set_debug),
    ("set_exception_handler", l_set_exception_handler),
    ("get_exception_handler", l_get_exception_handler),
    ("call_exception_handler", l_call_exception_handler),
    ("default_exception_handler", l_default_exception_handler),
    ("shutdown_asyncgens", l_shutdown_asyncgens),
    ("shutdown_default_executor", l_shutdown_default_executor),
    ("run_in_executor", l_run_in_executor),
    ("__repr__", l_repr),
];

/// A run that failed (a limit, an exception out of a callback) may leave
/// its future's stop callback scheduled but not run: it would stop the
/// loop's next run at once ("Event loop stopped before Future completed").
fn drop_scheduled_stopper(l: &Rc<NativeObj>, fut: &Value, stopper: &Value) {
    let Ok(mut d) = ld(l).try_borrow_mut() else {
        return;
    };
    d.ready.retain(|r| match r {
        Ready::Callback(cb, arg) => !(cb.is(stopper) && arg.is(fut)),
        Ready::Handle(h) => {
            let keep = match &*hd(h).kind.borrow() {
                HandleKind::Call { callback, args } => {
                    !(callback.is(stopper) && args.first().is_some_and(|a| a.is(fut)))
                }
                _ => true,
            };
            if !keep {
                crate::gc::loop_releases(h);
            }
            keep
        }
        _ => true,
    });
}
