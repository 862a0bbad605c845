//! Generator, coroutine and async generator objects: each owns its
//! suspended frame while it is not running.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{DictObj, StrObj};
use crate::bytecode::CodeObject;
use crate::vm::frame::Frame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub kind: GenKind,
    pub code: Rc<CodeObject>,
    pub name: NameCell,
    pub qualname: NameCell,
    /// The suspended frame; `None` while running and once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    /// Set once the first `send` has entered the frame.
    pub started: Cell<bool>,
    /// Async generators: an `asend`/`athrow` awaitable is in progress.
    pub ag_running: Cell<bool>,
    /// Coroutines: warn "was never awaited" if dropped unstarted.
    pub warn_unawaited: Cell<bool>,
    /// Where a dropping generator leaves work for its VM (destructors
    /// cannot reach it).
    pub queues: Option<Rc<GenQueues>>,
    /// A suspended frame that went cold (see `Vm::note_suspended`): its
    /// locals, then its stack, then unused (Null) slots, then its globals as
    /// a `Value::Dict`, in one block. Never set together with `frame`.
    pub cold: Cell<Option<Box<[Value]>>>,
    /// The instruction pointer of the cold frame.
    pub cold_ip: Cell<u32>,
    /// How many stack values the cold block holds.
    pub cold_nstack: Cell<u32>,
    /// Listed among the VM's recently suspended generators, which keep
    /// their full frames.
    pub hot: Cell<bool>,
    /// Suspensions checked while untracked (see `gc::track_if_needed`).
    pub suspends: Cell<u8>,
    /// A coroutine driven by a task that nothing else is known to hold:
    /// it stays out of the collector and is traced as part of its task
    /// (see `gc::owned_coro`).
    pub task_owned: Cell<bool>,
}

impl Drop for GenObj {
    fn drop(&mut self) {
        if self.gc.get() == crate::gc::slot::UNTRACKED {
            crate::gc::untracked_freed();
        } else {
            crate::gc::untrack(&self.gc);
        }
        if self.warn_unawaited.get() && !self.started.get() {
            if let Some(q) = &self.queues {
                if let Ok(mut q) = q.warnings.try_borrow_mut() {
                    q.push(format!(
                        "RuntimeWarning: coroutine '{}' was never awaited",
                        self.qualname.get().as_str()
                    ));
                    crate::gc::request_safe_point();
                }
            }
        }
        let frame = match self.frame.get_mut().take() {
            Some(f) => f,
            None => {
                let Some(vals) = self.cold.take() else { return };
                let resumable = self.started.get() && !self.finished.get();
                if !resumable || self.code.exc_table.is_empty() {
                    crate::gc::deep_drop::guarded(vals, |v, out| out.extend(v.iter().cloned()));
                    return;
                }
                // The finalizer queue takes full frames; the VM sets the
                // builtins when it runs them.
                let Some(globals) = cold_globals(&vals) else {
                    return;
                };
                self.frame_from_cold(vals, &globals)
            }
        };
        // Only a started generator can be inside a try or with block.
        if self.started.get() && !self.finished.get() && !frame.code.exc_table.is_empty() {
            if let Some(q) = &self.queues {
                if let Ok(mut q) = q.frames.try_borrow_mut() {
                    q.push(frame);
                    crate::gc::request_safe_point();
                    return;
                }
            }
        }
        crate::gc::deep_drop::guarded(frame, |f, out| {
            out.extend(f.locals.iter().cloned());
            out.extend(f.stack.iter().cloned());
        });
    }
}

/// What dropped generators leave for their VM, which takes it at the next
/// safe point.
#[derive(Default)]
pub struct GenQueues {
    /// Frames of generators dropped while suspended, to be closed (their
    /// `finally` blocks run).
    pub frames: RefCell<Vec<Box<Frame>>>,
    /// "never awaited" warnings.
    pub warnings: RefCell<Vec<String>>,
}

/// A generator's `__name__` or `__qualname__`: a string that can be
/// replaced (one word, where a `RefCell` would take two).
pub struct NameCell(Cell<Option<Rc<StrObj>>>);

impl NameCell {
    pub fn new(s: Rc<StrObj>) -> NameCell {
        NameCell(Cell::new(Some(s)))
    }

    pub fn get(&self) -> Rc<StrObj> {
        let s = self.0.take().expect("a generator name is always set");
        self.0.set(Some(s.clone()));
        s
    }

    pub fn set(&self, s: Rc<StrObj>) {
        self.0.set(Some(s));
    }
}

