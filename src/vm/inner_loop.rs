//! The common case of the hottest instructions, run by a tight inner loop
//! in `execute` that keeps the instruction pointer in a register.
//!
//! Writing `frame.ip` back to memory after every instruction puts a store
//! and a dependent load on the critical path of each dispatch. Here the
//! instruction pointer lives in a local: an op whose operands are ints,
//! bools, None or bound locals finishes without touching `frame.ip`.
//! Everything else — an uncommon operand, an error, a call, anything that
//! can run script code or look at `frame.ip` — is `Slow`: the op has not
//! run, nothing has changed, and the full match in `execute` does it with
//! `frame.ip` written back first.

use crate::bytecode::{BinOp, CmpOp, Op, ShortAttr};
use crate::objects::iter::IterState;
use crate::objects::Value;

/// Why the fast loop stopped.
pub(crate) enum FastExit {
    /// This op needs the full interpreter; it has not run, nothing has
    /// changed, and the instruction pointer is at it.
    Slow(Op),
    /// References were dropped (or a jump back was charged) and a safe
    /// point is pending; the instruction pointer is at the next op.
    SafePoint,
    /// A jump back to `.0` was charged and a safe point is pending; the
    /// instruction pointer is just past the jump, so that an interrupt or
    /// limit raised there belongs to the jump (the loop statement, inside
    /// the loop's `try` blocks), and execution continues at the target.
    LoopBack(usize),
    /// The instruction pointer left the code.
    OutOfRange,
}

