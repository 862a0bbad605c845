//! Built-in functions, the methods of the built-in types, and native
//! modules. `install` fills a new VM's builtins namespace.

pub mod args;
pub mod array_mod;
pub mod base64_mod;
pub mod binascii_mod;
pub mod bytes_printf;
pub mod class_slots;
pub mod classes;
pub mod cmath_mod;
pub mod deque;
pub mod exceptions;
pub mod functions;
pub mod hashlib;
pub mod io_mod;
pub mod json;
pub mod modules;
pub mod os_fs;
pub mod printf;
pub mod random_mod;
pub mod random_mt;
pub mod re;
pub mod site;
pub mod sort;
pub mod stdin;
pub mod strformat;
pub mod struct_fmt;
pub mod struct_mod;
pub mod syntax_error_exc;
pub mod typeforms;
pub mod weft_mod;
pub mod zlib;

use std::rc::Rc;

use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::{BuiltinObj, ClassObj, Value};
use crate::vm::Vm;

/// Per-VM state of native modules.
#[derive(Default)]
pub struct ModuleState {
    pub asyncio: crate::asyncio::AsyncioState,
    pub random: Option<random_mt::Mt19937>,
    pub start_instant: Option<std::time::Instant>,
    /// What the monotonic clock read at `start_instant`, less 1000 s (a
    /// restored snapshot continues the saved VM's clock).
    pub clock_base: f64,
    /// The last main program ended with an uncaught KeyboardInterrupt.
    pub main_interrupted: bool,
    /// Recently decoded JSON object keys, shared between documents.
    pub json_keys: json::KeyCache,
    /// The JSON encoder's output buffer, kept for the next document.
    pub json_out: Vec<u8>,
    /// The interned attribute names `os_fs` fills stat results and
    /// directory entries with, made on first use.
    pub os_keys: Vec<Rc<crate::objects::StrObj>>,
    /// `_struct`'s parsed formats.
    pub struct_cache: struct_mod::FormatCache,
}

/// A module-level native function.
pub fn func(name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name,
        func: f,
        kind: BuiltinKind::Function,
        owner: None,
        module: None,
        takes_kwargs: true,
    }))
}

/// A builtin function that rejects keyword arguments, as most do.
pub fn positional_func(name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name,
        func: f,
        kind: BuiltinKind::Function,
        owner: None,
        module: None,
        takes_kwargs: false,
    }))
}

/// A native function belonging to a named module (for reprs).
pub fn module_func(module: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name,
        func: f,
        kind: BuiltinKind::Function,
        owner: None,
        module: Some(module),
        takes_kwargs: true,
    }))
}

/// Add native methods to a class.
pub fn add_methods(
    vm: &mut Vm,
    cls: &Rc<ClassObj>,
    owner: &'static str,
    kind: BuiltinKind,
    methods: &[(&'static str, NativeFn)],
) {
    for (name, f) in methods {
        let v = Value::Builtin(Rc::new(BuiltinObj {
            name,
            func: *f,
            kind,
            owner: Some(owner),
            module: None,
            takes_kwargs: kind != BuiltinKind::Method || method_takes_kwargs(owner, name),
        }));
        let key = vm.intern(name);
        cls.dict.set_str(key, v);
    }
    cls.invalidate();
}

/// Whether a native method of a core type accepts keyword arguments (the
/// call then fails with "X.m() takes no keyword arguments" as in CPython).
/// Types outside the core keep accepting them and check for themselves.
fn method_takes_kwargs(owner: &str, name: &str) -> bool {
    let core = matches!(
        owner,
        "str"
            | "bytes"
            | "list"
            | "tuple"
            | "dict"
            | "set"
            | "frozenset"
            | "int"
            | "float"
            | "bool"
            | "range"
    );
    !core
        || name.starts_with("__")
        || matches!(
            (owner, name),
            ("list", "sort")
                | ("str" | "bytes", "split" | "rsplit" | "splitlines" | "hex")
                | ("str", "encode" | "expandtabs" | "format")
                | ("bytes", "decode" | "translate")
                | ("dict", "update")
                | ("int", "to_bytes" | "from_bytes")
        )
}

/// A native module's exception class (`struct.error`, `zlib.error`...),
/// made once per VM and kept with the other lazily made classes under
/// `key` ("module.Name"), so snapshots can name it.
pub fn module_exception_class(vm: &mut Vm, key: &'static str, base: Rc<ClassObj>) -> Rc<ClassObj> {
    if let Some(c) = vm.types.iterators.borrow().get(key) {
        return c.clone();
    }
    let (module, name) = key.rsplit_once('.').unwrap_or(("builtins", key));
    let name = vm.intern(name);
    let c = crate::objects::class::new_class(
        name,
        vec![base.clone()],
        Rc::new(crate::objects::DictObj::new()),
        crate::objects::class::Layout::Exception,
        false,
    )
    .unwrap_or(base);
    set_class_attr(vm, &c, "__module__", Value::str(module));
    vm.types.iterators.borrow_mut().insert(key, c.clone());
    c
}

/// Set a plain attribute on a class.
pub fn set_class_attr(vm: &mut Vm, cls: &Rc<ClassObj>, name: &str, v: Value) {
    let key = vm.intern(name);
    cls.dict.set_str(key, v);
    cls.invalidate();
}

pub fn install(vm: &mut Vm) {
    classes::install(vm);
    typeforms::install(vm);
    class_slots::install(vm);
    exceptions::install(vm);
    syntax_error_exc::install(vm);
    exceptions::register_except_star(vm);
    crate::objects::install_type_methods(vm);
    functions::install(vm);
    site::install(vm);
    modules::install(vm);
    crate::asyncio::install(vm);
    // Every built-in class is reachable by name.
    let t = &vm.types;
    let named: Vec<Rc<ClassObj>> = vec![
        t.object.clone(),
        t.type_.clone(),
        t.bool.clone(),
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.bytearray.clone(),
        t.memoryview.clone(),
        t.str.clone(),
        t.bytes.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.super_.clone(),
    ];
    let excs = vm.types.exceptions.clone();
    for c in named.into_iter().chain(excs) {
        let name = c.name();
        vm.builtins.set_str(name, Value::Class(c));
    }
    let b = vm.builtins.clone();
    b.set_str_text("None", Value::None);
    b.set_str_text("True", Value::Bool(true));
    b.set_str_text("False", Value::Bool(false));
    b.set_str_text("Ellipsis", Value::Ellipsis);
    b.set_str_text("NotImplemented", Value::NotImplemented);
    b.set_str_text("__name__", Value::str("builtins"));
    b.set_str_text("__debug__", Value::Bool(true));
    // Python 3.11: these OSError aliases are the same class.
    if let Some(os) = vm.builtin_class("OSError") {
        b.set_str_text("EnvironmentError", Value::Class(os.clone()));
        b.set_str_text("IOError", Value::Class(os));
    }
    for i in 0..128u8 {
        let s = (i as char).to_string();
        let v = vm.intern(&s);
        vm.ascii_chars.push(v);
    }
}

/// A read-only property whose getter is a native function (`complex.real`,
/// `memoryview.nbytes`, ...).
pub fn getter_property(vm: &mut Vm, owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    let getter = Value::Builtin(Rc::new(BuiltinObj {
        name,
        func: f,
        kind: BuiltinKind::Function,
        owner: Some(owner),
        module: None,
        takes_kwargs: false,
    }));
    Value::Native(Rc::new(crate::objects::NativeObj {
        gc: Default::default(),
        class: vm.types.property.clone(),
        data: crate::objects::NativeData::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: Default::default(),
        },
        dict: None,
    }))
}
