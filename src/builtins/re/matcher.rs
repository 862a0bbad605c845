//! The backtracking matcher: runs a [`Program`] over a text with an
//! explicit stack of choice points and undo records, so long inputs do
//! not grow the Rust stack (only lookarounds and atomic groups recurse,
//! as deep as they nest in the pattern). Work is charged to the VM so
//! limits stop a catastrophic pattern.

use super::ast::{Anchor, RepKind};
use super::chars::{fold, is_word};
use super::compile::{Inst, Item, Program};
use crate::vm::{PyResult, Vm};

pub const UNSET: usize = usize::MAX;

/// Steps between two charges to the VM.
const CHARGE_EVERY: u32 = 1024;

/// A text position's symbol: a byte (bytes, ASCII str) or a code point.
pub trait Sym: Copy {
    fn code(self) -> u32;
}

impl Sym for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Sym for char {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

enum Frame {
    /// Resume at pc with pos.
    Alt { pc: u32, pos: usize },
    /// Undo a capture slot write (and lastindex).
    Slot { slot: u32, old: usize, last: u32 },
    /// Undo a counter change.
    Reg { r: u32, count: u32, start: usize },
    /// A greedy single-position repeat that may give back positions down
    /// to `min`; pc is the instruction after it.
    Greedy { pc: u32, min: usize, pos: usize },
    /// A lazy single-position repeat (at instruction pc) that may take one
    /// more position.
    Lazy { pc: u32, pos: usize, count: u32 },
}

pub struct Matcher<'a, T: Sym> {
    prog: &'a Program,
    text: &'a [T],
    pub caps: Vec<usize>,
    regs: Vec<(u32, usize)>,
    pub lastindex: u32,
    stack: Vec<Frame>,
    steps: u32,
    full: bool,
    /// An empty match at this position is refused (the next match of
    /// findall/sub after an empty one).
    no_empty_at: usize,
    attempt: usize,
}