/// The globals of a cold block (its last value).
fn cold_globals(vals: &[Value]) -> Option<Rc<DictObj>> {
    match vals.last() {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    }
}

impl GenObj {
    /// A generator object of `kind` for `code`, not yet started, with its
    /// flags clear; the callers set what differs.
    pub fn new(
        kind: GenKind,
        code: Rc<CodeObject>,
        name: Rc<StrObj>,
        qualname: Rc<StrObj>,
        frame: Option<Box<Frame>>,
        queues: Option<Rc<GenQueues>>,
    ) -> GenObj {
        GenObj {
            gc: Default::default(),
            kind,
            code,
            name: NameCell::new(name),
            qualname: NameCell::new(qualname),
            frame: RefCell::new(frame),
            running: Cell::new(false),
            finished: Cell::new(false),
            started: Cell::new(false),
            ag_running: Cell::new(false),
            warn_unawaited: Cell::new(false),
            queues,
            cold: Default::default(),
            cold_ip: Default::default(),
            cold_nstack: Default::default(),
            hot: Default::default(),
            suspends: Default::default(),
            task_owned: Default::default(),
        }
    }

    /// Whether the generator holds a frame, full or cold.
    pub fn has_frame(&self) -> bool {
        let hot = self.frame.try_borrow().map(|f| f.is_some()).unwrap_or(true);
        hot || self.has_cold()
    }

    pub fn has_cold(&self) -> bool {
        let c = self.cold.take();
        let r = c.is_some();
        self.cold.set(c);
        r
    }

    /// Run `f` over the locals and stack values of the cold frame, if
    /// there is one.
    pub fn with_cold<R>(&self, f: impl FnOnce(&[Value]) -> R) -> Option<R> {
        let c = self.cold.take()?;
        let live = (self.code.nlocals() + self.cold_nstack.get() as usize).min(c.len());
        let r = f(&c[..live]);
        self.cold.set(Some(c));
        Some(r)
    }

    /// Drop whatever frame the generator holds.
    pub fn discard_frame(&self) {
        let f = self.frame.try_borrow_mut().map(|mut f| f.take()).ok();
        drop(f);
        drop(self.cold.take());
    }

    /// The line where a suspended frame stands (cold or full).
    pub fn suspended_line(&self) -> Option<u32> {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = &*f {
                return Some(f.line());
            }
        }
        if self.has_cold() {
            let ip = self.cold_ip.get() as usize;
            return Some(self.code.line_at(ip.saturating_sub(1)));
        }
        None
    }

    /// Move a suspended frame's values into a cold block (leaving the
    /// frame empty); false when it cannot go cold (a class body, or inside
    /// an `except` block).
    ///
    /// The block always has room for one stack value, so that a
    /// generator's block at creation (no stack) and at a typical
    /// suspension (nothing or one iterator on the stack) come from the
    /// same allocation size: the one freed on resumption is reused.
    pub fn make_cold(&self, f: &mut Frame) -> bool {
        let (n, k) = (f.locals.len(), f.stack.len());
        if f.namespace.is_some()
            || !f.handled.is_none()
            || f.ip > u32::MAX as usize
            || k > u32::MAX as usize
            || n != self.code.nlocals()
        {
            return false;
        }
        let len = (n + k + 1).max(n + 2);
        let mut v = Vec::with_capacity(len);
        v.append(&mut f.locals);
        v.append(&mut f.stack);
        v.resize(len - 1, Value::Null);
        v.push(Value::Dict(f.globals.clone()));
        self.cold_ip.set(f.ip as u32);
        self.cold_nstack.set(k as u32);
        self.cold.set(Some(v.into_boxed_slice()));
        true
    }

    /// Split a cold block into its locals and stack values (in one vector,
    /// locals first) and its globals.
    pub fn unpack_cold(&self, vals: Box<[Value]>) -> (Vec<Value>, Option<Rc<DictObj>>) {
        let mut vals = vals.into_vec();
        let globals = match vals.pop() {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let live = self.code.nlocals() + self.cold_nstack.get() as usize;
        vals.truncate(live);
        (vals, globals)
    }

    /// A full frame rebuilt from a cold block.
    pub fn frame_from_cold(&self, vals: Box<[Value]>, builtins: &Rc<DictObj>) -> Box<Frame> {
        let code = &self.code;
        let (mut vals, globals) = self.unpack_cold(vals);
        let globals = globals.unwrap_or_else(|| builtins.clone());
        let n = code.nlocals().min(vals.len());
        let stack = vals.split_off(n);
        let mut stack_buf = Vec::with_capacity((code.stacksize as usize).max(stack.len()));
        stack_buf.extend(stack);
        Box::new(Frame {
            code: code.clone(),
            ip: self.cold_ip.get() as usize,
            locals: vals,
            stack: stack_buf,
            globals,
            builtins: builtins.clone(),
            namespace: None,
            handled: Value::None,
            gen: None,
            resume: crate::vm::frame::Resume::Native,
        })
    }

    /// Turn a cold frame back into a full one in place (for readers that
    /// look at the frame without resuming it).
    pub fn warm(&self, builtins: &Rc<DictObj>) {
        let Ok(mut slot) = self.frame.try_borrow_mut() else {
            return;
        };
        if slot.is_some() {
            return;
        }
        if let Some(vals) = self.cold.take() {
            *slot = Some(self.frame_from_cold(vals, builtins));
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

// ---------------------------------------------------------------- methods

use super::function::{BuiltinKind, KwArgs};
use super::{NativeData, NativeObj, Value};
use crate::builtins::{add_methods, args};
use crate::vm::gen::GenResult;
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<GenObj>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(Value::Native(n)) => match &n.data {
            NativeData::CoroWrapper(g) => Ok(g.clone()),
            _ => Err(vm.type_error(format!("descriptor '{}' requires a generator", name))),
        },
        _ => Err(vm.type_error(format!("descriptor '{}' requires a generator", name))),
    }
}

fn finish(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "send")?;
    args::check(vm, "send", &args[1..], 1, 1)?;
    let r = vm.gen_send(&g, args[1].clone())?;
    finish(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "__next__")?;
    let r = vm.gen_send(&g, Value::None)?;
    finish(vm, r)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "throw")?;
    args::check(vm, "throw", &args[1..], 1, 3)?;
    let exc = super::asyncgen::make_exc(vm, &args[1..])?;
    vm.throw_args = Some(args[1..].to_vec());
    let r = vm.gen_throw(&g, exc);
    vm.throw_args = None;
    let r = r?;
    finish(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "close")?;
    vm.gen_close(&g)
}

