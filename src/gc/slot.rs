//! The word every collectable object carries for the collector: which
//! generation list holds it and where, so that an object leaves its list
//! the moment reference counting frees it, and so that the analysis finds
//! a candidate's index without a hash lookup.

use std::cell::Cell;

/// Not registered with the collector (the initial state).
pub const UNTRACKED: u32 = u32::MAX;
/// A list a collection found holding nothing that could close a cycle
/// (numbers, strings, untracked tuples): it leaves the collector's lists
/// until it is written to (see `ListObj::borrow_mut`). Only lists the
/// collector listed, which live in an `Rc`, are ever detached.
pub const DETACHED: u32 = u32::MAX - 1;
/// Set while the object is a candidate of the running collection; the low
/// bits are then its index among the candidates (or `TAKEN`).
pub const CAND: u32 = 1 << 31;
/// A candidate that has no analysis index yet.
pub const TAKEN: u32 = CAND | (CAND - 1);
const GEN_SHIFT: u32 = 29;
/// Set on a young object listed without being counted toward the young
/// generation's threshold (a generator tracked again when resumed): its
/// death must not take a count it never added.
const UNCOUNTED: u32 = 1 << 28;
const IDX_MASK: u32 = UNCOUNTED - 1;
/// The list `gc.freeze()` moves objects to, after the three generations.
pub const FROZEN: usize = 3;

#[derive(Debug)]
pub struct GcSlot(Cell<u32>);

impl Default for GcSlot {
    fn default() -> Self {
        GcSlot(Cell::new(UNTRACKED))
    }
}

impl GcSlot {
    #[inline]
    pub fn get(&self) -> u32 {
        self.0.get()
    }

    #[inline]
    pub fn set(&self, v: u32) {
        self.0.set(v)
    }

    /// Whether the object sits in a generation (or the frozen) list.
    #[inline]
    pub fn is_listed(&self) -> bool {
        self.0.get() & CAND == 0
    }

    pub fn place(&self, gen: usize, idx: usize) {
        debug_assert!(idx <= IDX_MASK as usize);
        self.0.set(((gen as u32) << GEN_SHIFT) | idx as u32);
    }

    /// Listed in the young generation without being counted.
    pub fn place_uncounted(&self, idx: usize) {
        debug_assert!(idx <= IDX_MASK as usize);
        self.0.set(UNCOUNTED | idx as u32);
    }

    /// Whether a listed object was listed by `place_uncounted`.
    #[inline]
    pub fn is_uncounted(&self) -> bool {
        self.is_listed() && self.0.get() & UNCOUNTED != 0
    }

    /// (generation, index) of a listed object.
    #[inline]
    pub fn position(&self) -> Option<(usize, usize)> {
        let v = self.0.get();
        if v & CAND != 0 {
            return None;
        }
        Some((((v >> GEN_SHIFT) & 3) as usize, (v & IDX_MASK) as usize))
    }

    /// The candidate index during an analysis.
    #[inline]
    pub fn candidate(&self) -> Option<usize> {
        let v = self.0.get();
        if v & CAND != 0 && v != UNTRACKED && v != TAKEN {
            Some((v & !CAND) as usize)
        } else {
            None
        }
    }
}
