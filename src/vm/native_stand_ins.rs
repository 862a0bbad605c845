//! Calls of script functions that a native fast path completes.
//!
//! A library written in weft may install, on the code of one of its
//! functions, a native routine that does what the function would do in
//! the common case (see `CodeObject::fast_path`). The interpreter tries it
//! where it would otherwise push the function's frame: for a plain call,
//! and for a coroutine called straight into `await` (where, if it
//! completes, no frame would have suspended and nobody can see the
//! coroutine object). A fast path that declines has changed nothing, and
//! the frame is pushed as usual, so the script code stays the definition.

use super::frame::ValueStack;
use super::{PyResult, Vm};
use crate::bytecode::FastPath;
use crate::objects::Value;

impl Vm {
    /// Try `fp` on the arguments at `args_start..` of the top frame's stack
    /// (the callee at `callee_idx`). When it completes, the callee and its
    /// arguments are replaced by the result, or, for an awaited coroutine
    /// (`await_end` the ip after the await), the await's value is pushed
    /// and the frame jumps past the await. Returns whether it completed.
    #[inline(never)]
    pub(super) fn try_fast_path(
        &mut self,
        fp: FastPath,
        callee_idx: usize,
        args_start: usize,
        await_end: Option<u32>,
    ) -> PyResult<bool> {
        // At the recursion limit the pushed frame must raise, as it would
        // have without the fast path.
        if self.frames.len() >= self.recursion_limit {
            return Ok(false);
        }
        let args: *const [Value] = match self.frames.last() {
            Some(f) if args_start <= f.stack.len() => &f.stack[args_start..],
            _ => return Ok(false),
        };
        // SAFETY: the arguments stay in the caller's stack, which nothing
        // touches while the fast path runs: a fast path never uses the
        // caller's frame, and anything it calls runs in frames of its own
        // (the Box of this frame and its stack's buffer do not move).
        let r = fp(self, unsafe { &*args });
        let Some(v) = r? else {
            return Ok(false);
        };
        let frame = match self.frames.last_mut() {
            Some(f) => f,
            None => unreachable!("the caller's frame outlives the fast path"),
        };
        frame.stack.truncate(callee_idx);
        frame.stack.push_v(v);
        if let Some(end) = await_end {
            frame.ip = end as usize;
        }
        Ok(true)
    }
}
