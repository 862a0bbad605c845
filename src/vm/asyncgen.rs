//! Async generators (PEP 525): the awaitables behind `__anext__`,
//! `asend`, `athrow` and `aclose`, and hooks for native awaitables.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::{GenObj, Value};

impl Vm {
    /// The awaitable returned by `agen.__anext__()` / `agen.asend(v)`.
    pub fn asyncgen_asend(&mut self, g: &Rc<GenObj>, v: Value) -> Value {
        crate::objects::asyncgen::new_asend(self, g, v)
    }

    /// `anext(it, default)`.
    pub fn anext_with_default(&mut self, it: Value, default: Value) -> PyResult<Value> {
        crate::objects::asyncgen::anext_with_default(self, it, default)
    }

    /// Awaitables implemented natively (asyncio futures): their iterator.
    pub fn native_awaitable(&mut self, v: &Value) -> PyResult<Option<Value>> {
        crate::objects::asyncgen::native_awaitable(self, v)
    }

    /// SEND into a native iterator without method lookups: Ok(Ok(yielded)),
    /// Ok(Err(returned)), or None when `recv` is not such an iterator.
    pub fn native_send(&mut self, recv: &Value) -> PyResult<Option<Result<Value, Value>>> {
        crate::objects::asyncgen::native_send(self, recv, Value::None)
    }
}
