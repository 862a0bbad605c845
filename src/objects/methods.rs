//! The special methods every built-in type exposes (`int.__add__`,
//! `list.__len__`, ...). The interpreter uses native fast paths for
//! built-in values; these entries exist so that subclasses of built-in
//! types, `super()` calls and explicit `int.__add__(1, 2)` work.

use std::rc::Rc;

use super::function::{BuiltinKind, KwArgs, NativeFn};
use super::{ClassObj, Value};
use crate::builtins::{add_methods, args};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::{PyResult, Vm};

macro_rules! binops {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                args::check(vm, stringify!($name), args, 2, 2)?;
                vm.builtin_binop_or_notimpl(&args[0], &args[1], $op)
            }
            fn $rname(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                args::check(vm, stringify!($rname), args, 2, 2)?;
                vm.builtin_binop_or_notimpl(&args[1], &args[0], $op)
            }
        )*
    };
}

binops! {
    add, radd => BinOp::Add;
    sub, rsub => BinOp::Sub;
    mul, rmul => BinOp::Mul;
    truediv, rtruediv => BinOp::TrueDiv;
    floordiv, rfloordiv => BinOp::FloorDiv;
    modulo, rmodulo => BinOp::Mod;
    pow, rpow => BinOp::Pow;
    lshift, rlshift => BinOp::LShift;
    rshift, rrshift => BinOp::RShift;
    and, rand => BinOp::And;
    or, ror => BinOp::Or;
    xor, rxor => BinOp::Xor;
}

macro_rules! cmps {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                args::check(vm, stringify!($name), args, 2, 2)?;
                vm.builtin_compare_or_notimpl(&args[0], &args[1], $op)
            }
        )*
    };
}

cmps! {
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    gt => CmpOp::Gt;
    ge => CmpOp::Ge;
}

fn unwrapped(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<Value> {
    args::check(vm, name, args, n, n)?;
    Ok(vm.unwrap_builtin(&args[0]))
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__len__", 1)?;
    vm.len(&s).map(|n| Value::Int(n as i64))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__iter__", 1)?;
    vm.get_iter(&s)
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__getitem__", 2)?;
    if let (Value::Dict(d), Value::Instance(_)) = (&s, &args[0]) {
        // dict subclasses: __missing__ handles absent keys.
        if let Some(v) = vm.dict_get(d, &args[1])? {
            return Ok(v);
        }
        let missing = vm.names.missing.clone();
        if let Some(r) = vm.call_special(&args[0], &missing, &[args[1].clone()])? {
            return Ok(r);
        }
        return Err(vm.key_error(args[1].clone()));
    }
    vm.get_item(&s, &args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__setitem__", 3)?;
    vm.set_item(&s, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__delitem__", 2)?;
    vm.del_item(&s, &args[1])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__contains__", 2)?;
    vm.contains(&s, &args[1]).map(Value::Bool)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__repr__", 1)?;
    vm.repr(&s).map(Value::Str)
}

fn str_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__str__", 1)?;
    match s {
        Value::Str(_) | Value::Bytes(_) => vm.to_str(&s).map(Value::Str),
        // Like object.__str__: a subclass's own __repr__ must be used.
        _ => vm.repr(&args[0]).map(Value::Str),
    }
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__hash__", 1)?;
    vm.hash(&s).map(Value::Int)
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__bool__", 1)?;
    vm.is_true(&s).map(Value::Bool)
}

fn neg(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__neg__", 1)?;
    vm.unary_op(s, crate::bytecode::Op::Neg)
}

fn pos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__pos__", 1)?;
    vm.unary_op(s, crate::bytecode::Op::Pos)
}

fn invert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__invert__", 1)?;
    vm.unary_op(s, crate::bytecode::Op::Invert)
}

fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = unwrapped(vm, args, "__format__", 2)?;
    match &args[1] {
        // An empty spec means str(self), which a subclass may override.
        Value::Str(spec) if spec.as_str().is_empty() => vm.to_str(&args[0]).map(Value::Str),
        Value::Str(spec) => vm.format(&s, spec).map(Value::Str),
        _ => Err(vm.type_error("__format__() argument must be str")),
    }
}

fn iter_self(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__next__", args, 1, 1)?;
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

const NUMERIC: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__bool__", bool_),
];

const INTEGRAL: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
];

const COMPARE: &[(&str, NativeFn)] = &[
    ("__lt__", lt),
    ("__le__", le),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__gt__", gt),
    ("__ge__", ge),
];

// Only str has its own __str__; the rest inherit object.__str__, which
// calls a subclass's __repr__.
const BASIC: &[(&str, NativeFn)] = &[("__repr__", repr)];

const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__getitem__", getitem),
    ("__contains__", contains),
    ("__add__", add),
    ("__radd__", radd),
    ("__mul__", mul),
    ("__rmul__", rmul),
];

fn reg(vm: &mut Vm, cls: &Rc<ClassObj>, owner: &'static str, table: &[(&'static str, NativeFn)]) {
    add_methods(vm, cls, owner, BuiltinKind::Method, table);
}