/// Run ops from `$pc` in `$frame` while their fast case applies. A macro,
/// not a function: each case continues the loop directly, with no result
/// value to dispatch on a second time.
macro_rules! fast_loop {
    ($frame:ident, $pc:ident, $ops:expr, $ticks:expr) => {
        loop {
            let op = match $ops.get($pc) {
                Some(op) => *op,
                None => break $crate::vm::inner_loop::FastExit::OutOfRange,
            };
            #[cfg(debug_assertions)]
            if std::env::var_os("WEFT_TRACE").is_some() {
                eprintln!("{:>3} {:?} stack={}", $pc, op, $frame.stack.len());
            }
            let frame: &mut $crate::vm::frame::Frame = $frame;
            match op {
                Op::Nop => {
                    $pc += 1;
                    continue;
                }
                Op::LoadConst(i) => {
                    let Some(v) = frame.code.consts.get(i as usize) else {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    };
                    frame.stack.push_clone(v);
                    {
                        $pc += 1;
                        continue;
                    }
                }
                Op::LoadFast(i) => {
                    if $crate::vm::inner_loop::push_local(frame, i as usize) {
                        $pc += 1;
                        continue;
                    }
                    break $crate::vm::inner_loop::FastExit::Slow(op);
                }
                Op::LoadFastAttr(a, at) => match $crate::vm::inner_loop::local_attr(frame, a, at) {
                    Some(v) => {
                        frame.stack.push_v(v);
                        $pc += 2;
                        continue;
                    }
                    // Runs as the LoadFast it overwrote.
                    None if $crate::vm::inner_loop::push_local(frame, a as usize) => {
                        $pc += 1;
                        continue;
                    }
                    None => break $crate::vm::inner_loop::FastExit::Slow(op),
                },
                Op::LoadFastStoreAttr(a, at) => {
                    if $crate::vm::inner_loop::store_local_attr(frame, a, at) {
                        $pc += 2;
                        if crate::gc::pending() {
                            break $crate::vm::inner_loop::FastExit::SafePoint;
                        }
                        continue;
                    }
                    // Runs as the LoadFast it overwrote.
                    if $crate::vm::inner_loop::push_local(frame, a as usize) {
                        $pc += 1;
                        continue;
                    }
                    break $crate::vm::inner_loop::FastExit::Slow(op);
                }
                Op::LoadFastLoadFast(a, b) => {
                    let (Some(x), Some(y)) =
                        (frame.locals.get(a as usize), frame.locals.get(b as usize))
                    else {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    };
                    if matches!(x, Value::Null) || matches!(y, Value::Null) {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    }
                    frame.stack.push_clone(x);
                    frame.stack.push_clone(y);
                    {
                        $pc += 2;
                        continue;
                    }
                }
                Op::LoadFastLoadConst(a, k) => {
                    let (Some(x), Some(c)) = (
                        frame.locals.get(a as usize),
                        frame.code.consts.get(k as usize),
                    ) else {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    };
                    if matches!(x, Value::Null) {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    }
                    frame.stack.push_clone(x);
                    frame.stack.push_clone(c);
                    {
                        $pc += 2;
                        continue;
                    }
                }
                Op::StoreFast(i) => {
                    if frame.stack.is_empty() {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    }
                    let Some(slot) = frame.locals.get_mut(i as usize) else {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    };
                    let dropped = slot.owns_heap();
                    if let Some(v) = frame.stack.pop_v() {
                        $crate::vm::frame::store_value(slot, v);
                    }
                    {
                        $pc += 1;
                        if dropped && crate::gc::pending() {
                            break $crate::vm::inner_loop::FastExit::SafePoint;
                        }
                        continue;
                    }
                }
                Op::StoreFastLoadFast(a, b) => {
                    let (a, b) = (a as usize, b as usize);
                    if frame.stack.is_empty() || a >= frame.locals.len() {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    }
                    match frame.locals.get(b) {
                        Some(Value::Null) if a != b => {
                            break $crate::vm::inner_loop::FastExit::Slow(op)
                        }
                        None => break $crate::vm::inner_loop::FastExit::Slow(op),
                        _ => {}
                    }
                    let dropped = frame.locals[a].owns_heap();
                    if let Some(v) = frame.stack.pop_v() {
                        $crate::vm::frame::store_value(&mut frame.locals[a], v);
                    }
                    frame.stack.push_clone(&frame.locals[b]);
                    {
                        $pc += 2;
                        if dropped && crate::gc::pending() {
                            break $crate::vm::inner_loop::FastExit::SafePoint;
                        }
                        continue;
                    }
                }
                Op::Pop => match frame.stack.pop_v() {
                    Some(v) if v.owns_heap() => {
                        drop(v);
                        {
                            $pc += 1;
                            if crate::gc::pending() {
                                break $crate::vm::inner_loop::FastExit::SafePoint;
                            }
                            continue;
                        }
                    }
                    Some(v) => {
                        std::mem::forget(v);
                        {
                            $pc += 1;
                            continue;
                        }
                    }
                    None => break $crate::vm::inner_loop::FastExit::Slow(op),
                },
                Op::Dup => match frame.stack.last() {
                    Some(v) => {
                        let v = v.clone();
                        frame.stack.push_v(v);
                        {
                            $pc += 1;
                            continue;
                        }
                    }
                    None => break $crate::vm::inner_loop::FastExit::Slow(op),
                },
                Op::Copy(n) => {
                    let len = frame.stack.len();
                    match len.checked_sub(n as usize) {
                        Some(i) if n > 0 => {
                            let v = frame.stack[i].clone();
                            frame.stack.push_v(v);
                            $pc += 1;
                            continue;
                        }
                        _ => break $crate::vm::inner_loop::FastExit::Slow(op),
                    }
                }
                Op::Swap(n) => {
                    let len = frame.stack.len();
                    match len.checked_sub(n as usize) {
                        Some(i) if n > 0 => {
                            frame.stack.swap(len - 1, i);
                            $pc += 1;
                            continue;
                        }
                        _ => break $crate::vm::inner_loop::FastExit::Slow(op),
                    }
                }
                Op::ConstBinary(bop, k) => {
                    let c = frame.code.consts.get(k as usize);
                    if let (Some(Value::Int(y)), Some(Value::Int(x))) = (c, frame.stack.last_mut())
                    {
                        if let Some(r) = $crate::vm::inner_loop::int_binop(*x, *y, bop) {
                            *x = r;
                            {
                                $pc += 2;
                                continue;
                            }
                        }
                    } else if let (Some(y), Some(x)) = (c, frame.stack.last_mut()) {
                        if let Some(r) = $crate::vm::inner_loop::scalar_binop(x, y, bop) {
                            // SAFETY: x is an int or a float, which owns nothing.
                            unsafe { std::ptr::write(x, r) };
                            {
                                $pc += 2;
                                continue;
                            }
                        }
                    }
                    break $crate::vm::inner_loop::FastExit::Slow(op);
                }
                Op::FastConstBinary(bop, a, k) => {
                    let v = frame.locals.get(a as usize);
                    let c = frame.code.consts.get(k as usize);
                    if let (Some(Value::Int(x)), Some(Value::Int(y))) = (v, c) {
                        if let Some(r) = $crate::vm::inner_loop::int_binop(*x, *y, bop) {
                            frame.stack.push_v(Value::Int(r));
                            {
                                $pc += 3;
                                continue;
                            }
                        }
                    } else if let (Some(x), Some(y)) = (v, c) {
                        if let Some(r) = $crate::vm::inner_loop::scalar_binop(x, y, bop) {
                            frame.stack.push_v(r);
                            {
                                $pc += 3;
                                continue;
                            }
                        }
                    }
                    break $crate::vm::inner_loop::FastExit::Slow(op);
                }
                Op::FastFastBinary(bop, a, b) => {
                    let x = frame.locals.get(a as usize);
                    let y = frame.locals.get(b as usize);
                    if let (Some(Value::Int(x)), Some(Value::Int(y))) = (x, y) {
                        if let Some(r) = $crate::vm::inner_loop::int_binop(*x, *y, bop) {
                            frame.stack.push_v(Value::Int(r));
                            $pc += 3;
                            continue;
                        }
                    } else if let (Some(x), Some(y)) = (x, y) {
                        if let Some(r) = $crate::vm::inner_loop::scalar_binop(x, y, bop) {
                            frame.stack.push_v(r);
                            $pc += 3;
                            continue;
                        }
                    }
                    break $crate::vm::inner_loop::FastExit::Slow(op);
                }
                Op::ConstCompareJumpIfFalse(cop, k, t) | Op::ConstCompareJumpIfTrue(cop, k, t) => {
                    let c = frame.code.consts.get(k as usize);
                    let len = frame.stack.len();
                    if let (Some(Value::Int(y)), Some(Value::Int(x))) = (c, frame.stack.last()) {
                        let truth = $crate::vm::inner_loop::ordered(*x, *y, cop);
                        // SAFETY: the top slot holds an int, which owns nothing.
                        unsafe { frame.stack.set_len(len - 1) };
                        let on = matches!(op, Op::ConstCompareJumpIfTrue(..));
                        {
                            $pc = if truth == on { t as usize } else { $pc + 2 };
                            continue;
                        }
                    } else if let (Some(y), Some(x)) = (c, frame.stack.last()) {
                        if let Some(truth) = $crate::vm::inner_loop::scalar_compare(x, y, cop) {
                            // SAFETY: the top slot holds an int or a float, which owns nothing.
                            unsafe { frame.stack.set_len(len - 1) };
                            let on = matches!(op, Op::ConstCompareJumpIfTrue(..));
                            {
                                $pc = if truth == on { t as usize } else { $pc + 2 };
                                continue;
                            }
                        }
                    }
                    break $crate::vm::inner_loop::FastExit::Slow(op);
                }
                Op::Binary(bop) | Op::Inplace(bop) => {
                    match $crate::vm::inner_loop::scalar_pair_binop(&mut frame.stack, bop) {
                        true => {
                            $pc += 1;
                            continue;
                        }
                        false => break $crate::vm::inner_loop::FastExit::Slow(op),
                    }
                }
                Op::Compare(cop) => {
                    match $crate::vm::inner_loop::scalar_pair_compare(&mut frame.stack, cop) {
                        Some(truth) => {
                            frame.stack.push_v(Value::Bool(truth));
                            {
                                $pc += 1;
                                continue;
                            }
                        }
                        None => break $crate::vm::inner_loop::FastExit::Slow(op),
                    }
                }
                Op::CompareJumpIfFalse(cop, t) | Op::CompareJumpIfTrue(cop, t) => {
                    match $crate::vm::inner_loop::scalar_pair_compare(&mut frame.stack, cop) {
                        Some(truth) => {
                            let on = matches!(op, Op::CompareJumpIfTrue(..));
                            {
                                $pc = if truth == on { t as usize } else { $pc + 1 };
                                continue;
                            }
                        }
                        None => break $crate::vm::inner_loop::FastExit::Slow(op),
                    }
                }
                Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                    let truth = match frame.stack.last() {
                        Some(Value::Bool(b)) => *b,
                        Some(Value::Int(i)) => *i != 0,
                        Some(Value::None) => false,
                        _ => break $crate::vm::inner_loop::FastExit::Slow(op),
                    };
                    // SAFETY: the top slot holds a scalar, which owns nothing.
                    unsafe { frame.stack.set_len(frame.stack.len() - 1) };
                    let on = matches!(op, Op::PopJumpIfTrue(..));
                    {
                        $pc = if truth == on { t as usize } else { $pc + 1 };
                        continue;
                    }
                }
                Op::PopJumpIfNone(t) | Op::PopJumpIfNotNone(t) => {
                    let Some(v) = frame.stack.pop_v() else {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    };
                    let none = v.is_none();
                    let next = if none == matches!(op, Op::PopJumpIfNone(..)) {
                        t as usize
                    } else {
                        $pc + 1
                    };
                    if v.owns_heap() {
                        drop(v);
                        {
                            $pc = next;
                            if crate::gc::pending() {
                                break $crate::vm::inner_loop::FastExit::SafePoint;
                            }
                            continue;
                        }
                    } else {
                        std::mem::forget(v);
                        {
                            $pc = next;
                            continue;
                        }
                    }
                }
                Op::Is(neg) => {
                    let len = frame.stack.len();
                    if len < 2
                        || frame.stack[len - 1].owns_heap()
                        || frame.stack[len - 2].owns_heap()
                    {
                        break $crate::vm::inner_loop::FastExit::Slow(op);
                    }
                    let same = frame.stack[len - 2].is(&frame.stack[len - 1]);
                    // SAFETY: both slots hold scalars, which own nothing.
                    unsafe { frame.stack.set_len(len - 2) };
                    frame.stack.push_v(Value::Bool(same != neg));
                    {
                        $pc += 1;
                        continue;
                    }
                }
                Op::Jump(t) => {
                    let t = t as usize;
                    if t > $pc {
                        {
                            $pc = t;
                            continue;
                        }
                    }
                    // A jump back is a loop iteration: charge it to the embedder's
                    // instruction budget and give pending safe-point work its turn.
                    $ticks -= ($pc + 1 - t) as i64;
                    if $ticks <= 0 {
                        crate::gc::request_safe_point();
                    }
                    if crate::gc::pending() {
                        $pc += 1;
                        break $crate::vm::inner_loop::FastExit::LoopBack(t);
                    }
                    {
                        $pc = t;
                        continue;
                    }
                }
                Op::ForIter(_) => match frame.stack.last() {
                    Some(Value::Iter(io)) => {
                        match $crate::vm::inner_loop::fast_iter_next(&io.state) {
                            Some(v) => {
                                frame.stack.push_v(v);
                                {
                                    $pc += 1;
                                    continue;
                                }
                            }
                            None => break $crate::vm::inner_loop::FastExit::Slow(op),
                        }
                    }
                    _ => break $crate::vm::inner_loop::FastExit::Slow(op),
                },
                _ => break $crate::vm::inner_loop::FastExit::Slow(op),
            }
        }
    };
}