impl<'a, T: Sym> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: &'a [T]) -> Self {
        Matcher {
            prog,
            text,
            caps: vec![UNSET; 2 * (prog.groups + 1)],
            regs: vec![(0, UNSET); prog.counters],
            lastindex: 0,
            stack: Vec::new(),
            steps: 0,
            full: false,
            no_empty_at: UNSET,
            attempt: 0,
        }
    }

    #[inline]
    fn item_has(&self, item: Item, c: u32) -> bool {
        match item {
            Item::Char(x) => c == x,
            Item::Fold(f, ascii) => fold(c, ascii) == f,
            Item::AnyButNewline => c != '\n' as u32,
            Item::Any => true,
            Item::Set(i) => self.prog.sets[i as usize].has(c),
        }
    }

    #[inline]
    fn at(&self, pos: usize, item: Item) -> bool {
        pos < self.text.len() && self.item_has(item, self.text[pos].code())
    }

    fn word_at(&self, pos: usize, ascii: bool) -> bool {
        pos < self.text.len() && is_word(self.text[pos].code(), ascii)
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let n = self.text.len();
        let nl = |p: usize| self.text[p].code() == '\n' as u32;
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || nl(pos - 1),
            Anchor::End => pos == n,
            Anchor::EndOrFinalNewline => pos == n || (pos + 1 == n && nl(pos)),
            Anchor::LineEnd => pos == n || nl(pos),
            Anchor::Boundary(ascii) | Anchor::NotBoundary(ascii) => {
                if n == 0 {
                    // Neither holds in an empty text, as in CPython.
                    return false;
                }
                let before = pos > 0 && self.word_at(pos - 1, ascii);
                let b = before != self.word_at(pos, ascii);
                b == matches!(a, Anchor::Boundary(_))
            }
        }
    }

    #[inline]
    fn tick(&mut self, vm: &mut Vm, n: u32) -> PyResult<()> {
        self.steps += n;
        if self.steps >= CHARGE_EVERY {
            let s = self.steps;
            self.steps = 0;
            vm.charge_native((s / 4) as usize)?;
        }
        Ok(())
    }

    /// Whether the program matches at `start` (fullmatch: up to the end);
    /// the spans are left in `caps`.
    pub fn match_at(&mut self, vm: &mut Vm, start: usize, full: bool) -> PyResult<bool> {
        self.reset();
        self.no_empty_at = UNSET;
        self.try_at(vm, start, full)
    }

    fn try_at(&mut self, vm: &mut Vm, start: usize, full: bool) -> PyResult<bool> {
        self.full = full;
        self.attempt = start;
        let r = self.run(vm, 0, start, 0)?;
        Ok(r.is_some())
    }

    /// The first match starting at or after `start`.
    pub fn search(&mut self, vm: &mut Vm, mut start: usize, no_empty_at: usize) -> PyResult<bool> {
        self.no_empty_at = no_empty_at;
        self.reset();
        let n = self.text.len();
        if self.prog.anchored {
            return if start == 0 {
                self.try_at(vm, 0, false)
            } else {
                Ok(false)
            };
        }
        loop {
            if let Some(item) = self.prog.first {
                let from = start;
                while start < n && !self.item_has(item, self.text[start].code()) {
                    start += 1;
                }
                self.tick(vm, ((start - from) / 8) as u32)?;
                if start >= n {
                    return Ok(false);
                }
            }
            if self.try_at(vm, start, false)? {
                return Ok(true);
            }
            if start >= n {
                return Ok(false);
            }
            start += 1;
            self.tick(vm, 1)?;
        }
    }

    fn save(&mut self, slot: u32, pos: usize) {
        let s = slot as usize;
        self.stack.push(Frame::Slot {
            slot,
            old: self.caps[s],
            last: self.lastindex,
        });
        self.caps[s] = pos;
        if s % 2 == 1 && s > 1 {
            self.lastindex = slot / 2;
        }
    }

    fn set_reg(&mut self, r: u32, count: u32, start: usize) {
        let (c, s) = self.regs[r as usize];
        self.stack.push(Frame::Reg {
            r,
            count: c,
            start: s,
        });
        self.regs[r as usize] = (count, start);
    }

    /// After a nested run succeeded: drop its choice points above `base`
    /// but keep its undo records, so backtracking past it still restores
    /// captures and counters.
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Frame::Slot { .. } | Frame::Reg { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Drop everything above `base`, undoing its records (a negative
    /// lookaround's body matched: its captures do not count).
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Frame::Slot { slot, old, last }) => {
                    self.caps[slot as usize] = old;
                    self.lastindex = last;
                }
                Some(Frame::Reg { r, count, start }) => self.regs[r as usize] = (count, start),
                _ => {}
            }
        }
    }

    fn reset(&mut self) {
        self.stack.clear();
        self.caps.fill(UNSET);
        self.regs.fill((0, UNSET));
        self.lastindex = 0;
    }

    /// Pop to the last choice point above `base`: its (pc, pos), or None.
    fn backtrack(&mut self, vm: &mut Vm, base: usize) -> PyResult<Option<(u32, usize)>> {
        while self.stack.len() > base {
            self.tick(vm, 1)?;
            let Some(f) = self.stack.pop() else { break };
            match f {
                Frame::Alt { pc, pos } => return Ok(Some((pc, pos))),
                Frame::Slot { slot, old, last } => {
                    self.caps[slot as usize] = old;
                    self.lastindex = last;
                }
                Frame::Reg { r, count, start } => self.regs[r as usize] = (count, start),
                Frame::Greedy { pc, min, mut pos } => {
                    // Give back one position; skip those where a literal
                    // that follows cannot match.
                    let next = match self.prog.insts.get(pc as usize) {
                        Some(Inst::One(Item::Char(c))) => Some(*c),
                        _ => None,
                    };
                    let from = pos;
                    pos -= 1;
                    if let Some(c) = next {
                        while pos > min && self.text.get(pos).map(|t| t.code()) != Some(c) {
                            pos -= 1;
                        }
                    }
                    self.tick(vm, ((from - pos) / 8) as u32)?;
                    if pos > min {
                        self.stack.push(Frame::Greedy { pc, min, pos });
                    }
                    return Ok(Some((pc, pos)));
                }
                Frame::Lazy { pc, pos, count } => {
                    if let Inst::RepOne { item, max, .. } = self.prog.insts[pc as usize] {
                        if count < max && self.at(pos, item) {
                            if count + 1 < max {
                                self.stack.push(Frame::Lazy {
                                    pc,
                                    pos: pos + 1,
                                    count: count + 1,
                                });
                            }
                            return Ok(Some((pc + 1, pos + 1)));
                        }
                    }
                }
            }
        }
        Ok(None)
    }

    fn run(
        &mut self,
        vm: &mut Vm,
        mut pc: u32,
        mut pos: usize,
        base: usize,
    ) -> PyResult<Option<usize>> {
        let prog = self.prog;
        loop {
            self.tick(vm, 1)?;
            let ok = match prog.insts[pc as usize] {
                Inst::One(item) => {
                    let ok = self.at(pos, item);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::Anchor(a) => {
                    pc += 1;
                    self.anchor(a, pos)
                }
                Inst::Save(slot) => {
                    self.save(slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Alt { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = a;
                    true
                }
                Inst::RepOne {
                    item,
                    min,
                    max,
                    kind,
                } => {
                    let here = pc;
                    pc += 1;
                    let n = self.text.len();
                    let limit = if kind == RepKind::Lazy { min } else { max };
                    let stop = if (n - pos) as u64 > limit as u64 {
                        pos + limit as usize
                    } else {
                        n
                    };
                    let from = pos;
                    let mut p = pos;
                    while p < stop && self.item_has(item, self.text[p].code()) {
                        p += 1;
                    }
                    self.tick(vm, ((p - from) / 8) as u32)?;
                    if p - from < min as usize {
                        false
                    } else {
                        pos = p;
                        match kind {
                            RepKind::Greedy if p > from + min as usize => {
                                self.stack.push(Frame::Greedy {
                                    pc,
                                    min: from + min as usize,
                                    pos: p,
                                });
                            }
                            RepKind::Lazy if min < max => {
                                self.stack.push(Frame::Lazy {
                                    pc: here,
                                    pos: p,
                                    count: min,
                                });
                            }
                            _ => {}
                        }
                        true
                    }
                }
                Inst::RepStart(r) => {
                    self.set_reg(r, 0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    r,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let (count, last) = self.regs[r as usize];
                    if count < min {
                        // A required iteration: as in CPython, only the
                        // optional ones record where they start (to stop
                        // on an empty one), so skip RepIter.
                        pc += 2;
                    } else if (count < max || max == u32::MAX) && last != pos {
                        if lazy {
                            self.stack.push(Frame::Alt { pc: pc + 1, pos });
                            pc = exit;
                        } else {
                            self.stack.push(Frame::Alt { pc: exit, pos });
                            pc += 1;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::RepIter(r) => {
                    let (count, _) = self.regs[r as usize];
                    self.set_reg(r, count, pos);
                    pc += 1;
                    true
                }
                Inst::RepEnd { r, lp } => {
                    let (count, start) = self.regs[r as usize];
                    self.set_reg(r, count.saturating_add(1), start);
                    pc = lp;
                    true
                }
                Inst::Look {
                    behind,
                    negate,
                    end,
                } => {
                    let h = self.stack.len();
                    let from = match behind {
                        Some(w) => pos.checked_sub(w as usize),
                        None => Some(pos),
                    };
                    let hit = match from {
                        Some(p) => self.run(vm, pc + 1, p, h)?.is_some(),
                        None => false,
                    };
                    if hit && negate {
                        self.unwind(h);
                    } else if hit {
                        self.commit(h);
                    }
                    pc = end;
                    hit != negate
                }
                Inst::Atomic { end } => {
                    let h = self.stack.len();
                    match self.run(vm, pc + 1, pos, h)? {
                        Some(p) => {
                            self.commit(h);
                            pos = p;
                            pc = end;
                            true
                        }
                        None => false,
                    }
                }
                Inst::Backref {
                    group,
                    icase,
                    ascii,
                } => {
                    pc += 1;
                    let (s, e) = (
                        self.caps[2 * group as usize],
                        self.caps[2 * group as usize + 1],
                    );
                    if s == UNSET || e == UNSET || e < s {
                        false
                    } else {
                        let len = e - s;
                        if pos + len > self.text.len() {
                            false
                        } else {
                            self.tick(vm, (len / 8) as u32)?;
                            let same = (0..len).all(|k| {
                                let (a, b) = (self.text[s + k].code(), self.text[pos + k].code());
                                a == b || (icase && fold(a, ascii) == fold(b, ascii))
                            });
                            pos += len;
                            same
                        }
                    }
                }
                Inst::Cond { group, no } => {
                    let g = group as usize;
                    let set = self.caps.get(2 * g + 1).is_some_and(|&e| e != UNSET)
                        && self.caps[2 * g] != UNSET;
                    pc = if set { pc + 1 } else { no };
                    true
                }
                Inst::SubMatch => return Ok(Some(pos)),
                Inst::Match => {
                    if (self.full && pos != self.text.len())
                        || (pos == self.attempt && pos == self.no_empty_at)
                    {
                        false
                    } else {
                        self.caps[0] = self.attempt;
                        self.caps[1] = pos;
                        return Ok(Some(pos));
                    }
                }
            };
            if !ok {
                match self.backtrack(vm, base)? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return Ok(None),
                }
            }
        }
    }
}
