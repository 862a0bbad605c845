//! The awaitables of async generators (PEP 525). Awaiting `agen.asend(v)`
//! resumes the generator's frame: a real `yield` in the generator ends the
//! awaitable with StopIteration(value); a value passing through from an
//! `await` inside the generator is yielded on to the event loop.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs};
use super::{GenObj, NativeData, NativeObj, Value};
use crate::vm::run::Exit;
use crate::vm::{PyErr, PyResult, Vm};

/// What an async generator awaitable does when first driven.
#[derive(Clone)]
pub enum AgOp {
    /// `__anext__()` / `asend(v)`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(Value),
    /// `aclose()`.
    Close,
}

pub struct AgAwaitable {
    pub gen: Rc<GenObj>,
    pub op: AgOp,
    /// 0 = not started, 1 = running (delegating awaits), 2 = done.
    pub state: Cell<u8>,
}

/// `anext(it, default)`: an awaitable that turns StopAsyncIteration into `default`.
pub struct AnextDefault {
    pub awaitable: RefCell<Value>,
    pub default: Value,
}

/// `async_generator_asend` or `async_generator_athrow` (same methods).
pub(crate) fn ag_class(vm: &mut Vm, name: &'static str) -> Rc<super::ClassObj> {
    if let Some(c) = vm.types.iterators.borrow().get(name) {
        return c.clone();
    }
    let c = super::class::new_class(
        vm.intern(name),
        vec![vm.types.object.clone()],
        Rc::new(super::DictObj::new()),
        super::class::Layout::Other,
        true,
    )
    .unwrap_or_else(|_| vm.types.object.clone());
    crate::builtins::add_methods(
        vm,
        &c,
        name,
        BuiltinKind::Method,
        &[
            ("send", aw_send),
            ("throw", aw_throw),
            ("close", aw_close),
            ("__await__", aw_self),
            ("__iter__", aw_self),
            ("__next__", aw_next),
        ],
    );
    vm.types.iterators.borrow_mut().insert(name, c.clone());
    c
}

fn new_awaitable(vm: &mut Vm, g: &Rc<GenObj>, op: AgOp) -> Value {
    let name = match op {
        AgOp::Send(_) => "async_generator_asend",
        _ => "async_generator_athrow",
    };
    let cls = ag_class(vm, name);
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::AgAwaitable(AgAwaitable {
            gen: g.clone(),
            op,
            state: Cell::new(0),
        }),
        dict: None,
    }))
}

pub fn new_asend(vm: &mut Vm, g: &Rc<GenObj>, v: Value) -> Value {
    new_awaitable(vm, g, AgOp::Send(v))
}

pub fn new_athrow(vm: &mut Vm, g: &Rc<GenObj>, exc: Value) -> Value {
    new_awaitable(vm, g, AgOp::Throw(exc))
}

pub fn new_aclose(vm: &mut Vm, g: &Rc<GenObj>) -> Value {
    new_awaitable(vm, g, AgOp::Close)
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<NativeObj>> {
    match args.first() {
        Some(Value::Native(n)) if matches!(n.data, NativeData::AgAwaitable(_)) => Ok(n.clone()),
        _ => Err(vm.type_error("descriptor requires an async generator awaitable")),
    }
}

fn aw_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = this(vm, args)?;
    Ok(Value::Native(n))
}

fn aw_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = this(vm, args)?;
    step(vm, &n, Value::None, None)
}

fn aw_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = this(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    step(vm, &n, v, None)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = this(vm, args)?;
    let exc = make_exc(vm, &args[1..])?;
    step(vm, &n, Value::None, Some(exc))
}

fn aw_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = this(vm, args)?;
    if let NativeData::AgAwaitable(a) = &n.data {
        a.state.set(2);
    }
    Ok(Value::None)
}

