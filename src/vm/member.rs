//! Member descriptors: how `__slots__` entries read, write and delete the
//! slot array of an instance (`objects/instance.rs`). Instances whose
//! objects have no slot array (exception subclasses) keep the value in
//! their attribute dict instead.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::{ClassObj, NativeData, StrObj, Value};

/// The parts of a member descriptor value.
pub struct Member {
    pub name: Rc<StrObj>,
    pub index: usize,
    pub owner: Option<Rc<ClassObj>>,
}

pub fn member_of(v: &Value) -> Option<Member> {
    let Value::Native(n) = v else { return None };
    match &n.data {
        NativeData::Member { name, index, owner } => Some(Member {
            name: name.clone(),
            index: *index as usize,
            owner: owner.borrow().upgrade(),
        }),
        _ => None,
    }
}

impl Vm {
    /// A new member descriptor for slot `index` of `owner`'s instances.
    pub fn new_member(&self, name: Rc<StrObj>, index: u32, owner: &Rc<ClassObj>) -> Value {
        Value::Native(Rc::new(crate::objects::NativeObj {
            gc: Default::default(),
            class: self.types.member_descriptor.clone(),
            data: NativeData::Member {
                name,
                index,
                owner: std::cell::RefCell::new(Rc::downgrade(owner)),
            },
            dict: None,
        }))
    }

    /// The TypeError for a descriptor used on an object of another type.
    pub fn member_check(&mut self, m: &Member, obj: &Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        match &m.owner {
            Some(o) if cls.is_subclass(o) => Ok(()),
            _ => {
                let owner = m
                    .owner
                    .as_ref()
                    .map(|o| o.name().as_str().to_string())
                    .unwrap_or_default();
                Err(self.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    m.name.as_str(),
                    owner,
                    cls.name().as_str()
                )))
            }
        }
    }

    /// `obj.<slot>` (the object's type is known to be a subclass of the
    /// owner).
    pub fn member_get(&mut self, m: &Member, obj: &Value) -> PyResult<Value> {
        let got = match obj {
            Value::Instance(i) => i.slot(m.index),
            Value::Exception(e) => e.dict.borrow().as_ref().and_then(|d| d.get_str(&m.name)),
            _ => None,
        };
        match got {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, &m.name)),
        }
    }

    /// `obj.<slot> = value`.
    pub fn member_set(&mut self, m: &Member, obj: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(i) => match i.set_slot(m.index, value) {
                Some(old) => drop(old),
                None => return Err(self.no_attribute(obj, &m.name)),
            },
            Value::Exception(e) => e.attr_dict().set_str(m.name.clone(), value),
            _ => return Err(self.no_attribute(obj, &m.name)),
        }
        Ok(())
    }

    /// `del obj.<slot>`: CPython names just the attribute when it is unset.
    pub fn member_delete(&mut self, m: &Member, obj: &Value) -> PyResult<()> {
        let old = match obj {
            Value::Instance(i) => i.set_slot(m.index, Value::Null),
            Value::Exception(e) => e.dict.borrow().as_ref().and_then(|d| d.del_str(&m.name)),
            _ => None,
        };
        match old {
            Some(Value::Null) | None => Err(self.attribute_error(m.name.as_str())),
            Some(v) => {
                drop(v);
                Ok(())
            }
        }
    }
}