/// `LoadFast i`: push the local when it is bound; false, touching
/// nothing, when it is unbound (the full match raises).
#[inline(always)]
pub(crate) fn push_local(frame: &mut crate::vm::frame::Frame, i: usize) -> bool {
    use crate::vm::frame::ValueStack;
    match frame.locals.get(i) {
        Some(v) if !matches!(v, Value::Null) => {
            frame.stack.push_clone(v);
            true
        }
        _ => false,
    }
}

/// The next item of a range, list or tuple iterator that has one; None,
/// touching nothing, for any other iterator and at the end (where the
/// full interpreter marks the iterator exhausted).
#[inline(always)]
pub(crate) fn fast_iter_next(state: &std::cell::RefCell<IterState>) -> Option<Value> {
    let mut st = state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Range { .. } => {
            drop(st);
            range_next(state).map(Value::Int)
        }
        IterState::List { list, index } => {
            let v = list.try_borrow().ok()?.get(*index).cloned()?;
            *index += 1;
            Some(v)
        }
        IterState::Tuple { tuple, index } => {
            let v = tuple.as_slice().get(*index).cloned()?;
            *index += 1;
            Some(v)
        }
        _ => None,
    }
}

/// The next int of a range iterator that has one; None, touching nothing,
/// for any other iterator and for an exhausted range.
#[inline(always)]
pub(crate) fn range_next(state: &std::cell::RefCell<IterState>) -> Option<i64> {
    let mut st = state.try_borrow_mut().ok()?;
    let IterState::Range { next, stop, step } = &mut *st else {
        return None;
    };
    let more = if *step > 0 {
        *next < *stop
    } else {
        *next > *stop
    };
    if !more {
        return None;
    }
    let v = *next;
    *next = next.checked_add(*step).unwrap_or(*stop);
    Some(v)
}

