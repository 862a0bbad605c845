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

pub fn install(vm: &mut Vm) {
    let type_ = vm.types.type_.clone();
    super::add_methods(
        vm,
        &type_,
        "type",
        BuiltinKind::Method,
        &[("__or__", type_or), ("__ror__", type_ror)],
    );
    // The built-in generic classes, so that their subclasses
    // (`class MyList(list)`, `MyList[int]`) subscript too.
    let t = &vm.types;
    let generic = [
        (t.list.clone(), "list"),
        (t.dict.clone(), "dict"),
        (t.tuple.clone(), "tuple"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
        (t.base_exception_group.clone(), "BaseExceptionGroup"),
        (t.exception_group.clone(), "ExceptionGroup"),
    ];
    for (cls, owner) in generic {
        super::add_methods(
            vm,
            &cls,
            owner,
            BuiltinKind::ClassMethod,
            &[("__class_getitem__", class_getitem)],
        );
    }
}

/// `list.__class_getitem__(int)`: `list[int]`. Also `_weft.generic_alias`,
/// the `__class_getitem__` of stdlib classes: `_typeforms` is imported on
/// the first subscript, not when the module defining the class is.
pub fn class_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__class_getitem__", args, 2, 2)?;
    vm.typeforms_call("GenericAlias", &[args[0].clone(), args[1].clone()])
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
        // Of the `builtins` module's classes, the generic ones have their
        // own `__class_getitem__`, and `type[int]` is a special case, as in
        // CPython; native modules' classes (deque, Future...) are generic.
        let name = cls.name();
        let in_builtins = self
            .builtins
            .get_str_text(name.as_str())
            .is_some_and(|v| matches!(&v, Value::Class(c) if Rc::ptr_eq(c, cls)));
        if in_builtins && !Rc::ptr_eq(cls, &self.types.type_) {
            return Err(self.type_error(format!("type '{}' is not subscriptable", name.as_str())));
        }
        self.typeforms_call("GenericAlias", &[obj.clone(), key.clone()])
    }
}
