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
