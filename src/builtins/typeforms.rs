//! The run-time typing hooks of built-in classes: `int | None` (PEP 604)
//! and `list[int]` (PEP 585). The objects themselves, `types.UnionType`
//! and `types.GenericAlias`, are weft classes in `stdlib/_typeforms.py`;
//! this file only routes the class-object cases of `|` and `[]` to them,
//! so the operator fast paths for other values are untouched.

use std::rc::Rc;

use super::args;
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{ClassObj, Value};
use crate::vm::{PyResult, Vm};

/// Built-in classes of the `builtins` module that CPython 3.11 refuses to
/// subscript (`int[str]` is a TypeError there). Other built-in classes,
/// such as those of native modules, give a generic alias.
const NOT_SUBSCRIPTABLE: &[&str] = &[
    "object",
    "bool",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "memoryview",
    "range",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "super",
];

pub fn install(vm: &mut Vm) {
    let type_ = vm.types.type_.clone();
    super::add_methods(
        vm,
        &type_,
        "type",
        BuiltinKind::Method,
        &[("__or__", type_or), ("__ror__", type_ror)],
    );
}

fn type_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__or__", args, 2, 2)?;
    vm.typeforms_call("_type_or", &[args[0].clone(), args[1].clone()])
}

fn type_ror(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__ror__", args, 2, 2)?;
    vm.typeforms_call("_type_or", &[args[1].clone(), args[0].clone()])
}

impl Vm {
    /// Call a function of `_typeforms` (imported on first use).
    pub fn typeforms_call(&mut self, func: &str, args: &[Value]) -> PyResult<Value> {
        let module = self.import("_typeforms")?;
        let f = self.get_attr_str(&module, func)?;
        self.call_value(f, args)
    }

    /// `a | b` when one side is a class and neither side's own methods
    /// answered: a union, or None to let the caller raise its TypeError.
    #[cold]
    pub fn type_union_or(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(a, Value::Class(_)) && !matches!(b, Value::Class(_)) {
            return Ok(None);
        }
        let r = self.typeforms_call("_type_or", &[a.clone(), b.clone()])?;
        Ok((!matches!(r, Value::NotImplemented)).then_some(r))
    }

    /// `cls[args]` for a built-in class without `__class_getitem__`.
    #[cold]
    pub fn builtin_class_getitem(
        &mut self,
        cls: &Rc<ClassObj>,
        obj: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        let name = cls.name();
        let in_builtins = self
            .builtins
            .get_str_text(name.as_str())
            .is_some_and(|v| matches!(&v, Value::Class(c) if Rc::ptr_eq(c, cls)));
        let is_exception = cls.is_subclass(&self.types.base_exception);
        let refused = in_builtins
            && (NOT_SUBSCRIPTABLE.contains(&name.as_str())
                || (is_exception && !name.as_str().ends_with("ExceptionGroup")));
        if refused {
            return Err(self.type_error(format!("type '{}' is not subscriptable", name.as_str())));
        }
        let alias = {
            let module = self.import("_typeforms")?;
            self.get_attr_str(&module, "GenericAlias")?
        };
        self.call_value(alias, &[obj.clone(), key.clone()])
    }
}
