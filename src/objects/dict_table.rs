//! The insertion-ordered hash table behind `dict` (and instance and module
//! namespaces): a dense entry vector plus an open-addressed index.
//!
//! Key equality may need to run script code (`__eq__`), which can mutate the
//! very table being searched, so lookups are resumable: `find` stops with
//! `Step::Ask` when it meets a candidate it cannot compare natively; the
//! caller compares with no borrow held, then resumes or restarts.

use super::Value;

const EMPTY: u32 = u32::MAX;
/// Tables with at most this many entries have no index: lookups scan the
/// entries (namespaces of instances are small, and one allocation fewer
/// and one indirection fewer is what matters for them).
const SMALL: usize = 8;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

#[inline]
fn bloom_bit(hash: i64) -> u64 {
    1u64 << ((hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Index slots holding DUMMY.
    dummies: usize,
    /// One bit per key hash inserted since the last clear (a one-word
    /// Bloom filter): most misses on small tables (an instance dict
    /// checked for a method name) end here without touching the entries.
    bloom: u64,
    /// Bumped on every structural change (insert of a new key, delete,
    /// resize), so a resumed search can tell that the table moved under it.
    pub version: u64,
    /// Bumped when entries move or the index is rebuilt (resize,
    /// compaction, clear): a search paused for a script-level comparison
    /// restarts only then, or when the entry it compared changed, as
    /// CPython's does; inserts elsewhere let it continue.
    pub layout: u64,
}

/// Where a search stands; pass it back to `find` to resume.
#[derive(Clone, Copy, Debug)]
pub struct Cursor {
    slot: usize,
    perturb: u64,
    started: bool,
    /// First DUMMY slot seen, where an insert may go.
    free: Option<usize>,
}

impl Cursor {
    pub fn new() -> Cursor {
        Cursor {
            slot: 0,
            perturb: 0,
            started: false,
            free: None,
        }
    }
}

impl Default for Cursor {
    fn default() -> Self {
        Cursor::new()
    }
}

pub enum Step {
    /// The key is at this entry index (in slot `slot`).
    Found { entry: usize, slot: usize },
    /// Not present; an insert should use index slot `slot`.
    Missing { slot: usize },
    /// Candidate entry with an equal hash whose key needs a script-level
    /// comparison. Compare, then either accept it or call `find` again with
    /// the same cursor (if `version` is unchanged) or a fresh one.
    Ask { entry: usize, slot: usize },
}

/// Equality decidable without running script code, or `None`.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_at(a, b, 0)
}

/// Nested tuples deeper than this go the slow way, which counts depth
/// against the recursion limit.
const FAST_EQ_DEPTH: usize = 16;

fn fast_eq_at(a: &Value, b: &Value, depth: usize) -> Option<bool> {
    use Value::*;
    // The common namespace case first: interned names compare by pointer.
    if let (Str(x), Str(y)) = (a, b) {
        return Some(std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str());
    }
    if let (Int(x), Int(y)) = (a, b) {
        return Some(x == y);
    }
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some((*x as f64) == *y && (*y as i64) == *x),
        (Float(x), Float(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => Some(*x as i64 == *y),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some(*x as i64 as f64 == *y),
        (BigInt(x), BigInt(y)) => Some(x == y),
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) | (BigInt(_), Bool(_)) | (Bool(_), BigInt(_)) => {
            Some(false)
        }
        (Bytes(x), Bytes(y)) => Some(x.as_bytes() == y.as_bytes()),
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            if depth >= FAST_EQ_DEPTH {
                return Option::None;
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match fast_eq_at(p, q, depth + 1) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (None, _) | (_, None) => Some(false),
        // Values of distinct built-in kinds never compare equal.
        (Str(_), Int(_) | Float(_) | Bool(_) | BigInt(_) | Tuple(_) | Bytes(_))
        | (Int(_) | Float(_) | Bool(_) | BigInt(_) | Tuple(_) | Bytes(_), Str(_)) => Some(false),
        (Tuple(_), Int(_) | Float(_) | Bool(_) | BigInt(_) | Bytes(_))
        | (Int(_) | Float(_) | Bool(_) | BigInt(_) | Bytes(_), Tuple(_)) => Some(false),
        (Float(x), BigInt(y)) | (BigInt(y), Float(x)) => {
            use num_traits::ToPrimitive;
            Some(
                y.to_f64() == Some(*x) && x.fract() == 0.0 && {
                    let back = num_bigint::BigInt::from(*x as i128);
                    x.abs() < 1e38 && back == **y
                },
            )
        }
        (Class(x), Class(y)) => Some(std::rc::Rc::ptr_eq(x, y)),
        (Function(_), Function(_)) | (Builtin(_), Builtin(_)) | (Module(_), Module(_)) => {
            Some(false)
        }
        _ => Option::None,
    }
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > 0 {
            t.entries.reserve(n);
            if n > SMALL {
                t.indices = vec![EMPTY; index_size_for(n)];
            }
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Search for `key`. Comparisons that `fast_eq` can decide are done
    /// here; others stop the search with `Step::Ask`.
    pub fn find(&self, hash: i64, key: &Value, cur: &mut Cursor) -> Step {
        if self.indices.is_empty() {
            if self.bloom & bloom_bit(hash) == 0 {
                return Step::Missing { slot: usize::MAX };
            }
            // Small table: scan the entries; the cursor is the position.
            let start = if cur.started { cur.slot } else { 0 };
            cur.started = true;
            for pos in start..self.entries.len() {
                if let Some(e) = &self.entries[pos] {
                    if e.hash == hash {
                        match fast_eq(&e.key, key) {
                            Some(true) => {
                                return Step::Found {
                                    entry: pos,
                                    slot: usize::MAX,
                                }
                            }
                            Some(false) => {}
                            None => {
                                cur.slot = pos + 1;
                                return Step::Ask {
                                    entry: pos,
                                    slot: usize::MAX,
                                };
                            }
                        }
                    }
                }
            }
            return Step::Missing { slot: usize::MAX };
        }
        let mask = self.indices.len() - 1;
        if !cur.started {
            cur.started = true;
            cur.perturb = hash as u64;
            cur.slot = (hash as u64 as usize) & mask;
        } else {
            self.advance(cur, mask);
        }
        loop {
            let ix = self.indices[cur.slot];
            if ix == EMPTY {
                return Step::Missing {
                    slot: cur.free.unwrap_or(cur.slot),
                };
            }
            if ix == DUMMY {
                if cur.free.is_none() {
                    cur.free = Some(cur.slot);
                }
            } else if let Some(e) = &self.entries[ix as usize] {
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => {
                            return Step::Found {
                                entry: ix as usize,
                                slot: cur.slot,
                            }
                        }
                        Some(false) => {}
                        None => {
                            return Step::Ask {
                                entry: ix as usize,
                                slot: cur.slot,
                            }
                        }
                    }
                }
            }
            self.advance(cur, mask);
        }
    }

    #[inline]
    fn advance(&self, cur: &mut Cursor, mask: usize) {
        cur.perturb >>= PERTURB_SHIFT;
        cur.slot = (cur
            .slot
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(cur.perturb as usize))
            & mask;
    }

    /// Entry index of a string key (namespace lookups): pointer equality
    /// first, then text; keys of other kinds never equal a str here.
    #[inline]
    pub fn find_str(&self, key: &super::StrObj) -> Option<usize> {
        let hash = key.hash();
        if self.indices.is_empty() {
            if self.bloom & bloom_bit(hash) == 0 {
                return None;
            }
            for (pos, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    if let Value::Str(k) = &e.key {
                        if std::ptr::eq(&**k, key) || (e.hash == hash && k.as_str() == key.as_str())
                        {
                            return Some(pos);
                        }
                    }
                }
            }
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        if let Value::Str(k) = &e.key {
                            if std::ptr::eq(&**k, key) || k.as_str() == key.as_str() {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The value of a string key.
    #[inline]
    pub fn get_str(&self, key: &super::StrObj) -> Option<&Value> {
        let i = self.find_str(key)?;
        self.entries[i].as_ref().map(|e| &e.value)
    }

    /// Lookup for keys whose equality is always native (str, int, ...).
    /// Candidates that would need script code are treated as unequal.
    pub fn get_fast(&self, hash: i64, key: &Value) -> Option<&Value> {
        let mut cur = Cursor::new();
        loop {
            match self.find(hash, key, &mut cur) {
                Step::Found { entry, .. } => return self.entries[entry].as_ref().map(|e| &e.value),
                Step::Missing { .. } => return None,
                Step::Ask { .. } => continue,
            }
        }
    }

    /// Position (entry index) of a key found with native equality only.
    pub fn position_fast(&self, hash: i64, key: &Value) -> Option<usize> {
        let mut cur = Cursor::new();
        loop {
            match self.find(hash, key, &mut cur) {
                Step::Found { entry, .. } => return Some(entry),
                Step::Missing { .. } => return None,
                Step::Ask { .. } => continue,
            }
        }
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn value_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.value)
    }

    /// Replace the value of an existing entry.
    pub fn set_value(&mut self, i: usize, v: Value) -> Option<Value> {
        self.value_mut(i).map(|slot| std::mem::replace(slot, v))
    }

    /// What inserting one more key may allocate at once (0 when it fits):
    /// the entries' next growth plus a rebuilt index, with the copy a
    /// rebuild makes.
    pub fn growth_bytes(&self) -> usize {
        let full = self.entries.len() == self.entries.capacity();
        let rebuild = self.entries.len() >= SMALL
            && (self.len + self.dummies + 1) * 3 > self.indices.len() * 2;
        if !full && !rebuild {
            return 0;
        }
        let n = self.entries.capacity().max(4) * 2;
        n * std::mem::size_of::<Option<Entry>>() * 2 + index_size_for(n) * 4
    }

    /// Insert a key known to be absent, at the slot `find` reported.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value, slot: usize) {
        self.bloom |= bloom_bit(hash);
        if self.indices.is_empty() {
            if self.entries.capacity() == 0 {
                self.entries.reserve(4);
            }
            self.entries.push(Some(Entry { hash, key, value }));
            self.len += 1;
            self.version += 1;
            if self.entries.len() > SMALL {
                self.rebuild();
            }
            return;
        }
        let needs_grow = self.indices.is_empty()
            || (self.len + self.dummies + 1) * 3 > self.indices.len() * 2
            || slot == usize::MAX;
        let ix = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.version += 1;
        if needs_grow {
            self.rebuild();
        } else {
            if self.indices[slot] == DUMMY {
                self.dummies -= 1;
            }
            self.indices[slot] = ix;
        }
    }

    /// Insert or overwrite when every key comparison is native.
    pub fn insert_fast(&mut self, hash: i64, key: Value, value: Value) -> Option<Value> {
        let mut cur = Cursor::new();
        loop {
            match self.find(hash, &key, &mut cur) {
                Step::Found { entry, .. } => return self.set_value(entry, value),
                Step::Missing { slot } => {
                    self.insert_new(hash, key, value, slot);
                    return None;
                }
                Step::Ask { .. } => continue,
            }
        }
    }

    /// Remove the entry at `entry` found in index slot `slot`.
    pub fn remove_at(&mut self, entry: usize, slot: usize) -> Option<Entry> {
        let e = self.entries.get_mut(entry)?.take()?;
        if let Some(ix) = self.indices.get_mut(slot) {
            *ix = DUMMY;
            self.dummies += 1;
        }
        self.len -= 1;
        self.version += 1;
        // Trailing holes can simply be dropped, which keeps popitem() O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.rebuild();
        }
        Some(e)
    }

    /// Remove by key with native equality only.
    pub fn remove_fast(&mut self, hash: i64, key: &Value) -> Option<Entry> {
        let mut cur = Cursor::new();
        loop {
            match self.find(hash, key, &mut cur) {
                Step::Found { entry, slot } => return self.remove_at(entry, slot),
                Step::Missing { .. } => return None,
                Step::Ask { .. } => continue,
            }
        }
    }

    /// Find the index slot that points at entry `entry` (for removals by position).
    pub fn slot_of(&self, entry: usize) -> Option<usize> {
        let e = self.entries.get(entry)?.as_ref()?;
        if self.indices.is_empty() {
            // Small tables have no index slot to clear.
            return Some(usize::MAX);
        }
        let mask = self.indices.len() - 1;
        let mut cur = Cursor {
            slot: (e.hash as u64 as usize) & mask,
            perturb: e.hash as u64,
            started: true,
            free: None,
        };
        for _ in 0..=self.indices.len() * 2 {
            if self.indices[cur.slot] == entry as u32 {
                return Some(cur.slot);
            }
            if self.indices[cur.slot] == EMPTY {
                return None;
            }
            self.advance(&mut cur, mask);
        }
        None
    }

    /// Whether a search paused at `entry` for comparing `key` may go on:
    /// nothing moved and the entry still holds that very key. After other
    /// changes the cursor forgets its free slot (it may have been reused).
    pub fn may_resume(&self, layout: u64, entry: usize, key: &Value, cur: &mut Cursor) -> bool {
        if self.layout != layout {
            return false;
        }
        match self.entry(entry) {
            Some(e) if e.key.is(key) => {
                cur.free = None;
                true
            }
            _ => false,
        }
    }

    /// Remove and return the last entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let last = self.entries.len().checked_sub(1)?;
        let slot = self.slot_of(last)?;
        self.remove_at(last, slot)
    }

    /// How many live entries lie before raw position `pos` (iterators keep
    /// raw positions; a rebuilt table has no holes).
    pub fn live_before(&self, pos: usize) -> usize {
        self.entries
            .iter()
            .take(pos)
            .filter(|e| e.is_some())
            .count()
    }

    /// A table of entries whose keys are known to be distinct (a restored
    /// snapshot's), indexed without comparing any two keys.
    pub fn from_distinct(entries: Vec<(i64, Value, Value)>) -> DictTable {
        let mut t = DictTable::with_capacity(entries.len());
        for (hash, key, value) in entries {
            t.bloom |= bloom_bit(hash);
            t.entries.push(Some(Entry { hash, key, value }));
            t.len += 1;
        }
        t.rebuild();
        t
    }

    fn rebuild(&mut self) {
        let live: Vec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        self.entries = live;
        self.dummies = 0;
        if self.entries.len() <= SMALL {
            self.indices = Vec::new();
            self.version += 1;
            self.layout += 1;
            return;
        }
        let size = index_size_for(self.entries.len() + 1);
        self.indices = vec![EMPTY; size];
        self.dummies = 0;
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let mut slot = (e.hash as u64 as usize) & mask;
                let mut perturb = e.hash as u64;
                while self.indices[slot] != EMPTY {
                    perturb >>= PERTURB_SHIFT;
                    slot = (slot
                        .wrapping_mul(5)
                        .wrapping_add(1)
                        .wrapping_add(perturb as usize))
                        & mask;
                }
                self.indices[slot] = ix as u32;
            }
        }
        self.version += 1;
        self.layout += 1;
    }

    pub fn clear(&mut self) {
        self.bloom = 0;
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.dummies = 0;
        self.version += 1;
        self.layout += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Raw entry slots (holes included), for iterators that keep a position.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

fn index_size_for(n: usize) -> usize {
    let mut size = 8;
    while size * 2 < n * 3 {
        size <<= 1;
    }
    size
}
