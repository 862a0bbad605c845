//! Module objects: a name and a namespace dict.

use std::rc::Rc;

use super::{DictObj, StrObj};

pub struct ModuleObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub name: Rc<StrObj>,
    pub dict: Rc<DictObj>,
}

impl Drop for ModuleObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}