/// `seq[i]` for the list or tuple and int index on top of the stack,
/// when the index is in range; None, touching nothing, otherwise.
#[inline(always)]
pub(crate) fn item_of_sequence(stack: &[Value]) -> Option<Value> {
    let len = stack.len();
    if len < 2 {
        return None;
    }
    let Value::Int(i) = stack[len - 1] else {
        return None;
    };
    let item = |items: &[Value]| {
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            Some(items[j as usize].clone())
        } else {
            None
        }
    };
    match &stack[len - 2] {
        Value::List(l) => item(&l.try_borrow().ok()?),
        Value::Tuple(t) => item(t.as_slice()),
        _ => None,
    }
}

/// `list[i] = v` for the stack `[v, list, i]` with an int index in range:
/// pops all three and drops the replaced item. False, touching nothing,
/// for anything else.
#[inline(always)]
pub(crate) fn store_list_item(stack: &mut Vec<Value>) -> bool {
    let len = stack.len();
    if len < 3 {
        return false;
    }
    let Value::Int(i) = stack[len - 1] else {
        return false;
    };
    let Value::List(l) = &stack[len - 2] else {
        return false;
    };
    // SAFETY: the list's Rc stays in its stack slot until it is read out
    // below, after the last use of `l`.
    let l: &crate::objects::ListObj = unsafe { &*std::rc::Rc::as_ptr(l) };
    let Some(mut items) = l.try_edit(std::slice::from_ref(&stack[len - 3])) else {
        return false;
    };
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return false;
    }
    // SAFETY: the top slot holds the int index, which owns nothing. The
    // value moves out of its slot into the list; the stack forgets it.
    let v = unsafe {
        let v = std::ptr::read(&stack[len - 3]);
        stack.set_len(len - 3);
        v
    };
    let old = std::mem::replace(&mut items[j as usize], v);
    drop(items);
    // The list itself, now off the stack (read past the new length).
    // SAFETY: slot len - 2 is past the length and read exactly once.
    let list = unsafe { std::ptr::read(stack.as_ptr().add(len - 2)) };
    drop(old);
    drop(list);
    true
}

