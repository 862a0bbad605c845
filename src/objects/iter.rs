//! The built-in iterator types: one object type whose state says which
//! iterator it is (`list_iterator`, `enumerate`, `zip`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use super::{DictObj, ListObj, SetObj, StrObj, TupleObj, Value};

pub struct IterObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub state: RefCell<IterState>,
}

impl Drop for IterObj {
    /// Iterators wrap iterators (`map(f, map(g, ...))`), possibly deeply.
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        let st = std::mem::replace(self.state.get_mut(), IterState::Exhausted(""));
        crate::gc::deep_drop::guarded(st, |st, out| {
            crate::gc::trace::iter_children(st, &mut |v| out.push(v.clone()))
        });
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    List {
        list: Rc<ListObj>,
        index: usize,
    },
    ListReverse {
        list: Rc<ListObj>,
        index: usize,
    },
    Tuple {
        tuple: Rc<TupleObj>,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<StrObj>,
        byte_pos: usize,
    },
    Bytes {
        b: Rc<super::BytesObj>,
        index: usize,
    },
    Dict {
        dict: Rc<DictObj>,
        pos: usize,
        len: usize,
        view: DictView,
    },
    DictReverse {
        dict: Rc<DictObj>,
        pos: usize,
        len: usize,
        view: DictView,
    },
    Set {
        set: Rc<SetObj>,
        slot: usize,
        len: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `reversed()` over a sequence with `__len__`/`__getitem__`.
    SeqReverse {
        seq: Value,
        index: i64,
    },
    /// The old sequence protocol: `__getitem__(0)`, `(1)`, ... until IndexError.
    SeqIter {
        seq: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Finished; keeps the type name for type() and repr.
    Exhausted(&'static str),
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            gc: Default::default(),
            state: RefCell::new(state),
        }
    }

    /// The Python type name, as repr and type() show it.
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterState::List { .. } => "list_iterator",
            IterState::ListReverse { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Dict { view, .. } => match view {
                DictView::Keys => "dict_keyiterator",
                DictView::Values => "dict_valueiterator",
                DictView::Items => "dict_itemiterator",
            },
            IterState::DictReverse { view, .. } => match view {
                DictView::Keys => "dict_reversekeyiterator",
                DictView::Values => "dict_reversevalueiterator",
                DictView::Items => "dict_reverseitemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::SeqReverse { .. } => "reversed",
            IterState::SeqIter { .. } => "iterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Exhausted(name) => name,
        }
    }
}