/// Turn `throw(type[, value])` arguments into an exception.
/// The exception `throw(typ[, val[, tb]])` raises, normalized as CPython does.
pub fn make_exc(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    if let Some(tb) = args.get(2) {
        if !tb.is_none() && vm.type_name(tb) != "traceback" {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let val = args.get(1).cloned().unwrap_or(Value::None);
    match args.first() {
        Some(Value::Exception(e)) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            Ok(PyErr(e.clone()))
        }
        Some(Value::Class(c)) if c.is_subclass(&vm.types.base_exception) => {
            let v = match val {
                Value::Exception(e) if e.class().is_subclass(c) => return Ok(PyErr(e)),
                Value::None => vm.call_value(Value::Class(c.clone()), &[])?,
                Value::Tuple(t) => vm.call_value(Value::Class(c.clone()), t.as_slice())?,
                other => vm.call_value(Value::Class(c.clone()), &[other])?,
            };
            match v {
                Value::Exception(e) => Ok(PyErr(e)),
                other => {
                    let msg = format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        c.name().as_str(),
                        vm.type_name(&other)
                    );
                    Err(vm.type_error(&msg))
                }
            }
        }
        other => {
            let tn = match other {
                Some(Value::Class(_)) => "type".to_string(),
                Some(v) => vm.type_name(v),
                None => "NoneType".to_string(),
            };
            let msg = format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                tn
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// CPython's `firstiter` hook: remember an async generator started under a
/// running loop so the loop can close it at shutdown.
fn register_first_iter(vm: &mut Vm, g: &Rc<GenObj>) {
    let Value::Native(l) = vm.aio().running_loop.clone() else {
        return;
    };
    let regs = &mut vm.aio_mut().asyncgens;
    if regs
        .iter()
        .any(|(_, w)| std::ptr::eq(w.as_ptr(), Rc::as_ptr(g)))
    {
        return;
    }
    // Drop entries for generators that are gone.
    regs.retain(|(_, w)| w.strong_count() > 0);
    regs.push((Rc::downgrade(&l), Rc::downgrade(g)));
}

/// Drive an async generator awaitable one step.
fn step(vm: &mut Vm, n: &Rc<NativeObj>, v: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let NativeData::AgAwaitable(a) = &n.data else {
        return Err(vm.type_error("not an async generator awaitable"));
    };
    let g = a.gen.clone();
    match a.state.get() {
        2 => Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()")),
        0 => {
            if g.ag_running.get() {
                let what = match a.op {
                    AgOp::Send(_) => "anext(): asynchronous generator is already running",
                    AgOp::Throw(_) => "athrow(): asynchronous generator is already running",
                    AgOp::Close => "aclose(): asynchronous generator is already running",
                };
                return Err(vm.runtime_error(what));
            }
            if !g.started.get() {
                register_first_iter(vm, &g);
            }
            a.state.set(1);
            g.ag_running.set(true);
            let first = match (&a.op, throw) {
                (_, Some(e)) => Err(e),
                (AgOp::Send(sv), None) => {
                    let sv = if sv.is_none() { v } else { sv.clone() };
                    Ok(sv)
                }
                (AgOp::Throw(exc), None) => Err(make_exc(vm, std::slice::from_ref(exc))?),
                (AgOp::Close, None) => {
                    let ge = vm.types.generator_exit.clone();
                    Err(PyErr(Rc::new(super::ExceptionObj::new(
                        ge,
                        Value::tuple(vec![]),
                    ))))
                }
            };
            if matches!(a.op, AgOp::Close | AgOp::Throw(_))
                && (!g.started.get() || g.finished.get())
            {
                // Nothing to throw into: closing is done; a throw raises.
                g.finished.set(true);
                g.started.set(true);
                g.discard_frame();
                a.state.set(2);
                g.ag_running.set(false);
                return match (&a.op, first) {
                    (AgOp::Close, _) => Err(vm.stop_iteration(Value::None)),
                    (_, Err(e)) => Err(e),
                    _ => Err(vm.stop_iteration(Value::None)),
                };
            }
            let r = match first {
                Ok(sv) => resume(vm, &g, sv),
                Err(e) => vm.gen_throw_exit(&g, e),
            };
            finish(vm, a, &g, r)
        }
        _ => {
            let r = match throw {
                Some(e) => vm.gen_throw_exit(&g, e),
                None => resume(vm, &g, v),
            };
            finish(vm, a, &g, r)
        }
    }
}

fn resume(vm: &mut Vm, g: &Rc<GenObj>, v: Value) -> PyResult<Exit> {
    if !g.running.get() && !g.has_frame() {
        return Ok(Exit::Return(Value::None));
    }
    vm.gen_send_exit(g, v)
}

/// Classify what the generator did.
fn finish(vm: &mut Vm, a: &AgAwaitable, g: &Rc<GenObj>, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v, true)) => Ok(v),
        Ok(Exit::Yield(v, false)) => {
            a.state.set(2);
            g.ag_running.set(false);
            if matches!(a.op, AgOp::Close) {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            Err(vm.stop_iteration(v))
        }
        Ok(Exit::Return(_)) => {
            a.state.set(2);
            g.ag_running.set(false);
            if matches!(a.op, AgOp::Close) {
                return Err(vm.stop_iteration(Value::None));
            }
            let c = vm.types.stop_async_iteration.clone();
            Err(vm.new_exception(&c, vec![]))
        }
        Err(e) => {
            a.state.set(2);
            g.ag_running.set(false);
            if matches!(a.op, AgOp::Close) {
                let sai = vm.types.stop_async_iteration.clone();
                let ge = vm.types.generator_exit.clone();
                if e.is_instance(&sai) || e.is_instance(&ge) {
                    return Err(vm.stop_iteration(Value::None));
                }
            }
            Err(e)
        }
    }
}

pub(crate) fn anext_class(vm: &mut Vm) -> Rc<super::ClassObj> {
    if let Some(c) = vm.types.iterators.borrow().get("anext_awaitable") {
        return c.clone();
    }
    let c = super::class::new_class(
        vm.intern("anext_awaitable"),
        vec![vm.types.object.clone()],
        Rc::new(super::DictObj::new()),
        super::class::Layout::Other,
        true,
    )
    .unwrap_or_else(|_| vm.types.object.clone());
    crate::builtins::add_methods(
        vm,
        &c,
        "anext_awaitable",
        BuiltinKind::Method,
        &[
            ("send", ad_send),
            ("throw", ad_throw),
            ("close", aw_close_noop),
            ("__await__", ad_self),
            ("__iter__", ad_self),
            ("__next__", ad_next),
        ],
    );
    vm.types
        .iterators
        .borrow_mut()
        .insert("anext_awaitable", c.clone());
    c
}

pub fn anext_with_default(vm: &mut Vm, it: Value, default: Value) -> PyResult<Value> {
    let aw = match &it {
        Value::Generator(g) if g.kind == super::generator::GenKind::AsyncGenerator => {
            let g = g.clone();
            new_asend(vm, &g, Value::None)
        }
        _ => {
            let name = vm.names.anext.clone();
            match vm.call_special(&it, &name, &[])? {
                Some(v) => v,
                None => {
                    let tn = vm.type_name(&it);
                    return Err(vm.type_error(format!("'{}' object is not an async iterator", tn)));
                }
            }
        }
    };
    let aw = vm.get_awaitable(aw, crate::bytecode::AwaitableWhere::Await)?;
    let cls = anext_class(vm);
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::AnextDefault(AnextDefault {
            awaitable: RefCell::new(aw),
            default,
        }),
        dict: None,
    })))
}