/// `a <op> b` for the two numbers on top of the stack, computed in place:
/// the result overwrites `a` and `b` is cut off. False, touching nothing,
/// when the operands are not both ints or floats or the result needs the
/// general path (overflow, division by zero, negatives).
#[inline(always)]
pub(crate) fn scalar_pair_binop(stack: &mut Vec<Value>, bop: BinOp) -> bool {
    let len = stack.len();
    if len < 2 {
        return false;
    }
    // Two ints first, computed in place: the commonest case, kept as
    // short as it was before floats joined.
    if let [.., Value::Int(x), Value::Int(y)] = &mut stack[..] {
        return match int_binop(*x, *y, bop) {
            Some(r) => {
                *x = r;
                // SAFETY: the top slot holds an int, which owns nothing.
                unsafe { stack.set_len(len - 1) };
                true
            }
            None => scalar_pair_binop_slow(stack, bop),
        };
    }
    scalar_pair_binop_slow(stack, bop)
}

/// `scalar_pair_binop` for the operand pairs other than two small-int
/// results: floats, mixed, int true division.
#[inline(always)]
fn scalar_pair_binop_slow(stack: &mut Vec<Value>, bop: BinOp) -> bool {
    let len = stack.len();
    let Some(r) = scalar_binop(&stack[len - 2], &stack[len - 1], bop) else {
        return false;
    };
    // SAFETY: both slots hold ints or floats, which own nothing: the
    // result overwrites the first and the second is forgotten.
    unsafe {
        std::ptr::write(stack.as_mut_ptr().add(len - 2), r);
        stack.set_len(len - 1);
    }
    true
}

