//! Trial deletion over generations 0..=g where they lie. A tracked
//! object's slot already says which list holds it and where, so its index
//! among the candidates is known without writing anything to it first:
//! one pass over the objects finds the references candidates hold to each
//! other, and survivors of the oldest generation are not touched again.

use super::{slot_of, strong_count, trace, GcSlot, GcState, Tracked};
use crate::objects::Value;

use super::slot::{DETACHED, TAKEN, UNTRACKED};

/// Kinds that a collection may untrack while they reach nothing tracked:
/// tuples (immutable), idle generators (tracked again when resumed) and
/// lists (detached until written to; one borrowed for writing now may be
/// about to get anything back, as `sort` does).
#[inline]
fn untrackable(v: &Value) -> bool {
    match v {
        Value::Tuple(_) => true,
        Value::List(l) => l.try_borrow().is_ok(),
        Value::Generator(g) => trace::generator_untrackable(g),
        _ => false,
    }
}

/// How many list entries ahead of the one being visited the objects are
/// prefetched: long-lived objects are cold, and visiting them one after
/// the other would wait for memory at each.
const PREFETCH_AHEAD: usize = 8;

/// The analysis' working arrays, kept from one collection to the next so
/// that frequent young collections allocate nothing.
#[derive(Default)]
pub struct Scratch {
    /// References to candidate i not explained by other candidates.
    refs: Vec<isize>,
    /// Candidate-to-candidate edges, compressed rows.
    starts: Vec<u32>,
    edges: Vec<u32>,
    alive: Vec<bool>,
    /// Candidates that reach no tracked object and may leave the
    /// collector if they survive (see `untrackable`).
    loose: Vec<bool>,
    stack: Vec<u32>,
    /// The collector slots of the children of the last few candidates
    /// visited, and where each candidate's end (`kid_ends`). Their slots
    /// are read a batch later, once the prefetches have had time to land.
    /// The low bit marks a generator's (slots are 4-byte aligned).
    kids: Vec<usize>,
    kid_ends: Vec<u32>,
}

/// List a candidate's child by its collector slot, and start loading
/// the slot (see `Scratch::resolve_kids`).
#[inline(always)]
fn list_kid(kids: &mut Vec<usize>, c: &Value) {
    // Most children of a big container are numbers and strings: one test
    // of the tag skips them (`slot_of` alone is a jump per child).
    if !super::has_slot(c) {
        return;
    }
    if let Some(slot) = slot_of(c) {
        let p: *const GcSlot = slot;
        super::prefetch_line(p.cast());
        kids.push(p as usize | (GEN_TAG * matches!(c, Value::Generator(_)) as usize));
    }
}

/// Set on a listed child slot that belongs to a generator.
const GEN_TAG: usize = 1;

/// Candidates whose children are listed before their slots are read.
const KID_BATCH: usize = 32;

/// Buffers larger than this (in entries) are released after a collection,
/// so one full collection of a large heap does not keep its arrays.
const SCRATCH_KEEP: usize = 1 << 15;

impl Scratch {
    /// Turn the listed children of the pending candidates into rows of
    /// edges (references to candidates) and subtract them from `refs`.
    fn resolve_kids(&mut self, gen: usize, base: &[usize; 3]) {
        let mut from = 0;
        for &end in &self.kid_ends {
            // Rows are made in candidate order: this is candidate `i`'s.
            let i = self.starts.len();
            self.starts.push(self.edges.len() as u32);
            let mut pins = false;
            for &p in &self.kids[from..end as usize] {
                // SAFETY: `p` (tag bit aside) is the slot of an object that
                // a candidate holds a strong reference to. Nothing has run
                // since the candidate was visited (no script code, no
                // destructor: no handle was let go of), so the object is
                // still there.
                let slot = unsafe { &*((p & !GEN_TAG) as *const GcSlot) };
                let word = slot.get();
                // As `gc::pins_tracking`: a tracked child, or a generator.
                pins |= word != UNTRACKED || p & GEN_TAG != 0;
                if let Some((cg, idx)) = slot.position() {
                    if cg <= gen {
                        let j = base[cg] + idx;
                        self.refs[j] -= 1;
                        self.edges.push(j as u32);
                    }
                }
            }
            if pins {
                self.loose[i] = false;
            }
            from = end as usize;
        }
        self.kids.clear();
        self.kid_ends.clear();
    }

    fn release_if_large(&mut self) {
        if self.refs.capacity() > SCRATCH_KEEP
            || self.edges.capacity() > 2 * SCRATCH_KEEP
            || self.kids.capacity() > SCRATCH_KEEP
        {
            *self = Scratch::default();
        }
    }
}

