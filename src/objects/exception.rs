//! Exception objects (instances of BaseException and its subclasses).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{ClassObj, DictObj, Value};
use crate::bytecode::CodeObject;

/// One line of a traceback: the code running and the line it was on.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub line: u32,
    /// Source span (byte offsets) of the failing instruction; (0, 0) when
    /// unknown. Traceback carets underline it.
    pub pos: (u32, u32),
}

pub struct ExceptionObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub class: RefCell<Rc<ClassObj>>,
    /// Always a tuple.
    pub args: RefCell<Value>,
    /// Innermost frame last: entries are appended as the exception unwinds outward.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    pub dict: RefCell<Option<Rc<DictObj>>>,
}

impl Drop for ExceptionObj {
    /// Context chains can be long (an exception raised while handling the
    /// previous one, in a loop).
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        let ctx = std::mem::take(self.context.get_mut());
        let cause = std::mem::take(self.cause.get_mut());
        if matches!(ctx, Value::None) && matches!(cause, Value::None) {
            return;
        }
        crate::gc::deep_drop::guarded((ctx, cause), |(a, b), out| {
            out.push(a.clone());
            out.push(b.clone());
        });
    }
}

impl ExceptionObj {
    pub fn new(class: Rc<ClassObj>, args: Value) -> ExceptionObj {
        ExceptionObj {
            gc: Default::default(),
            class: RefCell::new(class),
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        }
    }

    pub fn class(&self) -> Rc<ClassObj> {
        self.class.borrow().clone()
    }

    pub fn args(&self) -> Value {
        self.args.borrow().clone()
    }

    /// The first argument, or None (StopIteration.value, SystemExit.code).
    pub fn first_arg(&self) -> Value {
        match &*self.args.borrow() {
            Value::Tuple(t) => t.get(0).cloned().unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    pub fn attr_dict(&self) -> Rc<DictObj> {
        let mut d = self.dict.borrow_mut();
        d.get_or_insert_with(|| Rc::new(DictObj::new())).clone()
    }
}
