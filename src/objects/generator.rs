//! Generator, coroutine and async generator objects: each owns its
//! suspended frame while it is not running.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::StrObj;
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
    pub name: RefCell<Rc<StrObj>>,
    pub qualname: RefCell<Rc<StrObj>>,
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
    /// Where a dropped, suspended generator leaves its frame so the VM can
    /// close it (run its `finally` blocks) at the next safe point.
    pub finalizer_queue: Option<Rc<RefCell<Vec<Box<Frame>>>>>,
    /// Where "never awaited" warnings go (destructors cannot reach the VM).
    pub warning_queue: Option<Rc<RefCell<Vec<String>>>>,
}

impl Drop for GenObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        if self.warn_unawaited.get() && !self.started.get() {
            if let Some(q) = &self.warning_queue {
                if let Ok(mut q) = q.try_borrow_mut() {
                    q.push(format!(
                        "RuntimeWarning: coroutine '{}' was never awaited",
                        self.qualname.borrow().as_str()
                    ));
                    crate::gc::request_safe_point();
                }
            }
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        // Only a started generator can be inside a try or with block.
        if self.started.get() && !self.finished.get() && !frame.code.exc_table.is_empty() {
            if let Some(q) = &self.finalizer_queue {
                if let Ok(mut q) = q.try_borrow_mut() {
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

impl GenObj {
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
    vm.ext.throw_args = Some(args[1..].to_vec());
    let r = vm.gen_throw(&g, exc);
    vm.ext.throw_args = None;
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
