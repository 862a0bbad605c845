//! Native modules written by the host, importable from scripts.

use std::rc::Rc;

use super::host_fn::{erase, make_fn_object, HostFn, RawFn};
use super::{IntoValue, Result, Value, Vm};
use crate::objects::{ModuleObj, Value as Raw};

/// Fills a host module; made by [`Vm::module`]. The module is importable
/// as soon as it is made.
///
/// ```
/// let mut vm = weft::Vm::builder().capture_output().build();
/// vm.module("geometry")
///     .function("area", |w: f64, h: f64| w * h)
///     .constant("UNIT", "cm");
/// vm.run("import geometry\nprint(geometry.area(2, 3), geometry.UNIT)", "g.py").unwrap();
/// assert_eq!(vm.take_stdout(), "6.0 cm\n");
/// ```
pub struct ModuleBuilder<'vm> {
    vm: &'vm mut Vm,
    module: Rc<ModuleObj>,
}

impl Vm {
    /// Make (or reopen) the host module `name`, registered in `sys.modules`.
    pub fn module(&mut self, name: &str) -> ModuleBuilder<'_> {
        let existing = self.inner.sys_modules.get_str_text(name);
        let module = match existing {
            Some(Raw::Module(m)) => m,
            _ => {
                let m = self.inner.new_module(name, None);
                let key = self.inner.intern(name);
                self.inner.sys_modules.set_str(key, Raw::Module(m.clone()));
                m
            }
        };
        ModuleBuilder { vm: self, module }
    }
}

impl<'vm> ModuleBuilder<'vm> {
    /// Add a function with automatic conversion (see [`HostFn`]).
    pub fn function<M, F: HostFn<M>>(self, name: &str, f: F) -> Self {
        let raw = erase(name, f);
        self.add_fn(name, raw)
    }

    /// Add a function taking the VM and raw arguments.
    pub fn native(
        self,
        name: &str,
        f: impl Fn(&mut Vm, &[Value]) -> Result<Value> + 'static,
    ) -> Self {
        let raw: RawFn = Rc::new(move |vm: &mut Vm, args: &[Raw]| {
            let a: Vec<Value> = args.iter().map(|x| vm.val(x.clone())).collect();
            let r = f(vm, &a)?;
            vm.own(&r).cloned()
        });
        self.add_fn(name, raw)
    }

    fn add_fn(self, name: &str, raw: RawFn) -> Self {
        let obj = make_fn_object(self.vm, name, raw, false);
        self.set(name, obj)
    }

    /// Add a value (a constant, a class made with [`Vm::register_type`]...).
    /// A value that fails to convert is stored as `None`.
    pub fn constant(self, name: &str, v: impl IntoValue) -> Self {
        let v = v.into_value(self.vm).map(|v| v.0).unwrap_or(Raw::None);
        self.set(name, v)
    }

    fn set(self, name: &str, v: Raw) -> Self {
        let key = self.vm.inner.intern(name);
        self.module.dict.set_str(key, v);
        self
    }

    /// The module object.
    pub fn value(&self) -> Value {
        self.vm.val(Raw::Module(self.module.clone()))
    }
}
