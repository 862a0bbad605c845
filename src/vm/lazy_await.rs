//! `await f(args)` of a coroutine function without a coroutine object.
//!
//! Most awaited coroutines run to completion without suspending (a chain
//! of helpers, a queue operation that finds an item). Building a coroutine
//! object for each, only to drop it when it returns, costs more than the
//! call. So when a plain `async def` function is called straight into
//! `await`, its frame is pushed as if the awaiting `SEND` had already
//! resumed it, with a placeholder where the coroutine would sit on the
//! caller's stack. The object is made only if the frame suspends: at its
//! first yield it is wrapped in a coroutine, which takes the placeholder's
//! slot, and from there on everything is as if it had existed all along.
//!
//! A running frame whose code is a coroutine's but which has no generator
//! (`Frame::gen` is None) is such a frame; nothing else makes one.

use std::rc::Rc;

use super::frame::{Frame, Resume, ValueStack};
use super::{PyResult, Vm};
use crate::bytecode::{AwaitableWhere, Op, FLAG_COROUTINE};
use crate::objects::generator::GenKind;
use crate::objects::{FunctionObj, GenObj, Value};

impl Vm {
    /// The caller's instructions at `ip` (just after the call) are the
    /// `await` sequence `GET_AWAITABLE; LOAD_CONST None; SEND end; YIELD`:
    /// returns `end` and the position of the yield.
    #[inline]
    pub(super) fn await_follows(frame: &Frame, f: &FunctionObj) -> Option<(u32, usize)> {
        if f.code.flags & FLAG_COROUTINE == 0 {
            return None;
        }
        let ip = frame.ip;
        let ops = &frame.code.ops;
        let [Op::GetAwaitable(AwaitableWhere::Await), Op::LoadConst(k), Op::Send(end), Op::YieldValue(true)] =
            ops.get(ip..ip + 4)?
        else {
            return None;
        };
        if !frame.code.consts.get(*k as usize)?.is_none() {
            return None;
        }
        // The coroutine, if one is made, is named after the code; a
        // function renamed since it was made takes the ordinary path.
        let same_names = Rc::ptr_eq(&f.name.borrow(), &f.code.name)
            && Rc::ptr_eq(&f.qualname.borrow(), &f.code.qualname);
        same_names.then_some((*end, ip + 3))
    }

    /// Push the frame of the coroutine function at `callee_idx` (its
    /// arguments above it, one per parameter) as the awaiting caller's
    /// delegate: on return its value lands where `SEND` would put it; see
    /// `materialize_awaited` for a suspension.
    pub(super) fn push_lazy_await(
        &mut self,
        callee_idx: usize,
        args_start: usize,
        end: u32,
        yield_ip: usize,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let f = match std::mem::take(&mut self.top_frame().stack[callee_idx]) {
            Value::Function(f) => f,
            _ => unreachable!("push_lazy_await on a non-function"),
        };
        let mut nf = self.new_frame_exact(f.code.clone(), f.globals.clone(), Resume::Send(end));
        self.bind_from_stack(&f, &mut nf, callee_idx, args_start);
        let caller = self.top_frame();
        caller.stack.push_v(Value::None);
        caller.ip = yield_ip;
        self.frames.push(nf);
        Ok(())
    }

    /// The top frame, a lazily awaited coroutine's, is suspending: wrap it
    /// in a coroutine object (started, awaited) and put that in the
    /// caller's placeholder slot. Called with the frame already popped.
    pub(super) fn materialize_awaited(&mut self, frame: &Frame) -> Rc<GenObj> {
        let code = frame.code.clone();
        let g = GenObj::new(
            GenKind::Coroutine,
            code.clone(),
            code.name.clone(),
            code.qualname.clone(),
            None,
            Some(self.gen_queues.clone()),
        );
        g.started.set(true);
        let g = Rc::new(g);
        let v = Value::Generator(g.clone());
        // Made as it suspends: `do_yield` tracks it if its frame needs it.
        crate::gc::count_untracked_new();
        if let Some(slot) = self.top_frame().stack.last_mut() {
            *slot = v;
        }
        g
    }

    /// Whether `frame` (running, or just popped) is a lazily awaited
    /// coroutine's.
    #[inline]
    pub(super) fn is_lazy_awaited(frame: &Frame) -> bool {
        frame.gen.is_none() && frame.code.flags & FLAG_COROUTINE != 0
    }

    #[inline(always)]
    fn top_frame(&mut self) -> &mut Frame {
        match self.frames.last_mut() {
            Some(f) => f,
            None => unreachable!("lazy await without a caller frame"),
        }
    }
}
