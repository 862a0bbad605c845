//! Module objects: a name and a namespace dict.

use std::rc::Rc;

use super::{DictObj, StrObj};

pub struct ModuleObj {
    pub name: Rc<StrObj>,
    pub dict: Rc<DictObj>,
}
