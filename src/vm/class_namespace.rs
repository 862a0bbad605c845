//! Class bodies whose namespace is a mapping from a metaclass's
//! `__prepare__` that is not a plain dict (enum's, or an ordered or
//! recording mapping): the body's names go through the mapping's
//! `__getitem__` / `__setitem__` / `__delitem__`, as in CPython. The
//! frame keeps an empty dict as its namespace, registered here while the
//! body runs, so plain class bodies pay one emptiness check.

use std::rc::Rc;

use crate::objects::{DictObj, StrObj, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The mapping standing behind the namespace dict `ns`, if any.
    pub fn custom_namespace_of(&self, ns: &Rc<DictObj>) -> Option<Value> {
        let key = Rc::as_ptr(ns) as usize;
        self.custom_namespaces
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, m)| m.clone())
    }

    /// A name read in a class body: the mapping first, then globals and
    /// builtins when the mapping raises KeyError.
    pub fn load_custom_name(&mut self, m: &Value, name: &Rc<StrObj>) -> PyResult<Value> {
        match self.call_method(m, "__getitem__", &[Value::Str(name.clone())]) {
            Ok(v) => return Ok(v),
            Err(e) if e.class().is_subclass(&self.types.key_error) => {}
            Err(e) => return Err(e),
        }
        let (globals, builtins) = match self.frames.last() {
            Some(f) => (f.globals.clone(), f.builtins.clone()),
            None => return Err(self.name_error(name.as_str())),
        };
        if let Some(v) = globals.get_str(name) {
            return Ok(v);
        }
        if let Some(v) = builtins.get_str(name) {
            return Ok(v);
        }
        Err(self.name_error(name.as_str()))
    }

    /// `del name` in a class body: KeyError from the mapping is NameError.
    pub fn delete_custom_name(&mut self, m: &Value, name: &Rc<StrObj>) -> PyResult<()> {
        match self.call_method(m, "__delitem__", &[Value::Str(name.clone())]) {
            Ok(_) => Ok(()),
            Err(e) if e.class().is_subclass(&self.types.key_error) => {
                Err(self.name_error(name.as_str()))
            }
            Err(e) => Err(e),
        }
    }
}