/// The largest magnitude below which every int converts to a float
/// exactly, so mixed comparisons and int division can go through floats.
const EXACT_IN_FLOAT: i64 = 1 << 53;

/// `x <op> y` when both are ints or floats and the result is one that
/// needs nothing but the two values (no overflow into big ints, no
/// division by zero); None otherwise. Mixed int/float arithmetic converts
/// the int as CPython does (round to nearest, ties to even).
#[inline(always)]
pub(crate) fn scalar_binop(x: &Value, y: &Value, bop: BinOp) -> Option<Value> {
    match (x, y) {
        (Value::Int(x), Value::Int(y)) => match int_binop(*x, *y, bop) {
            Some(r) => Some(Value::Int(r)),
            None if bop == BinOp::TrueDiv
                && *y != 0
                && x.unsigned_abs() <= EXACT_IN_FLOAT as u64
                && y.unsigned_abs() <= EXACT_IN_FLOAT as u64 =>
            {
                Some(Value::Float(*x as f64 / *y as f64))
            }
            None => None,
        },
        (Value::Float(x), Value::Float(y)) => float_binop(*x, *y, bop).map(Value::Float),
        (Value::Float(x), Value::Int(y)) => float_binop(*x, *y as f64, bop).map(Value::Float),
        (Value::Int(x), Value::Float(y)) => float_binop(*x as f64, *y, bop).map(Value::Float),
        _ => None,
    }
}

