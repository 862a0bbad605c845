//! Instances of user-defined classes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{ClassObj, DictObj, Value};

pub struct InstanceObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub class: RefCell<Rc<ClassObj>>,
    pub dict: Rc<DictObj>,
    /// For subclasses of built-in types (`class C(list)`): the built-in
    /// value the instance wraps, which the built-in methods act on.
    pub base: RefCell<Option<Value>>,
    /// `__del__` has run (it runs once per object, as PEP 442 says).
    pub finalized: Cell<bool>,
}

impl InstanceObj {
    /// A fresh instance; `base` is the wrapped built-in value, if any.
    pub fn new(class: Rc<ClassObj>, base: Option<Value>) -> InstanceObj {
        InstanceObj {
            gc: Default::default(),
            class: RefCell::new(class),
            dict: Rc::new(DictObj::new()),
            base: RefCell::new(base),
            finalized: Cell::new(false),
        }
    }

    pub fn class(&self) -> Rc<ClassObj> {
        self.class.borrow().clone()
    }
}

impl Drop for InstanceObj {
    /// Reference counting cannot call into the VM, so an instance whose
    /// class defines `__del__` hands its contents to a fresh object that
    /// the VM finalizes at its next safe point (the object is "resurrected"
    /// for the call, as CPython does; only its id differs).
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        if self.finalized.get() || !self.class.get_mut().has_del.get() {
            return;
        }
        let heir = InstanceObj {
            gc: Default::default(),
            class: RefCell::new(self.class.get_mut().clone()),
            dict: self.dict.clone(),
            base: RefCell::new(self.base.get_mut().take()),
            finalized: Cell::new(true),
        };
        let heir = Rc::new(heir);
        // Tracked, so that a resurrecting `__del__` leaves a collectable object.
        crate::gc::track(&super::Value::Instance(heir.clone()));
        crate::gc::queue_del(heir);
    }
}
