//! Compilation units: the source text, file name and mode each code object
//! was compiled from. A snapshot names a code object by its unit and its
//! serial number; restoring recompiles the unit and picks the same one.

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::bytecode::CodeObject;
use crate::compiler::Mode;
use crate::objects::Value;

struct UnitInfo {
    source: Weak<str>,
    mode: Mode,
}

/// The units of live code, keyed by the address of their shared source
/// text (every code object of a unit holds the same `Rc<str>`).
#[derive(Default)]
pub struct Units {
    map: HashMap<usize, UnitInfo>,
    since_prune: usize,
}

fn key(source: &Rc<str>) -> usize {
    Rc::as_ptr(source) as *const u8 as usize
}

impl Units {
    pub fn record(&mut self, code: &Rc<CodeObject>, mode: Mode) {
        self.since_prune += 1;
        if self.since_prune > 64 && self.since_prune > self.map.len() {
            self.map.retain(|_, u| u.source.strong_count() > 0);
            self.since_prune = 0;
        }
        self.map.insert(
            key(&code.source),
            UnitInfo {
                source: Rc::downgrade(&code.source),
                mode,
            },
        );
    }

    /// The mode `code`'s unit was compiled in.
    pub fn mode_of(&self, code: &CodeObject) -> Option<Mode> {
        let u = self.map.get(&key(&code.source))?;
        (u.source.strong_count() > 0).then_some(u.mode)
    }
}

pub fn mode_tag(m: Mode) -> u8 {
    match m {
        Mode::Exec => 0,
        Mode::Eval => 1,
        Mode::Interactive => 2,
    }
}

pub fn mode_from(t: u8) -> Option<Mode> {
    match t {
        0 => Some(Mode::Exec),
        1 => Some(Mode::Eval),
        2 => Some(Mode::Interactive),
        _ => None,
    }
}

/// Every code object of the unit whose module code is `root`, by serial.
pub fn by_serial(root: &Rc<CodeObject>) -> Vec<Option<Rc<CodeObject>>> {
    let mut out: Vec<Option<Rc<CodeObject>>> = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(c) = stack.pop() {
        let s = c.serial as usize;
        if out.len() <= s {
            out.resize(s + 1, None);
        }
        for k in c.consts.iter() {
            if let Value::Code(k) = k {
                stack.push(k.clone());
            }
        }
        out[s] = Some(c);
    }
    out
}
