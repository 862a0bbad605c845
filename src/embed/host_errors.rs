//! Exception classes for the errors host functions return. A
//! `weft::Error` names its exception type; raised in a script it becomes
//! an instance of the class of that name:
//!
//! - a builtin exception (`"ValueError"`, `"KeyError"`, ...): that class;
//! - a class registered with [`Vm::register_exception`]: that class, which
//!   scripts reach by name (it is a builtin of the VM);
//! - any other name: a subclass of `Exception` of that name, made the
//!   first time and kept, so every error of that name is an instance of
//!   the same class. Scripts catch it with `except Exception` (and can
//!   read `type(e).__name__`); to catch it by name, register it.

use std::rc::Rc;

use super::{Error, Result, Value, Vm};
use crate::objects::{ClassObj, DictObj, Value as Raw};

impl Vm {
    /// Make an exception class `name`, a subclass of `base` (the name of
    /// a builtin exception or of a class registered before), and make it
    /// a builtin, so scripts can raise it and catch it by name. Errors a
    /// host function returns with this type name are raised as it.
    /// Registering a name again returns the same class; a name that
    /// errors already used (before any registration) gets the class they
    /// were raised as, if its base is `base`.
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.register_exception("QuotaError", "LookupError").unwrap();
    /// vm.register_fn("charge", |n: i64| {
    ///     if n > 100 {
    ///         Err(weft::Error::new("QuotaError", format!("{} is over quota", n)))
    ///     } else {
    ///         Ok(n)
    ///     }
    /// });
    /// vm.run(
    ///     "try:\n    charge(500)\nexcept QuotaError as e:\n    print(type(e).__name__, isinstance(e, LookupError), e)\n",
    ///     "q.py",
    /// )
    /// .unwrap();
    /// assert_eq!(vm.take_stdout(), "QuotaError True 500 is over quota\n");
    /// let e = vm.run("charge(101)", "q.py").unwrap_err();
    /// assert_eq!(e.to_string(), "QuotaError: 101 is over quota");
    /// ```
    pub fn register_exception(&mut self, name: &str, base: &str) -> Result<Value> {
        let Some(base_cls) = self.exception_class_named(base) else {
            return Err(Error::type_error(format!(
                "base {:?} is not an exception class of this VM",
                base
            )));
        };
        let cls = match self.inner.embed.host_errors.get(name) {
            Some(c) => {
                let same_base = c.bases.borrow().iter().any(|b| Rc::ptr_eq(b, &base_cls));
                if !same_base {
                    return Err(Error::type_error(format!(
                        "exception {} already exists with another base",
                        name
                    )));
                }
                c.clone()
            }
            None => {
                if self.builtin_exception(name).is_some() {
                    return Err(Error::type_error(format!(
                        "{} is already a builtin exception",
                        name
                    )));
                }
                self.make_exception_class(name, base_cls)?
            }
        };
        let key = self.inner.intern(name);
        self.inner.builtins.set_str(key, Raw::Class(cls.clone()));
        Ok(self.val(Raw::Class(cls)))
    }

    /// The class an error named `name` is raised as (see the module doc).
    pub(crate) fn host_error_class(&mut self, name: &str) -> Rc<ClassObj> {
        if name.is_empty() {
            return self.inner.types.exception.clone();
        }
        if let Some(c) = self.exception_class_named(name) {
            return c;
        }
        let base = self.inner.types.exception.clone();
        match self.make_exception_class(name, base) {
            Ok(c) => c,
            Err(_) => self.inner.types.exception.clone(),
        }
    }

    /// A builtin exception or a host exception class named `name`.
    fn exception_class_named(&self, name: &str) -> Option<Rc<ClassObj>> {
        match self.inner.embed.host_errors.get(name) {
            Some(c) => Some(c.clone()),
            None => self.builtin_exception(name),
        }
    }

    fn builtin_exception(&self, name: &str) -> Option<Rc<ClassObj>> {
        let vm = &self.inner;
        vm.builtin_class(name)
            .filter(|c| c.is_subclass(&vm.types.base_exception))
    }

    /// `class name(base)` as a script would write it, with `__module__`
    /// "builtins" (tracebacks show the bare name, as for a builtin).
    fn make_exception_class(&mut self, name: &str, base: Rc<ClassObj>) -> Result<Rc<ClassObj>> {
        if name.is_empty() {
            return Err(Error::type_error("an exception class needs a name"));
        }
        let ns = DictObj::new();
        ns.set_str_text("__module__", Raw::str("builtins"));
        ns.set_str_text("__qualname__", Raw::str(name));
        let meta = Raw::Class(self.inner.types.type_.clone());
        let args = [
            Raw::str(name),
            Raw::tuple(vec![Raw::Class(base)]),
            Raw::dict(ns),
        ];
        let made = self.inner.call_value(meta, &args);
        match made {
            Ok(Raw::Class(c)) => {
                self.inner
                    .embed
                    .host_errors
                    .insert(name.to_string(), c.clone());
                Ok(c)
            }
            Ok(_) => Err(Error::internal("type() did not make a class")),
            Err(e) => Err(self.error_from(e)),
        }
    }
}