fn gen_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn coro_await(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "__await__")?;
    let cls = vm.coro_wrapper_class();
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::CoroWrapper(g),
        dict: None,
    })))
}

fn agen_aiter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__aiter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn agen_anext(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "__anext__")?;
    Ok(super::asyncgen::new_asend(vm, &g, Value::None))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "asend")?;
    args::check(vm, "asend", &args[1..], 1, 1)?;
    Ok(super::asyncgen::new_asend(vm, &g, args[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "athrow")?;
    args::check(vm, "athrow", &args[1..], 1, 3)?;
    let exc = super::asyncgen::make_exc(vm, &args[1..])?;
    Ok(super::asyncgen::new_athrow(vm, &g, exc.value()))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = this(vm, args, "aclose")?;
    Ok(super::asyncgen::new_aclose(vm, &g))
}

impl Vm {
    pub fn coro_wrapper_class(&mut self) -> Rc<super::ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get("coroutine_wrapper") {
            return c.clone();
        }
        let c = super::class::new_class(
            self.intern("coroutine_wrapper"),
            vec![self.types.object.clone()],
            Rc::new(super::DictObj::new()),
            super::class::Layout::Other,
            true,
        )
        .unwrap_or_else(|_| self.types.object.clone());
        add_methods(
            self,
            &c,
            "coroutine_wrapper",
            BuiltinKind::Method,
            &[
                ("send", gen_send),
                ("throw", gen_throw),
                ("close", gen_close),
                ("__next__", gen_next),
                ("__iter__", gen_iter),
            ],
        );
        self.types
            .iterators
            .borrow_mut()
            .insert("coroutine_wrapper", c.clone());
        c
    }
}

pub fn register(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    add_methods(
        vm,
        &g,
        "generator",
        BuiltinKind::Method,
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__next__", gen_next),
            ("__iter__", gen_iter),
        ],
    );
    let c = vm.types.coroutine.clone();
    add_methods(
        vm,
        &c,
        "coroutine",
        BuiltinKind::Method,
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__await__", coro_await),
        ],
    );
    let a = vm.types.async_generator.clone();
    add_methods(
        vm,
        &a,
        "async_generator",
        BuiltinKind::Method,
        &[
            ("__aiter__", agen_aiter),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
        ],
    );
}
