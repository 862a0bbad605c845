//! Checks that a restored frame's value stack is as deep as the code
//! expects at its instruction, so a corrupt snapshot cannot make the
//! interpreter pop from an empty stack.

use super::wire::corrupt;
use super::SnapshotError;
use crate::bytecode::CodeObject;
use crate::compiler::codegen::{is_terminal, jump_effect, jump_label, stack_effect};

/// The stack depth before each instruction (-1 where none is reached).
pub fn depths(code: &CodeObject) -> Vec<i32> {
    let n = code.ops.len();
    let mut depth = vec![-1i32; n + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    for h in code.exc_table.iter() {
        work.push((h.target as usize, h.depth as i32 + 1));
    }
    while let Some((i, d)) = work.pop() {
        if i > n || d < 0 || depth[i] >= 0 {
            continue;
        }
        depth[i] = d;
        let Some(op) = code.ops.get(i) else { continue };
        if let (Some(t), Some(e)) = (jump_label(op), jump_effect(op)) {
            work.push((t as usize, d + e));
        }
        // A superinstruction does the work of the pair it overwrote and
        // skips the second op (which stays for jumps that land on it).
        let next = match op {
            crate::bytecode::Op::LoadFastLoadFast(..)
            | crate::bytecode::Op::LoadFastLoadConst(..)
            | crate::bytecode::Op::FastConstBinary(..)
            | crate::bytecode::Op::FastFastBinary(..)
            | crate::bytecode::Op::StoreFastLoadFast(..) => i + 2,
            _ => i + 1,
        };
        if !is_terminal(op) {
            work.push((next, d + stack_effect(op)));
        }
    }
    depth
}

/// A suspended frame stands just after a `YIELD_VALUE` (whose value left
/// with the yield; resuming pushes the sent one) or at its first
/// instruction (not started yet).
/// Whether the instruction before `ip` is a call (a running frame waits
/// there for the result, which is not on its stack yet).
pub fn after_call(code: &CodeObject, ip: usize) -> bool {
    use crate::bytecode::Op;
    ip > 0
        && matches!(
            code.ops.get(ip - 1),
            Some(
                Op::Call(_)
                    | Op::CallKw(_)
                    | Op::CallMethod(_)
                    | Op::CallMethodKw(_)
                    | Op::CallEx(_)
            )
        )
}

/// Stack depths per code object, computed once per restore.
#[derive(Default)]
pub struct Depths(
    std::cell::RefCell<std::collections::HashMap<usize, std::rc::Rc<Vec<i32>>, ahash::RandomState>>,
);

impl Depths {
    fn of(&self, code: &CodeObject) -> std::rc::Rc<Vec<i32>> {
        let key = code as *const CodeObject as usize;
        if let Some(d) = self.0.borrow().get(&key) {
            return d.clone();
        }
        let d = std::rc::Rc::new(depths(code));
        self.0.borrow_mut().insert(key, d.clone());
        d
    }
}

pub fn check_stack(
    cache: &Depths,
    code: &CodeObject,
    ip: usize,
    len: usize,
    waiting: bool,
) -> Result<(), SnapshotError> {
    let d = cache.of(code);
    let after_yield = ip > 0
        && matches!(
            code.ops.get(ip - 1),
            Some(crate::bytecode::Op::YieldValue(_))
        );
    let expect = match d.get(ip) {
        Some(&x) if waiting && after_call(code, ip) => x - 1,
        Some(&x) if !waiting && after_yield => x - 1,
        Some(&x) if !waiting && ip == 0 => x,
        _ => -1,
    };
    match d.get(ip) {
        Some(_) if expect >= 0 && expect as usize == len && len <= code.stacksize as usize + 8 => {
            Ok(())
        }
        _ => Err(corrupt(&format!(
            "frame of {}() has {} values on its stack at instruction {}, where its code has {}",
            code.qualname.as_str(),
            len,
            ip,
            d.get(ip).copied().unwrap_or(-1)
        ))),
    }
}