fn ad_this(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<NativeObj>> {
    match args.first() {
        Some(Value::Native(n)) if matches!(n.data, NativeData::AnextDefault(_)) => Ok(n.clone()),
        _ => Err(vm.type_error("descriptor requires an anext awaitable")),
    }
}

fn ad_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Native(ad_this(vm, args)?))
}

fn aw_close_noop(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn ad_drive(vm: &mut Vm, n: &Rc<NativeObj>, v: Value, throw: Option<Value>) -> PyResult<Value> {
    let NativeData::AnextDefault(ad) = &n.data else {
        return Err(vm.type_error("not an anext awaitable"));
    };
    let inner = ad.awaitable.borrow().clone();
    let r = match throw {
        Some(e) => vm.call_method(&inner, "throw", &[e]),
        None => {
            if v.is_none() {
                match vm.next(&inner) {
                    Ok(Some(y)) => Ok(y),
                    Ok(None) => Err(vm.stop_iteration(Value::None)),
                    Err(e) => Err(e),
                }
            } else {
                vm.call_method(&inner, "send", &[v])
            }
        }
    };
    match r {
        Err(e) if e.is_instance(&vm.types.stop_async_iteration.clone()) => {
            let d = ad.default.clone();
            Err(vm.stop_iteration(d))
        }
        other => other,
    }
}

fn ad_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = ad_this(vm, args)?;
    ad_drive(vm, &n, Value::None, None)
}

fn ad_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = ad_this(vm, args)?;
    ad_drive(vm, &n, args.get(1).cloned().unwrap_or(Value::None), None)
}

fn ad_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = ad_this(vm, args)?;
    ad_drive(vm, &n, Value::None, args.get(1).cloned())
}

/// Awaitables implemented natively: their iterator is themselves.
pub fn native_awaitable(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let _ = vm;
    if let Value::Native(n) = v {
        if matches!(
            n.data,
            NativeData::AgAwaitable(_)
                | NativeData::AnextDefault(_)
                | NativeData::Future(_)
                | NativeData::Sleep0(_)
                | NativeData::CoroWrapper(_)
        ) {
            return Ok(Some(v.clone()));
        }
    }
    Ok(None)
}

/// SEND into native awaitables without method lookups.
pub fn native_send(vm: &mut Vm, recv: &Value, v: Value) -> PyResult<Option<Result<Value, Value>>> {
    if let Value::Native(n) = recv {
        match &n.data {
            NativeData::Future(_) => {
                let n = n.clone();
                return crate::asyncio::future::future_send(vm, &n).map(Some);
            }
            NativeData::Sleep0(_) => return Ok(crate::asyncio::sleep0_step(recv)),
            _ => {}
        }
        if let NativeData::AgAwaitable(_) = &n.data {
            let n = n.clone();
            return match step(vm, &n, v, None) {
                Ok(y) => Ok(Some(Ok(y))),
                Err(e) if e.is_instance(&vm.types.stop_iteration.clone()) => {
                    Ok(Some(Err(e.0.first_arg())))
                }
                Err(e) => Err(e),
            };
        }
    }
    Ok(None)
}
