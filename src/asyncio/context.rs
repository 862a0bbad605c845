//! contextvars in the event loop: each task runs in its own context and
//! each callback in the context it was scheduled with, as in CPython.
//!
//! The running context lives in the `contextvars` module itself (its
//! `_current` global), so the loop pays nothing until a script imports
//! the module, and snapshots save the context with the module. Until
//! then tasks and handles carry no context (None); a task that starts
//! using context variables gets its own context on that step.

use super::future::data;
use crate::objects::{NativeObj, Value};
use crate::vm::{PyResult, Vm};

/// What a step or callback ran in before it entered its own context.
pub struct Entered {
    prev: Value,
}

impl Vm {
    fn contextvars_dict(&mut self) -> Option<std::rc::Rc<crate::objects::DictObj>> {
        // sys.modules changes only on imports: while its version is the one
        // last seen without contextvars, there is nothing to look up.
        let version = self.sys_modules.borrow().version;
        if self.contextvars_absent_at == Some(version) {
            return None;
        }
        match self.sys_modules.get_str(&self.names.contextvars) {
            Some(Value::Module(m)) => Some(m.dict.clone()),
            _ => {
                self.contextvars_absent_at = Some(version);
                None
            }
        }
    }

    /// The context a new task or callback takes: the one given, else a
    /// copy of the running context (None while contextvars is unused).
    pub fn capture_context(&mut self, given: Value) -> PyResult<Value> {
        if !given.is_none() {
            return Ok(given);
        }
        let Some(d) = self.contextvars_dict() else {
            return Ok(Value::None);
        };
        match d.get_str(&self.names.current_context) {
            Some(cur) if !cur.is_none() => self.call_method(&cur, "copy", &[]),
            _ => Ok(Value::None),
        }
    }

    /// Make `ctx` the running context (a None context runs in a fresh one
    /// made when first needed); returns what to restore.
    pub fn enter_context(&mut self, ctx: &Value) -> Option<Entered> {
        let d = self.contextvars_dict()?;
        let prev = d
            .get_str(&self.names.current_context)
            .unwrap_or(Value::None);
        d.set_str(self.names.current_context.clone(), ctx.clone());
        Some(Entered { prev })
    }

    /// Restore the context from before `enter_context`; a task that ran
    /// without one keeps the context its step made.
    pub fn leave_context(&mut self, entered: Option<Entered>, task: Option<&NativeObj>) {
        let Some(e) = entered else {
            return;
        };
        let Some(d) = self.contextvars_dict() else {
            return;
        };
        if let Some(t) = task {
            let made = d
                .get_str(&self.names.current_context)
                .unwrap_or(Value::None);
            if !made.is_none() {
                if let Some(td) = data(t).borrow_mut().task.as_mut() {
                    if td.context.is_none() {
                        td.context = made;
                    }
                }
            }
        }
        d.set_str(self.names.current_context.clone(), e.prev);
    }
}
