//! asyncio.Handle and TimerHandle: a scheduled callback. Task steps and
//! wake-ups are variants of their own, so scheduling them allocates no
//! bound method or argument tuple.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::builtins::args;
use crate::objects::function::KwArgs;
use crate::objects::{NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

/// An entry of a loop's ready queue. Task steps and wake-ups scheduled by
/// the loop itself are never seen by scripts, so they need no Handle
/// object: they are queued as plain data.
pub enum Ready {
    Handle(Rc<NativeObj>),
    /// `task.__step(exc)` (exc None for a plain step).
    TaskStep(Rc<NativeObj>, Value),
    /// `task.__wakeup(future)`.
    TaskWakeup(Rc<NativeObj>, Value),
    /// A future's done callback, `callback(future)`.
    Callback(Value, Value),
}

/// A callback's arguments: kept inline for the few most calls pass, so
/// scheduling a callback allocates nothing beyond its handle.
pub type CallArgs = smallvec::SmallVec<[Value; 3]>;

/// `CallArgs` cloned from a slice (`SmallVec`'s generic collect costs
/// several times more for the usual one to three values).
pub fn call_args(a: &[Value]) -> CallArgs {
    // Slots past the length are never read; None owns nothing to leak.
    match a {
        [] => CallArgs::new(),
        [x] => CallArgs::from_buf_and_len([x.clone(), Value::None, Value::None], 1),
        [x, y] => CallArgs::from_buf_and_len([x.clone(), y.clone(), Value::None], 2),
        [x, y, z] => CallArgs::from_buf([x.clone(), y.clone(), z.clone()]),
        _ => CallArgs::from_vec(a.to_vec()),
    }
}

pub enum HandleKind {
    Call {
        callback: Value,
        args: CallArgs,
    },
    /// `task.__step(exc)` (exc None for a plain step).
    TaskStep(Rc<NativeObj>, Value),
    /// `task.__wakeup(future)`.
    TaskWakeup(Rc<NativeObj>, Value),
    /// Already run or cancelled.
    Done,
}

pub struct HandleData {
    pub kind: RefCell<HandleKind>,
    pub cancelled: Cell<bool>,
    pub is_timer: bool,
    pub when: f64,
    pub context: Value,
    /// The loop's count of cancelled timers (to know when to prune the heap).
    pub timer_cancelled: Option<Rc<Cell<usize>>>,
    /// A timer handle traced as part of its loop while the loop alone
    /// holds it (see `gc::owned_handle`).
    pub loop_owned: Cell<bool>,
}

fn this(vm: &mut Vm, a: &[Value]) -> PyResult<Rc<NativeObj>> {
    match a.first() {
        Some(Value::Native(n)) if matches!(n.data, NativeData::Handle(_)) => Ok(n.clone()),
        _ => Err(vm.type_error("descriptor requires an asyncio Handle")),
    }
}

pub fn hd(n: &NativeObj) -> &HandleData {
    match &n.data {
        NativeData::Handle(h) => h,
        _ => unreachable!("not a handle"),
    }
}

/// Cancel a handle: it will not run, and its callback is released.
pub fn cancel(n: &NativeObj) {
    let h = hd(n);
    if h.cancelled.get() {
        return;
    }
    h.cancelled.set(true);
    if h.is_timer {
        if let Some(c) = &h.timer_cancelled {
            c.set(c.get() + 1);
        }
    }
    let old = std::mem::replace(&mut *h.kind.borrow_mut(), HandleKind::Done);
    drop(old);
}

fn h_cancel(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = this(vm, a)?;
    cancel(&h);
    Ok(Value::None)
}

fn h_cancelled(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = this(vm, a)?;
    Ok(Value::Bool(hd(&h).cancelled.get()))
}

fn h_when(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = this(vm, a)?;
    Ok(Value::Float(hd(&h).when))
}

fn h_get_context(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = this(vm, a)?;
    Ok(hd(&h).context.clone())
}

fn h_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = this(vm, a)?;
    super::repr::handle_repr(vm, &h).map(Value::string)
}

fn h_run(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = this(vm, a)?;
    vm.run_handle(&h);
    Ok(Value::None)
}

fn h_cmp(vm: &mut Vm, a: &[Value], op: crate::bytecode::CmpOp) -> PyResult<Value> {
    args::check(vm, "compare", a, 2, 2)?;
    let x = this(vm, a)?;
    let y = match &a[1] {
        Value::Native(n) if matches!(n.data, NativeData::Handle(_)) => n.clone(),
        _ => return Ok(Value::NotImplemented),
    };
    let (wx, wy) = (hd(&x).when, hd(&y).when);
    use crate::bytecode::CmpOp::*;
    Ok(Value::Bool(match op {
        Lt => wx < wy,
        Le => wx <= wy,
        Gt => wx > wy,
        Ge => wx >= wy,
        Eq => Rc::ptr_eq(&x, &y) || (wx == wy && hd(&x).cancelled.get() == hd(&y).cancelled.get()),
        Ne => {
            !(Rc::ptr_eq(&x, &y) || (wx == wy && hd(&x).cancelled.get() == hd(&y).cancelled.get()))
        }
    }))
}

fn h_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    h_cmp(vm, a, crate::bytecode::CmpOp::Lt)
}

fn h_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    h_cmp(vm, a, crate::bytecode::CmpOp::Le)
}

fn h_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    h_cmp(vm, a, crate::bytecode::CmpOp::Gt)
}

fn h_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    h_cmp(vm, a, crate::bytecode::CmpOp::Ge)
}

pub const HANDLE_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("cancel", h_cancel),
    ("cancelled", h_cancelled),
    ("get_context", h_get_context),
    ("__repr__", h_repr),
    ("_run", h_run),
];

pub const TIMER_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("when", h_when),
    ("__lt__", h_lt),
    ("__le__", h_le),
    ("__gt__", h_gt),
    ("__ge__", h_ge),
];
