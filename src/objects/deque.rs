//! `collections.deque`: a double-ended queue, plain data.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::{NativeObj, Value};

pub struct DequeData {
    pub items: RefCell<VecDeque<Value>>,
    /// None for an unbounded deque.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation, so iterators can detect one.
    pub state: Cell<u64>,
}

impl DequeData {
    pub fn new(maxlen: Option<usize>) -> DequeData {
        DequeData {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    pub fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// Append on the right, dropping from the left when full.
    pub fn push_back(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if let Some(m) = self.maxlen.get() {
            if m == 0 {
                return;
            }
            if items.len() >= m {
                items.pop_front();
            }
        }
        items.push_back(v);
    }

    /// Append on the left, dropping from the right when full.
    pub fn push_front(&self, v: Value) {
        self.touch();
        let mut items = self.items.borrow_mut();
        if let Some(m) = self.maxlen.get() {
            if m == 0 {
                return;
            }
            if items.len() >= m {
                items.pop_back();
            }
        }
        items.push_front(v);
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

/// An iterator over a deque, forwards or backwards.
pub struct DequeIter {
    pub deque: Rc<NativeObj>,
    /// Items already produced.
    pub pos: Cell<usize>,
    /// The deque's mutation counter when iteration started.
    pub state: u64,
    pub reverse: bool,
}

/// The collector's view of a deque: its items.
pub fn trace(d: &DequeData, visit: &mut dyn FnMut(&Value)) {
    if let Ok(items) = d.items.try_borrow() {
        for x in items.iter() {
            visit(x);
        }
    }
}

/// Drop a dead deque's items, breaking the cycles through it.
pub fn clear(d: &DequeData) {
    let old = d
        .items
        .try_borrow_mut()
        .map(|mut i| std::mem::take(&mut *i))
        .ok();
    d.touch();
    drop(old);
}
