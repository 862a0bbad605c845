//! Instances of user-defined classes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{ClassObj, DictObj, Value};

pub struct InstanceObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub class: RefCell<Rc<ClassObj>>,
    /// The attribute dict; None for instances of classes whose whole MRO
    /// declares `__slots__` without `__dict__`.
    pub dict: Option<Rc<DictObj>>,
    /// The `__slots__` values, in the class's layout order (base classes'
    /// slots first); `Value::Null` marks an unset slot. Empty (and not
    /// allocated) for classes without slots.
    pub slots: Box<[Cell<Value>]>,
    /// For subclasses of built-in types (`class C(list)`): the built-in
    /// value the instance wraps, which the built-in methods act on.
    pub base: RefCell<Option<Value>>,
    /// `__del__` has run (it runs once per object, as PEP 442 says).
    pub finalized: Cell<bool>,
}

impl InstanceObj {
    /// A fresh instance; `base` is the wrapped built-in value, if any.
    /// The class decides whether it has a dict and how many slots.
    pub fn new(class: Rc<ClassObj>, base: Option<Value>) -> InstanceObj {
        let dict = class.inst_dict.get().then(|| Rc::new(DictObj::new()));
        let n = class.nslots.get() as usize;
        let slots = if n == 0 { Box::default() } else { new_slots(n) };
        InstanceObj {
            gc: Default::default(),
            class: RefCell::new(class),
            dict,
            slots,
            base: RefCell::new(base),
            finalized: Cell::new(false),
        }
    }

    /// An instance that has a dict whatever its class says, for native
    /// code that fills in the attributes of its own classes' objects.
    pub fn with_dict(class: Rc<ClassObj>) -> (InstanceObj, Rc<DictObj>) {
        let mut inst = InstanceObj::new(class, None);
        let d = inst
            .dict
            .get_or_insert_with(|| Rc::new(DictObj::new()))
            .clone();
        (inst, d)
    }

    pub fn class(&self) -> Rc<ClassObj> {
        self.class.borrow().clone()
    }

    /// The value in slot `i`, None when unset (or out of the layout).
    /// Not inlined: the interpreter loop's attribute fast paths call it,
    /// and a copy of `Value::clone` in each would crowd the loop.
    #[inline(never)]
    pub fn slot(&self, i: usize) -> Option<Value> {
        let c = self.slots.get(i)?;
        let v = c.replace(Value::Null);
        let out = (!matches!(v, Value::Null)).then(|| v.clone());
        c.set(v);
        out
    }

    /// Store into slot `i`, returning the old value (Null when unset) for
    /// the caller to drop outside any borrow.
    #[inline(never)]
    pub fn set_slot(&self, i: usize, v: Value) -> Option<Value> {
        self.slots.get(i).map(|c| c.replace(v))
    }

    /// Every set slot value, for tracing and snapshots.
    pub fn slot_values(&self) -> Vec<Value> {
        self.slots
            .iter()
            .map(|c| {
                let v = c.replace(Value::Null);
                let out = v.clone();
                c.set(v);
                out
            })
            .collect()
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
            if !self.slots.is_empty() {
                drop_slots(std::mem::take(&mut self.slots));
            }
            return;
        }
        let heir = InstanceObj {
            gc: Default::default(),
            class: RefCell::new(self.class.get_mut().clone()),
            dict: self.dict.clone(),
            slots: std::mem::take(&mut self.slots),
            base: RefCell::new(self.base.get_mut().take()),
            finalized: Cell::new(true),
        };
        let heir = Rc::new(heir);
        // Tracked, so that a resurrecting `__del__` leaves a collectable object.
        crate::gc::track(&super::Value::Instance(heir.clone()));
        crate::gc::queue_del(heir);
    }
}

/// Free a slot array: a chain of slotted nodes must not free itself
/// recursively. Out of line, so dropping a value stays small where it is
/// inlined (the interpreter loop).
#[inline(never)]
fn drop_slots(slots: Box<[Cell<Value>]>) {
    let slots: Vec<Value> = slots.into_vec().into_iter().map(Cell::into_inner).collect();
    crate::gc::deep_drop::drop_values(slots);
}

/// A slot array of `n` unset slots (out of line: instance creation is
/// inlined into the interpreter loop).
#[inline(never)]
fn new_slots(n: usize) -> Box<[Cell<Value>]> {
    (0..n).map(|_| Cell::new(Value::Null)).collect()
}
