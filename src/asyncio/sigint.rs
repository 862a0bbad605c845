//! Ctrl-C under `asyncio.run`: as in CPython 3.11, the runner replaces the
//! default "raise KeyboardInterrupt" with a handler that cancels the main
//! task, so its cleanup runs before `asyncio.run` raises KeyboardInterrupt.
//! The handler lives in the `_asyncio` module's namespace (so a snapshot
//! keeps it); the VM calls it when the process's SIGINT flag is seen.

use crate::objects::function::KwArgs;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Where `_set_sigint_handler` keeps the handler.
const HANDLER_KEY: &str = "_sigint_handler";

impl Vm {
    /// SIGINT arrived: call the handler asyncio's runner installed (it
    /// may raise), else raise KeyboardInterrupt.
    pub(crate) fn on_sigint(&mut self) -> PyResult<()> {
        let handler = match self.sys_modules.get_str_text("_asyncio") {
            Some(Value::Module(m)) => m.dict.get_str_text(HANDLER_KEY),
            _ => None,
        };
        match handler {
            Some(h) if !h.is_none() => self.call_value(h, &[]).map(|_| ()),
            _ => {
                let c = self.types.keyboard_interrupt.clone();
                Err(self.new_exception(&c, vec![]))
            }
        }
    }

    /// Whether the running event loop has callbacks ready (a wait for a
    /// timer ends early: a SIGINT handler may have scheduled work).
    pub fn running_loop_has_ready(&self) -> bool {
        match super::event_loop::loop_of(&self.aio().running_loop) {
            Some(l) => !super::event_loop::ld(&l).borrow().ready.is_empty(),
            None => false,
        }
    }
}

/// `_asyncio._set_sigint_handler(f)`: make `f()` what SIGINT does (None:
/// raise KeyboardInterrupt); returns the previous handler.
pub fn set_sigint_handler(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check(vm, "_set_sigint_handler", a, 1, 1)?;
    let m = match vm.sys_modules.get_str_text("_asyncio") {
        Some(Value::Module(m)) => m,
        _ => return Err(vm.runtime_error("_asyncio is not imported")),
    };
    let previous = m.dict.get_str_text(HANDLER_KEY).unwrap_or(Value::None);
    m.dict.set_str_text(HANDLER_KEY, a[0].clone());
    Ok(previous)
}
