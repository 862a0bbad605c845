//! Instances of user-defined classes.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ClassObj, DictObj, Value};

pub struct InstanceObj {
    pub class: RefCell<Rc<ClassObj>>,
    pub dict: Rc<DictObj>,
    /// For subclasses of built-in types (`class C(list)`): the built-in
    /// value the instance wraps, which the built-in methods act on.
    pub base: RefCell<Option<Value>>,
}

impl InstanceObj {
    pub fn class(&self) -> Rc<ClassObj> {
        self.class.borrow().clone()
    }
}
