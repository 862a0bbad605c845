//! The hash table behind `set` and `frozenset`.
//!
//! Programs print sets, and for ints (whose hash is the value) the order
//! they come out in is fixed by the table layout, so this table follows the
//! layout rules CPython's sets observably use: a power-of-two table of at
//! least 8 slots, a short linear probe run before each perturbed jump,
//! growth when 3/5 of the slots are used, and iteration in slot order.

use super::dict_table::fast_eq;
use super::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub enum Slot {
    #[default]
    Empty,
    Dummy,
    Active {
        hash: i64,
        key: Value,
    },
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active entries.
    used: usize,
    /// Active plus dummy entries.
    fill: usize,
    pub version: u64,
    /// Bumped when the slots are reallocated (resize, clear): a probe
    /// paused for `__eq__` restarts only then or when its slot changed.
    pub layout: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// Result of a probe for a key.
pub enum SetStep {
    Found(usize),
    /// Absent; `Some(slot)` is where it would be inserted.
    Missing(usize),
    /// A candidate needs a script-level comparison; resume with `probe_from`.
    Ask {
        slot: usize,
        state: ProbeState,
    },
}

#[derive(Clone, Copy)]
pub struct ProbeState {
    base: usize,
    offset: usize,
    perturb: u64,
    free: Option<usize>,
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
            version: 0,
            layout: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn start(&self, hash: i64) -> ProbeState {
        ProbeState {
            base: (hash as u64 as usize) & self.mask(),
            offset: 0,
            perturb: hash as u64,
            free: None,
        }
    }

    /// Probe for `key` from `st` (a fresh `start(hash)` or a resumed state).
    pub fn probe_from(&self, hash: i64, key: &Value, mut st: ProbeState) -> SetStep {
        let mask = self.mask();
        loop {
            let probes = if st.base + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            while st.offset <= probes {
                let i = st.base + st.offset;
                st.offset += 1;
                match &self.slots[i] {
                    Slot::Empty => return SetStep::Missing(st.free.unwrap_or(i)),
                    Slot::Dummy => {
                        if st.free.is_none() {
                            st.free = Some(i);
                        }
                    }
                    Slot::Active { hash: h, key: k } => {
                        if *h == hash {
                            match fast_eq(k, key) {
                                Some(true) => return SetStep::Found(i),
                                Some(false) => {}
                                None => return SetStep::Ask { slot: i, state: st },
                            }
                        }
                    }
                }
            }
            st.perturb >>= PERTURB_SHIFT;
            st.base = (st
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(st.perturb as usize))
                & mask;
            st.offset = 0;
        }
    }

    /// Whether a probe paused at `slot` to compare `key` may go on (the
    /// table was not reallocated and the slot still holds that key); its
    /// remembered free slot is dropped, as a callback may have filled it.
    pub fn may_resume(&self, layout: u64, slot: usize, key: &Value, st: &mut ProbeState) -> bool {
        if self.layout != layout || !matches!(self.key_at(slot), Some(k) if k.is(key)) {
            return false;
        }
        st.free = None;
        true
    }

    pub fn key_at(&self, slot: usize) -> Option<&Value> {
        match self.slots.get(slot) {
            Some(Slot::Active { key, .. }) => Some(key),
            _ => None,
        }
    }

    /// What inserting one more key may allocate at once (0 when it fits).
    pub fn growth_bytes(&self) -> usize {
        if (self.fill + 1) * 5 < self.mask() * 3 {
            return 0;
        }
        (self.used + 1) * 4 * std::mem::size_of::<Slot>()
    }

    /// Insert a key known to be absent at the slot the probe reported.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let was_empty = matches!(self.slots[slot], Slot::Empty);
        self.slots[slot] = Slot::Active { hash, key };
        self.used += 1;
        self.version += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let target = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(target);
            }
        }
    }

    /// Insert with native equality only (keys of built-in value types).
    pub fn insert_fast(&mut self, hash: i64, key: Value) -> bool {
        let mut st = self.start(hash);
        loop {
            match self.probe_from(hash, &key, st) {
                SetStep::Found(_) => return false,
                SetStep::Missing(slot) => {
                    self.insert_at(slot, hash, key);
                    return true;
                }
                SetStep::Ask { state, .. } => st = state,
            }
        }
    }

    pub fn contains_fast(&self, hash: i64, key: &Value) -> bool {
        let mut st = self.start(hash);
        loop {
            match self.probe_from(hash, key, st) {
                SetStep::Found(_) => return true,
                SetStep::Missing(_) => return false,
                SetStep::Ask { state, .. } => st = state,
            }
        }
    }

    pub fn remove_at(&mut self, slot: usize) -> Option<Value> {
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                self.version += 1;
                Some(key)
            }
            other => {
                self.slots[slot] = other;
                None
            }
        }
    }

    /// The slot layout (empty, dummy or a key with its hash), so a
    /// snapshot can rebuild a table that iterates in the same order.
    pub fn layout(&self) -> &[Slot] {
        &self.slots
    }

    /// A table with the given layout. Keys whose hash changed (identity
    /// hashes differ between processes) are put where their new hash
    /// leads; a layout that is not a power of two is rebuilt from scratch.
    pub fn from_layout(slots: Vec<Slot>, new_hashes: Vec<i64>) -> SetTable {
        let n = slots.len();
        let mut moved = Vec::new();
        let mut t = if n >= MIN_SIZE && n.is_power_of_two() {
            let mut t = SetTable {
                slots: Vec::with_capacity(n),
                used: 0,
                fill: 0,
                version: 0,
                layout: 0,
            };
            for (s, h) in slots.into_iter().zip(new_hashes) {
                match s {
                    Slot::Empty => t.slots.push(Slot::Empty),
                    Slot::Dummy => {
                        t.fill += 1;
                        t.slots.push(Slot::Dummy);
                    }
                    Slot::Active { hash, key } => {
                        if h == hash {
                            t.fill += 1;
                            t.used += 1;
                            t.slots.push(Slot::Active { hash, key });
                        } else {
                            t.slots.push(Slot::Dummy);
                            t.fill += 1;
                            moved.push((h, key));
                        }
                    }
                }
            }
            t
        } else {
            for (s, h) in slots.into_iter().zip(new_hashes) {
                if let Slot::Active { key, .. } = s {
                    moved.push((h, key));
                }
            }
            SetTable::new()
        };
        if !moved.is_empty() || t.fill * 5 >= t.mask() * 3 || t.fill >= t.slots.len() {
            let keep: Vec<(i64, Value)> = std::mem::take(&mut t.slots)
                .into_iter()
                .filter_map(|s| match s {
                    Slot::Active { hash, key } => Some((hash, key)),
                    _ => None,
                })
                .collect();
            t = SetTable::from_distinct(keep.into_iter().chain(moved).collect());
        }
        t
    }

    /// A table of keys known to be distinct (a restored snapshot's),
    /// placed without comparing any two keys.
    pub fn from_distinct(keys: Vec<(i64, Value)>) -> SetTable {
        let mut t = SetTable::new();
        t.resize(keys.len() * 2);
        for (hash, key) in keys {
            t.insert_clean(hash, key);
        }
        t
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = 0;
        self.used = 0;
        for s in old {
            if let Slot::Active { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
        self.version += 1;
        self.layout += 1;
    }

    /// Insert into a table known to hold no equal key and no dummies.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut base = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if base + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for off in 0..=probes {
                let i = base + off;
                if matches!(self.slots[i], Slot::Empty) {
                    self.slots[i] = Slot::Active { hash, key };
                    self.fill += 1;
                    self.used += 1;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            base = (base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Take in the keys of another set when that needs no comparison
    /// that could run script code: as CPython's set merge, one resize up
    /// front, then an exact copy of the slots when the sizes match and
    /// there are no dummies, else a clean insert in slot order. False when
    /// this table already holds keys (the caller adds them one by one).
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
        } else {
            for s in &other.slots {
                if let Slot::Active { hash, key } = s {
                    self.insert_clean(*hash, key.clone());
                }
            }
        }
        self.version += 1;
        self.layout += 1;
        true
    }

    pub fn clear(&mut self) {
        *self = SetTable {
            version: self.version + 1,
            layout: self.layout + 1,
            ..SetTable::new()
        };
    }

    /// Keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        })
    }

    pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The active key at `slot`, for iterators that walk by position.
    pub fn slot_key(&self, slot: usize) -> Option<&Value> {
        self.key_at(slot)
    }

    /// Remove and return an arbitrary element (`set.pop()`): the first in
    /// table order, as CPython's scan finds it.
    pub fn pop_first(&mut self) -> Option<Value> {
        let i = self
            .slots
            .iter()
            .position(|s| matches!(s, Slot::Active { .. }))?;
        self.remove_at(i)
    }
}