/// `x <op> y` on floats for the operators whose float result is the plain
/// IEEE operation; None for the others and for division by zero.
#[inline(always)]
fn float_binop(x: f64, y: f64, bop: BinOp) -> Option<f64> {
    match bop {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `x <op> y` on ints where it stays a small int and needs nothing but
/// the two values; None otherwise (overflow, division, negatives).
#[inline(always)]
pub(crate) fn int_binop(x: i64, y: i64, bop: BinOp) -> Option<i64> {
    match bop {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        _ => None,
    }
}

/// Compare the two numbers on top of the stack, popping them; None,
/// touching nothing, unless both are ints or floats.
#[inline(always)]
pub(crate) fn scalar_pair_compare(stack: &mut Vec<Value>, cop: CmpOp) -> Option<bool> {
    let len = stack.len();
    if len < 2 {
        return None;
    }
    let truth = scalar_compare(&stack[len - 2], &stack[len - 1], cop)?;
    // SAFETY: both slots hold ints or floats, which own nothing.
    unsafe { stack.set_len(len - 2) };
    Some(truth)
}

/// `x <op> y` for two ints, two floats, or an int and a float when the
/// int converts exactly (CPython compares mixed values exactly; past
/// 2**53 that takes the general path).
#[inline(always)]
pub(crate) fn scalar_compare(x: &Value, y: &Value, cop: CmpOp) -> Option<bool> {
    match (x, y) {
        (Value::Int(x), Value::Int(y)) => Some(ordered(*x, *y, cop)),
        (Value::Float(x), Value::Float(y)) => Some(ordered(*x, *y, cop)),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= EXACT_IN_FLOAT as u64 => {
            Some(ordered(*x, *y as f64, cop))
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= EXACT_IN_FLOAT as u64 => {
            Some(ordered(*x as f64, *y, cop))
        }
        _ => None,
    }
}

/// `x <op> y` for ints or floats (NaN compares as IEEE says).
#[inline(always)]
pub(crate) fn ordered<T: PartialOrd>(x: T, y: T, cop: CmpOp) -> bool {
    match cop {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// The attribute `at.name` of the instance in local `a`, when the LoadAttr
/// cache `at.cache` finds it in the instance dict at the cached entry; None,
/// touching nothing, otherwise.
#[inline(always)]
pub(crate) fn local_attr(frame: &crate::vm::frame::Frame, a: u16, at: ShortAttr) -> Option<Value> {
    let Some(Value::Instance(inst)) = frame.locals.get(a as usize) else {
        return None;
    };
    let code = &*frame.code;
    let cache = code.attr_caches.get(at.cache())?;
    let name = code.names.get(at.name as usize)?;
    let idx = cache.index_for(inst.class.borrow().version.get())?;
    let Some(d) = &inst.dict else {
        return slot_attr(inst, idx);
    };
    let d = d.try_borrow().ok()?;
    match d.entry(idx) {
        Some(e) if matches!(&e.key, Value::Str(k) if std::rc::Rc::ptr_eq(k, name)) => {
            Some(e.value.clone())
        }
        _ => slot_attr(inst, idx),
    }
}

/// A cached index that no dict entry has: a slot's (kept out of line so
/// the dict paths compile as before).
#[cold]
#[inline(never)]
fn slot_attr(inst: &crate::objects::InstanceObj, idx: usize) -> Option<Value> {
    inst.slot(idx.checked_sub(crate::bytecode::SLOT_INDEX)?)
}

/// Store the top of the stack into a slot for `store_local_attr`.
#[cold]
#[inline(never)]
fn store_slot(stack: &mut Vec<Value>, inst: &crate::objects::InstanceObj, idx: usize) -> bool {
    use crate::vm::frame::ValueStack;
    let Some(i) = idx.checked_sub(crate::bytecode::SLOT_INDEX) else {
        return false;
    };
    if i >= inst.slots.len() {
        return false;
    }
    let Some(v) = stack.pop_v() else {
        return false;
    };
    drop(inst.set_slot(i, v));
    true
}

/// `local.attr = top` for the instance in local `a` when its dict holds
/// the attribute `at.name` at the entry of the StoreAttr cache `at.cache`: the value is
/// popped into it and the old one dropped. False, touching nothing,
/// otherwise (a first store into an instance included).
#[inline(always)]
pub(crate) fn store_local_attr(frame: &mut crate::vm::frame::Frame, a: u16, at: ShortAttr) -> bool {
    use crate::vm::frame::ValueStack;
    let Some(Value::Instance(inst)) = frame.locals.get(a as usize) else {
        return false;
    };
    let code = &*frame.code;
    let (Some(cache), Some(name)) = (
        code.attr_caches.get(at.cache()),
        code.names.get(at.name as usize),
    ) else {
        return false;
    };
    if frame.stack.is_empty() {
        return false;
    }
    let Some(idx) = cache.index_for(inst.class.borrow().version.get()) else {
        return false;
    };
    let Some(d) = &inst.dict else {
        return store_slot(&mut frame.stack, inst, idx);
    };
    let Ok(mut d) = d.try_borrow_mut() else {
        return false;
    };

    if !matches!(d.entry(idx), Some(e) if matches!(&e.key, Value::Str(k) if std::rc::Rc::ptr_eq(k, name)))
    {
        return false;
    }
    let Some(v) = frame.stack.pop_v() else {
        return false;
    };
    let old = d.set_value(idx, v);
    drop(d);
    drop(old);
    true
}
