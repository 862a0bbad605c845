//! Objects a snapshot names instead of saving: the built-in classes and
//! functions, native modules, and the VM's own containers. Both sides build
//! the same table by walking the same roots, so a path written by one
//! process finds the matching object in another.

use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::{NativeData, Value};
use crate::vm::Vm;

pub struct Known {
    pub by_ptr: HashMap<usize, Rc<str>>,
    pub by_path: HashMap<Rc<str>, Value>,
    /// Native functions by code pointer and name, for builtins made after
    /// the table (each call of a native module builder makes fresh ones).
    pub by_fn: HashMap<(usize, &'static str), Rc<str>>,
}

/// The address that identifies a heap value, or None for scalars.
pub fn ptr_of(v: &Value) -> Option<usize> {
    v.heap_ptr()
}

/// The name of a host function object, if `v` is one.
pub fn host_fn_name(v: &Value) -> Option<String> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::Host(b) => b
                .downcast_ref::<crate::embed::host_fn::HostFnData>()
                .map(|d| d.name.clone()),
            _ => None,
        },
        _ => None,
    }
}

struct Builder {
    k: Known,
}

impl Builder {
    fn add(&mut self, path: &str, v: &Value) -> bool {
        let Some(p) = ptr_of(v) else { return false };
        if self.k.by_ptr.contains_key(&p) {
            return false;
        }
        let path: Rc<str> = path.into();
        if self.k.by_path.contains_key(&path) {
            return false;
        }
        self.k.by_ptr.insert(p, path.clone());
        self.k.by_path.insert(path.clone(), v.clone());
        if let Value::Builtin(b) = v {
            self.k
                .by_fn
                .entry((b.func as usize, b.name))
                .or_insert(path);
        }
        true
    }

    /// Name `v` if it is a native thing, and everything native a built-in
    /// class holds.
    fn visit(&mut self, path: &str, v: &Value) {
        match v {
            Value::Builtin(_) => {
                self.add(path, v);
            }
            Value::Native(n) => {
                if let Some(name) = host_fn_name(v) {
                    self.add(&format!("hostfn.{}", name), v);
                } else if !matches!(
                    n.data,
                    NativeData::Future(_) | NativeData::Loop(_) | NativeData::Handle(_)
                ) {
                    self.add(path, v);
                }
            }
            // Classes made by native code (some, like deque, allow
            // subclassing and are not marked built-in); a script-defined
            // class set on a native module travels by value instead.
            Value::Class(c) if (c.builtin || !script_defined(c)) && self.add(path, v) => {
                let entries = c.dict.borrow().items();
                for (k, x) in entries {
                    if let Value::Str(k) = &k {
                        self.visit(&format!("{}.{}", path, k.as_str()), &x);
                    }
                }
            }
            _ => {}
        }
    }
}

fn script_defined(c: &crate::objects::ClassObj) -> bool {
    c.dict
        .borrow()
        .iter()
        .any(|e| matches!(e.value, Value::Function(_)))
}

pub fn native_module_names(vm: &Vm) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = vm.native_modules.keys().copied().collect();
    names.sort_unstable();
    names
}

/// The table for `vm` as it stands (native modules imported so far only).
pub fn build(vm: &mut Vm) -> Known {
    let mut b = Builder {
        k: Known {
            by_ptr: HashMap::new(),
            by_path: HashMap::new(),
            by_fn: HashMap::new(),
        },
    };
    b.add("vm.builtins", &Value::Dict(vm.builtins.clone()));
    b.add("vm.sys_modules", &Value::Dict(vm.sys_modules.clone()));
    b.add("vm.sys_path", &Value::List(vm.sys_path.clone()));
    for (name, c) in vm.types.named() {
        b.visit(&format!("types.{}", name), &Value::Class(c));
    }
    for c in vm.types.exceptions.clone() {
        let name = c.name().as_str().to_string();
        b.visit(&format!("exc.{}", name), &Value::Class(c));
    }
    let mut lazy: Vec<(&'static str, Rc<crate::objects::ClassObj>)> = vm
        .types
        .iterators
        .borrow()
        .iter()
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    lazy.sort_by_key(|(k, _)| *k);
    for (name, c) in lazy {
        b.visit(&format!("lazy.{}", name), &Value::Class(c));
    }
    for (k, v) in vm.builtins.borrow().items() {
        if let Value::Str(k) = &k {
            b.visit(&format!("builtins.{}", k.as_str()), &v);
        }
    }
    for name in native_module_names(vm) {
        let Some(m) = vm.sys_modules.get_str_text(name) else {
            continue;
        };
        let Value::Module(mo) = &m else { continue };
        b.add(&format!("mod.{}", name), &m);
        b.add(
            &format!("mod.{}.__dict__", name),
            &Value::Dict(mo.dict.clone()),
        );
        for (k, v) in mo.dict.borrow().items() {
            if let Value::Str(k) = &k {
                b.visit(&format!("mod.{}.{}", name, k.as_str()), &v);
            }
        }
    }
    // Host functions kept anywhere a module can reach.
    for (_, m) in vm.sys_modules.borrow().items() {
        if let Value::Module(m) = m {
            for (_, v) in m.dict.borrow().items() {
                if let Some(name) = host_fn_name(&v) {
                    b.add(&format!("hostfn.{}", name), &v);
                }
            }
        }
    }
    let aio = &vm.ext.asyncio;
    let fields = [
        ("aio.task_wakeup_fn", aio.task_wakeup_fn.clone()),
        ("aio.stop_loop_cb", aio.stop_loop_cb.clone()),
    ];
    let classes = [
        ("aio.future_class", aio.future_class.clone()),
        ("aio.task_class", aio.task_class.clone()),
        ("aio.handle_class", aio.handle_class.clone()),
        ("aio.timer_handle_class", aio.timer_handle_class.clone()),
        ("aio.loop_class", aio.loop_class.clone()),
    ];
    for (p, v) in fields {
        b.visit(p, &v);
    }
    for (p, c) in classes {
        if let Some(c) = c {
            b.visit(p, &Value::Class(c));
        }
    }
    if let (Some(a), Some(n)) = vm.iter_methods.clone() {
        b.visit("vm.iter_methods.0", &a);
        b.visit("vm.iter_methods.1", &n);
    }
    b.k
}

/// Make every built-in class that is otherwise made on first use, so the
/// saving and the restoring VM name the same set.
pub fn prime_lazy_classes(vm: &mut Vm) {
    for name in ["dict_keys", "dict_values", "dict_items"] {
        vm.view_class(name);
    }
    vm.coro_wrapper_class();
    vm.traceback_class();
    crate::asyncio::repr::frame_class(vm);
    vm.sleep0_class();
    crate::objects::asyncgen::ag_class(vm, "async_generator_asend");
    crate::objects::asyncgen::ag_class(vm, "async_generator_athrow");
    crate::objects::asyncgen::anext_class(vm);
    crate::builtins::deque::deque_class(vm);
    crate::builtins::deque::iter_class(vm, false);
    crate::builtins::deque::iter_class(vm, true);
    crate::builtins::array_mod::array_class(vm);
    crate::builtins::binascii_mod::error_class(vm, "Error");
    crate::builtins::binascii_mod::error_class(vm, "Incomplete");
}