/// Mark the candidates with references from outside (`refs[i] > 0`) and
/// everything they reach along the edges as alive.
pub(crate) fn mark_alive_into(
    refs: &[isize],
    starts: &[u32],
    edges: &[u32],
    alive: &mut Vec<bool>,
    stack: &mut Vec<u32>,
) {
    alive.clear();
    alive.resize(refs.len(), false);
    stack.clear();
    // Only candidates with edges of their own go on the stack: most are
    // leaves (a suspended frame holding numbers), and in a heap without
    // cycles most are roots.
    let has_edges = |i: usize| starts[i] != starts[i + 1];
    for (i, &r) in refs.iter().enumerate() {
        if r > 0 {
            alive[i] = true;
            if has_edges(i) {
                stack.push(i as u32);
            }
        }
    }
    while let Some(i) = stack.pop() {
        let i = i as usize;
        for &j in &edges[starts[i] as usize..starts[i + 1] as usize] {
            let j = j as usize;
            if !alive[j] {
                alive[j] = true;
                if has_edges(j) {
                    stack.push(j as u32);
                }
            }
        }
    }
}

impl GcState {
    /// Split generations 0..=`gen` into survivors and garbage. Garbage
    /// leaves its list (its slot says TAKEN) and is returned; survivors of
    /// the younger generations move to `older`, those of `older` itself
    /// stay where they are. Returns the garbage and how many survivors
    /// moved.
    pub fn collect_in_place(&mut self, gen: usize, older: usize) -> (Vec<Value>, usize) {
        let mut base = [0usize; 3];
        let mut total = 0;
        for (i, b) in base.iter_mut().enumerate().take(gen + 1) {
            *b = total;
            total += self.lists[i].len();
        }
        self.examined[gen] += total;
        let mut s = std::mem::take(&mut self.scratch);
        s.refs.clear();
        s.refs.resize(total, 0);
        s.starts.clear();
        s.starts.reserve(total + 1);
        s.edges.clear();
        s.kids.clear();
        s.kid_ends.clear();
        s.loose.clear();
        s.loose.resize(total, false);
        for (g, &b) in base.iter().enumerate().take(gen + 1) {
            let list = &self.lists[g];
            for (idx, t) in list.iter().enumerate() {
                if let Some(ahead) = list.get(idx + PREFETCH_AHEAD) {
                    ahead.prefetch();
                }
                // A dead place has no references and no edges: never alive.
                if let Some(v) = t.peek() {
                    // `v` holds no count of its own.
                    s.refs[b + idx] += strong_count(&v) as isize;
                    let kids = &mut s.kids;
                    trace::children(&v, &mut |c| list_kid(kids, c));
                    // Only survivors that move can leave their list, and
                    // only if no child keeps them (see `resolve_kids`).
                    s.loose[b + idx] = g != older && untrackable(&v);
                }
                s.kid_ends.push(s.kids.len() as u32);
                if s.kid_ends.len() == KID_BATCH {
                    s.resolve_kids(gen, &base);
                }
            }
        }
        s.resolve_kids(gen, &base);
        s.starts.push(s.edges.len() as u32);
        mark_alive_into(&s.refs, &s.starts, &s.edges, &mut s.alive, &mut s.stack);
        let mut garbage = Vec::new();
        for (g, &b) in base.iter().enumerate().take(gen + 1) {
            for idx in 0..self.lists[g].len() {
                if s.alive[b + idx] || matches!(self.lists[g][idx], Tracked::Dead) {
                    continue;
                }
                if let Some(v) = self.lists[g][idx].upgrade() {
                    if let Some(s) = slot_of(&v) {
                        s.set(TAKEN);
                    }
                    self.lists[g][idx] = Tracked::Dead;
                    self.dead[g] += 1;
                    garbage.push(v);
                }
            }
        }
        let mut moved = 0;
        for (g, &b) in base.iter().enumerate().take(gen + 1) {
            if g == older {
                continue;
            }
            self.dead[g] = 0;
            let mut list = std::mem::take(&mut self.lists[g]);
            let dest = &mut self.lists[older];
            dest.reserve(list.len());
            for (idx, t) in list.drain(..).enumerate() {
                // Nothing has run since the analysis: every place that is
                // not dead holds a live object.
                if let Some(slot) = t.slot() {
                    if s.loose[b + idx] {
                        // A survivor that reaches nothing tracked cannot be
                        // in a cycle until it changes (a tuple never does,
                        // a generator is tracked again when it runs).
                        let lone = if matches!(t, Tracked::List(_)) {
                            DETACHED
                        } else {
                            UNTRACKED
                        };
                        slot.set(lone);
                        continue;
                    }
                    slot.place(older, dest.len());
                    dest.push(t);
                    moved += 1;
                }
            }
            // Keep the emptied list's buffer for the next young objects.
            if list.capacity() <= SCRATCH_KEEP {
                self.lists[g] = list;
            }
        }
        s.release_if_large();
        self.scratch = s;
        self.trim(older);
        (garbage, moved)
    }

    /// Drop trailing dead places and compact a list that is mostly dead.
    pub(super) fn trim(&mut self, gen: usize) {
        let list = &mut self.lists[gen];
        while matches!(list.last(), Some(Tracked::Dead)) {
            list.pop();
            self.dead[gen] -= 1;
        }
        if self.dead[gen] > 64 && self.dead[gen] * 2 > self.lists[gen].len() {
            self.compact(gen);
        }
    }
}
