//! Script functions, native (builtin) functions and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::{CellObj, DictObj, StrObj, Value};
use crate::bytecode::CodeObject;
use crate::vm::{PyResult, Vm};

/// Keyword arguments passed to a native function, in call order.
pub type KwArgs<'a> = &'a [(Rc<StrObj>, Value)];

/// The signature of every native function. For methods, `args[0]` is self.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

pub struct FunctionObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub code: Rc<CodeObject>,
    pub globals: Rc<DictObj>,
    pub name: RefCell<Rc<StrObj>>,
    pub qualname: RefCell<Rc<StrObj>>,
    /// Defaults for the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults for keyword-only parameters.
    pub kwdefaults: RefCell<Option<Rc<DictObj>>>,
    pub closure: Box<[Rc<CellObj>]>,
    /// Function attributes (`f.x = 1`, `__wrapped__`, `__doc__`, ...).
    pub dict: RefCell<Option<Rc<DictObj>>>,
    pub module: Value,
    pub annotations: RefCell<Option<Value>>,
}

/// How a native function binds when found on a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A plain function (module level); never binds.
    Function,
    /// A method descriptor: binds to the instance it is looked up on.
    Method,
    /// Binds to the class (`dict.fromkeys`, `int.from_bytes`).
    ClassMethod,
    /// Never binds (`str.maketrans`).
    StaticMethod,
}

pub struct BuiltinObj {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The class a method belongs to (`str` for `str.upper`), for reprs and
    /// for the "descriptor 'x' requires a 'str' object" check.
    pub owner: Option<&'static str>,
    /// Module name for module-level functions (`time.sleep`).
    pub module: Option<&'static str>,
    /// Whether keyword arguments are accepted at all.
    pub takes_kwargs: bool,
}

pub struct BoundMethodObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub self_: Value,
    pub func: Value,
}

/// A new bound method, registered with the cycle collector (`self.cb =
/// self.method` is a cycle).
pub fn bound_method(m: BoundMethodObj) -> Value {
    let v = Value::BoundMethod(Rc::new(m));
    crate::gc::track(&v);
    v
}

// ---------------------------------------------------------------- methods

use super::function::BuiltinKind as Kind;
use crate::builtins::{add_methods, args};

fn function_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethodObj {
        gc: Default::default(),
        self_: args[1].clone(),
        func: args[0].clone(),
    })))
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let given = args.len().saturating_sub(1);
    if given != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", given)));
    }
    if !vm.is_callable(&args[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(bound_method(BoundMethodObj {
        gc: Default::default(),
        self_: args[2].clone(),
        func: args[1].clone(),
    }))
}

fn method_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__eq__", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::BoundMethod(a), Value::BoundMethod(b)) => {
            Ok(Value::Bool(a.self_.is(&b.self_) && a.func.is(&b.func)))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn method_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__hash__", args, 1, 1)?;
    match &args[0] {
        Value::BoundMethod(m) => Ok(Value::Int((m.self_.id() ^ m.func.id()) >> 4)),
        other => Ok(Value::Int(other.id() >> 4)),
    }
}

fn method_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::BoundMethod(m)) = args.first() else {
        return Err(vm.type_error("descriptor requires a 'method' object"));
    };
    let m = m.clone();
    let qual = match &m.func {
        Value::Function(f) => f.qualname.borrow().as_str().to_string(),
        Value::Builtin(b) => match b.owner {
            Some(o) => format!("{}.{}", o, b.name),
            None => b.name.to_string(),
        },
        other => vm.repr(other)?.as_str().to_string(),
    };
    if let Value::Builtin(b) = &m.func {
        let tn = vm.type_name(&m.self_);
        return Ok(Value::string(format!(
            "<built-in method {} of {} object at {}>",
            b.name,
            tn,
            crate::vm::protocol::addr(&m.self_)
        )));
    }
    let s = vm.repr(&m.self_)?;
    Ok(Value::string(format!(
        "<bound method {} of {}>",
        qual,
        s.as_str()
    )))
}

/// `f.__call__(*args, **kwargs)`: functions, bound methods and built-ins
/// answer `hasattr(f, '__call__')` as in CPython (typing's protocols look
/// for it); calling them directly never goes through it.
fn callable_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    let a: crate::vm::call::ArgVec = args[1..].iter().cloned().collect();
    vm.call_with(f.clone(), a, kw.to_vec())
}

pub fn register(vm: &mut Vm) {
    let fc = vm.types.function.clone();
    add_methods(
        vm,
        &fc,
        "function",
        Kind::Method,
        &[("__get__", function_get), ("__call__", callable_call)],
    );
    let bc = vm.types.builtin_function.clone();
    add_methods(
        vm,
        &bc,
        "builtin_function_or_method",
        Kind::Method,
        &[("__call__", callable_call)],
    );
    let mc = vm.types.method.clone();
    add_methods(
        vm,
        &mc,
        "method",
        Kind::StaticMethod,
        &[("__new__", method_new)],
    );
    add_methods(
        vm,
        &mc,
        "method",
        Kind::Method,
        &[
            ("__eq__", method_eq),
            ("__hash__", method_hash),
            ("__repr__", method_repr),
            ("__call__", callable_call),
        ],
    );
}

impl Drop for FunctionObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}

impl Drop for BoundMethodObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}
