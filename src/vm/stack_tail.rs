//! Moving the top values of a value stack out in one copy.
//!
//! `stack.drain(start..)` followed by `collect`/`extend` moves values one
//! at a time through the drain iterator; for the one to four arguments of
//! a typical call that bookkeeping costs more than the move. These move
//! the tail with a single memcpy.

use crate::objects::Value;

/// Append `stack[start..]` to `out`, leaving `stack` with `start` values.
#[inline]
pub fn move_tail_into(stack: &mut Vec<Value>, start: usize, out: &mut Vec<Value>) {
    let len = stack.len();
    assert!(start <= len, "stack tail out of range");
    let n = len - start;
    out.reserve(n);
    // SAFETY: `stack[start..len]` are initialized values; their ownership
    // moves to `out[old..old + n]`, which `reserve` made room for. Setting
    // `stack`'s length to `start` first means nothing is dropped twice,
    // whatever happens afterwards.
    unsafe {
        stack.set_len(start);
        let old = out.len();
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(start), out.as_mut_ptr().add(old), n);
        out.set_len(old + n);
    }
}

/// `stack[start..]` as a new vector, leaving `stack` with `start` values.
#[inline]
pub fn tail_to_vec(stack: &mut Vec<Value>, start: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(stack.len().saturating_sub(start));
    move_tail_into(stack, start, &mut out);
    out
}

/// `stack[start..]` as an argument vector (inline up to its capacity),
/// leaving `stack` with `start` values.
#[inline]
pub fn tail_to_args(stack: &mut Vec<Value>, start: usize) -> super::call::ArgVec {
    let len = stack.len();
    assert!(start <= len, "stack tail out of range");
    let n = len - start;
    let mut out = super::call::ArgVec::with_capacity(n);
    // SAFETY: as in `move_tail_into`; `with_capacity(n)` made room for the
    // `n` moved values.
    unsafe {
        stack.set_len(start);
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(start), out.as_mut_ptr(), n);
        out.set_len(n);
    }
    out
}