/// Install the generic special methods of every built-in type, then each
/// type's own methods.
pub fn install(vm: &mut Vm) {
    let t = |vm: &Vm, f: fn(&crate::vm::types::Types) -> &Rc<ClassObj>| f(&vm.types).clone();
    let int = t(vm, |t| &t.int);
    let float = t(vm, |t| &t.float);
    let boolc = t(vm, |t| &t.bool);
    let strc = t(vm, |t| &t.str);
    let bytes = t(vm, |t| &t.bytes);
    let tuple = t(vm, |t| &t.tuple);
    let list = t(vm, |t| &t.list);
    let dict = t(vm, |t| &t.dict);
    let set = t(vm, |t| &t.set);
    let frozenset = t(vm, |t| &t.frozenset);
    let range = t(vm, |t| &t.range);
    for (c, owner) in [(&int, "int"), (&float, "float")] {
        reg(vm, c, owner, NUMERIC);
        reg(vm, c, owner, COMPARE);
        reg(vm, c, owner, BASIC);
        reg(vm, c, owner, &[("__hash__", hash), ("__format__", format)]);
    }
    reg(vm, &int, "int", INTEGRAL);
    let complex = t(vm, |t| &t.complex);
    let arith: Vec<_> = NUMERIC
        .iter()
        .filter(|(n, _)| !n.contains("floordiv") && !n.contains("mod"))
        .copied()
        .collect();
    reg(vm, &complex, "complex", &arith);
    reg(vm, &complex, "complex", BASIC);
    reg(
        vm,
        &complex,
        "complex",
        &[
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
            ("__format__", format),
        ],
    );
    reg(vm, &boolc, "bool", BASIC);
    reg(
        vm,
        &strc,
        "str",
        &[("__format__", format), ("__str__", str_)],
    );
    for (c, owner) in [
        (&strc, "str"),
        (&bytes, "bytes"),
        (&tuple, "tuple"),
        (&list, "list"),
    ] {
        reg(vm, c, owner, SEQUENCE);
        reg(vm, c, owner, COMPARE);
        reg(vm, c, owner, BASIC);
    }
    for (c, owner) in [(&strc, "str"), (&bytes, "bytes"), (&tuple, "tuple")] {
        reg(vm, c, owner, &[("__hash__", hash)]);
    }
    reg(
        vm,
        &strc,
        "str",
        &[("__mod__", modulo), ("__rmod__", rmodulo)],
    );
    reg(
        vm,
        &list,
        "list",
        &[("__setitem__", setitem), ("__delitem__", delitem)],
    );
    set_none_hash(vm, &list);
    reg(
        vm,
        &dict,
        "dict",
        &[
            ("__len__", len),
            ("__iter__", iter),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__or__", or),
            ("__ror__", ror),
        ],
    );
    reg(vm, &dict, "dict", COMPARE);
    reg(vm, &dict, "dict", BASIC);
    set_none_hash(vm, &dict);
    for (c, owner) in [(&set, "set"), (&frozenset, "frozenset")] {
        reg(
            vm,
            c,
            owner,
            &[
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
                ("__and__", and),
                ("__rand__", rand),
                ("__or__", or),
                ("__ror__", ror),
                ("__sub__", sub),
                ("__rsub__", rsub),
                ("__xor__", xor),
                ("__rxor__", rxor),
            ],
        );
        reg(vm, c, owner, COMPARE);
        reg(vm, c, owner, BASIC);
    }
    reg(vm, &frozenset, "frozenset", &[("__hash__", hash)]);
    set_none_hash(vm, &set);
    reg(
        vm,
        &range,
        "range",
        &[
            ("__len__", len),
            ("__iter__", iter),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__repr__", repr),
            ("__hash__", hash),
            ("__eq__", eq),
            ("__ne__", ne),
        ],
    );
    // Iterator classes share these two methods.
    let it = crate::builtins::func("__iter__", iter_self);
    let nx = crate::builtins::func("__next__", iter_next);
    let as_method = |v: Value, owner: &'static str| match v {
        Value::Builtin(b) => Value::Builtin(Rc::new(super::BuiltinObj {
            name: b.name,
            func: b.func,
            kind: BuiltinKind::Method,
            owner: Some(owner),
            module: None,
            takes_kwargs: false,
        })),
        other => other,
    };
    vm.iter_methods = (
        Some(as_method(it, "iterator")),
        Some(as_method(nx, "iterator")),
    );

    super::int::register(vm);
    super::float::register(vm);
    super::num_extra::register(vm);
    super::complex::register(vm);
    super::bytearray::register(vm);
    super::memoryview::register(vm);
    super::str::register(vm);
    super::bytes::register(vm);
    super::tuple::register(vm);
    super::list::register(vm);
    super::dict::register(vm);
    super::set::register(vm);
    super::range::register(vm);
    super::slice::register(vm);
    super::function::register(vm);
    super::generator::register(vm);
}

fn set_none_hash(vm: &mut Vm, cls: &Rc<ClassObj>) {
    let k = vm.names.hash.clone();
    cls.dict.set_str(k, Value::None);
    cls.invalidate();
}
