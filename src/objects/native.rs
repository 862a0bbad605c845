//! Native objects that are not common enough to have their own `Value`
//! variant. Each is plain data, so a cycle collector can walk it and a
//! snapshot can save it.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ClassObj, DictObj, Value};

pub struct NativeObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub class: Rc<ClassObj>,
    pub data: NativeData,
    /// Attribute dict for natives that allow arbitrary attributes.
    pub dict: Option<Rc<DictObj>>,
}

pub enum NativeData {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        /// The attribute name, from `__set_name__`, for error messages.
        name: std::cell::RefCell<Option<Rc<super::StrObj>>>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// A `__slots__` entry's member descriptor: slot `index` of instances
    /// of `owner` (weak: the descriptor lives in the owner's dict).
    Member {
        name: Rc<super::StrObj>,
        index: u32,
        owner: RefCell<std::rc::Weak<ClassObj>>,
    },
    /// `super(cls, obj)`: the class to start after and the object bound.
    Super {
        this_class: Rc<ClassObj>,
        obj: Value,
        /// The type whose MRO is searched (type(obj), or obj if obj is a class).
        obj_type: Rc<ClassObj>,
    },
    /// A mutable cell of arbitrary state for natives written later
    /// (deque, partial, ...), stored as a list of values.
    Slots(RefCell<Vec<Value>>),
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView {
        dict: Rc<DictObj>,
        view: super::iter::DictView,
    },
    /// `exc.__traceback__`: the entries live in the exception.
    Traceback(Rc<super::ExceptionObj>),
    /// `sys.stdout` (1) and `sys.stderr` (2).
    StdStream(i64),
    /// The awaitables of async generators.
    AgAwaitable(super::asyncgen::AgAwaitable),
    AnextDefault(super::asyncgen::AnextDefault),
    /// `coro.__await__()`: an iterator driving the coroutine.
    CoroWrapper(Rc<super::GenObj>),
    /// asyncio.Future and asyncio.Task.
    Future(RefCell<crate::asyncio::future::FutureData>),
    /// A future dropped with something to report.
    Zombie(Box<crate::asyncio::future::Zombie>),
    /// An asyncio event loop.
    Loop(RefCell<crate::asyncio::event_loop::LoopData>),
    /// asyncio.Handle / TimerHandle.
    Handle(crate::asyncio::handle::HandleData),
    /// The single bare `yield` of `asyncio.sleep(0)`; true once yielded.
    Sleep0(std::cell::Cell<bool>),
    /// `collections.deque` and its iterators.
    Deque(super::deque::DequeData),
    /// A file object made by `open()`.
    File(RefCell<crate::builtins::io_mod::FileState>),
    /// `_random.Random`: a Mersenne Twister state.
    /// Boxed: the state is 2.5 KB and would size every native object.
    Random(Box<RefCell<crate::builtins::random_mt::Mt19937>>),
    DequeIter(super::deque::DequeIter),
    /// `bytearray`.
    ByteArray(super::bytearray::ByteArrayData),
    /// `memoryview`.
    MemoryView(super::memoryview::MemView),
    /// `array.array`.
    Array(super::array::ArrayData),
    /// A `hashlib` hash object's running state (boxed: BLAKE2's is large).
    Hash(RefCell<Box<crate::builtins::hashlib::HashState>>),
    /// A `zlib` compression or decompression stream.
    Zlib(Box<RefCell<crate::builtins::zlib::ZObj>>),
    /// A Rust value owned by a script object: host functions and instances
    /// of host types (see `crate::embed`).
    Host(Box<dyn std::any::Any>),
}

impl Drop for NativeObj {
    fn drop(&mut self) {
        match &self.data {
            // Counted when made (see `gc::new_owned_handle`).
            NativeData::Handle(h) if h.loop_owned.get() => crate::gc::untracked_freed(),
            _ => crate::gc::untrack(&self.gc),
        }
        match &mut self.data {
            NativeData::Deque(d) => {
                let items = std::mem::take(d.items.get_mut());
                crate::gc::deep_drop::guarded(items, |i, out| out.extend(i.iter().cloned()));
            }
            NativeData::Future(_) => crate::asyncio::future::on_drop(self),
            NativeData::MemoryView(m) => m.release(),
            NativeData::Loop(l) => {
                // Handles the loop traced as its own but that outlive it
                // (the program holds them) are tracked from now on.
                l.get_mut().handles().for_each(crate::gc::loop_releases);
            }
            _ => {}
        }
    }
}
