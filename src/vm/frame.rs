//! Frames: one activation of a code object. Frames live on the heap
//! (`Box<Frame>`), so a generator can own its suspended frame and the
//! interpreter loop can move it on and off the running chain.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::objects::{DictObj, GenObj, Value};

/// What to do with a frame's result when it returns or yields.
#[derive(Clone)]
pub enum Resume {
    /// Entered from Rust: the interpreter loop returns to its caller.
    Native,
    /// A call from script code: push the result on the caller's stack.
    Call,
    /// `__init__` run by a class call: push the instance instead (the
    /// return value must be None).
    Init(Value),
    /// A generator resumed by `FOR_ITER` whose exit target is given.
    ForIter(u32),
    /// A sub-iterator resumed by `SEND`; on return, jump to the target.
    Send(u32),
    /// A generator resumed by a script call of `send()` or `next()`: a
    /// yield pushes the value on the caller's stack, a return raises
    /// StopIteration in the caller.
    CallGen,
    /// A generator resumed by `SEND` on behalf of a `close()` or a thrown
    /// GeneratorExit: when it returns, GeneratorExit is raised in the
    /// delegating frame instead (PEP 380).
    SendClose,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    pub ip: usize,
    /// Local slots; `Value::Null` is an unbound variable.
    pub locals: Vec<Value>,
    pub stack: Vec<Value>,
    pub globals: Rc<DictObj>,
    pub builtins: Rc<DictObj>,
    /// The namespace of module and class bodies (LOAD_NAME/STORE_NAME).
    pub namespace: Option<Rc<DictObj>>,
    /// The exception being handled by an `except`/`finally` in this frame.
    pub handled: Value,
    /// The generator that owns this frame, while it runs.
    pub gen: Option<Rc<GenObj>>,
    pub resume: Resume,
}

impl Frame {
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

/// Push and pop on a value stack one machine word at a time.
///
/// A `Value` usually arrives in two registers; `Vec::push` spills them as
/// two 8-byte stores and copies the value with one 16-byte load, which
/// cannot be forwarded from those stores and stalls. Word-sized accesses
/// forward.
pub trait ValueStack {
    fn push_v(&mut self, v: Value);
    fn pop_v(&mut self) -> Option<Value>;
    /// Push a copy of `v` (which must not live in this vector), copying
    /// word by word: `v` may have been written as two words just before
    /// (an argument moved into a local), and a whole 16-byte load of it
    /// would stall on store forwarding.
    fn push_clone(&mut self, v: &Value);
}

impl ValueStack for Vec<Value> {
    #[inline(always)]
    fn push_v(&mut self, v: Value) {
        if self.len() == self.capacity() {
            self.reserve(1);
        }
        let len = self.len();
        // SAFETY: capacity checked above; the two words are the whole value
        // (padding included, as MaybeUninit), so the slot holds `v` exactly.
        unsafe {
            let w = value_words(v);
            let p = self.as_mut_ptr().add(len) as *mut std::mem::MaybeUninit<u64>;
            p.write(w[0]);
            p.add(1).write(w[1]);
            self.set_len(len + 1);
        }
    }

    #[inline(always)]
    fn push_clone(&mut self, v: &Value) {
        if self.len() == self.capacity() {
            self.reserve(1);
        }
        let len = self.len();
        // SAFETY: capacity checked above; `v` is outside this vector, so
        // the reserve did not move it. The reference counted here belongs
        // to the copy written into the slot.
        unsafe {
            v.add_ref();
            let s = v as *const Value as *const std::mem::MaybeUninit<u64>;
            let w0 = std::ptr::read_volatile(s);
            let w1 = std::ptr::read_volatile(s.add(1));
            let p = self.as_mut_ptr().add(len) as *mut std::mem::MaybeUninit<u64>;
            p.write(w0);
            p.add(1).write(w1);
            self.set_len(len + 1);
        }
    }

    #[inline(always)]
    fn pop_v(&mut self) -> Option<Value> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        // SAFETY: the slot below `len` holds an initialised value, which
        // moves out as the length drops over it.
        unsafe {
            self.set_len(len - 1);
            let p = self.as_ptr().add(len - 1) as *const std::mem::MaybeUninit<u64>;
            let w = [
                std::ptr::read_volatile(p),
                std::ptr::read_volatile(p.add(1)),
            ];
            Some(std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(w))
        }
    }
}

/// The two words of `v`, read one at a time (volatile, so they are not
/// merged into one 16-byte load that could stall on a value just written
/// as two words). The caller owns the value's reference from then on.
#[inline(always)]
fn value_words(v: Value) -> [std::mem::MaybeUninit<u64>; 2] {
    let v = std::mem::ManuallyDrop::new(v);
    let p = &*v as *const Value as *const std::mem::MaybeUninit<u64>;
    // SAFETY: a Value is two words; both reads are in bounds.
    unsafe {
        [
            std::ptr::read_volatile(p),
            std::ptr::read_volatile(p.add(1)),
        ]
    }
}

/// `*slot = v`, writing word by word (see `ValueStack`). The old value is
/// dropped after the store.
#[inline(always)]
pub fn store_value(slot: &mut Value, v: Value) {
    let w = value_words(v);
    // SAFETY: the old value is moved out before its words are overwritten
    // with those of `v`, which the slot then owns.
    let old = unsafe {
        let old = std::ptr::read(slot);
        let p = slot as *mut Value as *mut std::mem::MaybeUninit<u64>;
        p.write(w[0]);
        p.add(1).write(w[1]);
        old
    };
    // Most overwritten locals are scalars: skip the out-of-line drop.
    if old.owns_heap() {
        drop(old);
    } else {
        std::mem::forget(old);
    }
}
