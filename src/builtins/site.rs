//! `exit`, `quit` and `help`: the objects CPython's site module puts in
//! builtins (classes `_sitebuiltins.Quitter` and `_Helper`). Calling
//! `exit(code)` raises SystemExit(code), exactly as `sys.exit(code)` does,
//! so an embedding host sees the same exit error either way. `help(x)`
//! renders with the stdlib `pydoc` module, loaded on first use.

use std::cell::RefCell;
use std::rc::Rc;

use super::args;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{ClassObj, DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

/// How CPython's site module says Ctrl-D on POSIX.
const EOF_TEXT: &str = "Ctrl-D (i.e. EOF)";

fn site_class(
    vm: &mut Vm,
    name: &'static str,
    methods: &[(&'static str, crate::objects::NativeFn)],
) -> Rc<ClassObj> {
    let n = vm.intern(name);
    let c = new_class(
        n,
        vec![vm.types.object.clone()],
        Rc::new(DictObj::new()),
        Layout::Other,
        true,
    )
    .unwrap_or_else(|_| vm.types.object.clone());
    super::add_methods(vm, &c, name, BuiltinKind::Method, methods);
    super::set_class_attr(vm, &c, "__module__", Value::str("_sitebuiltins"));
    c
}

fn instance(class: Rc<ClassObj>, attrs: &[(&str, Value)]) -> Value {
    let dict = Rc::new(DictObj::new());
    for (k, v) in attrs {
        dict.set_str_text(k, v.clone());
    }
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class,
        data: NativeData::Slots(RefCell::new(Vec::new())),
        dict: Some(dict),
    }))
}

pub fn install(vm: &mut Vm) {
    let quitter = site_class(
        vm,
        "Quitter",
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    );
    let helper = site_class(
        vm,
        "_Helper",
        &[("__repr__", helper_repr), ("__call__", helper_call)],
    );
    let b = vm.builtins.clone();
    for name in ["exit", "quit"] {
        let q = instance(
            quitter.clone(),
            &[("name", Value::str(name)), ("eof", Value::str(EOF_TEXT))],
        );
        b.set_str_text(name, q);
    }
    b.set_str_text("help", instance(helper, &[]));
}

fn attr_text(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<String> {
    let v = vm.get_attr_str(obj, name)?;
    Ok(vm.to_str(&v)?.as_str().to_string())
}

fn quitter_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__repr__", a, 1, 1)?;
    let name = attr_text(vm, &a[0], "name")?;
    let eof = attr_text(vm, &a[0], "eof")?;
    Ok(Value::string(format!("Use {}() or {} to exit", name, eof)))
}

fn quitter_call(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let code = args::arg_or_kw(&a[1..], 0, kw, "code").unwrap_or(Value::None);
    let c = vm.types.system_exit.clone();
    Err(vm.new_exception(&c, vec![code]))
}

fn helper_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__repr__", a, 1, 1)?;
    Ok(Value::str(
        "Type help() for interactive help, or help(object) for help about object.",
    ))
}

fn helper_call(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "_Helper.__call__() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let pydoc = vm.import("pydoc")?;
    let help = vm.get_attr_str(&pydoc, "help")?;
    let args: Vec<Value> = args::arg_or_kw(&a[1..], 0, kw, "request")
        .into_iter()
        .collect();
    vm.call_value(help, &args)
}
