//! The cycle collector. Reference counting frees most objects; this finds
//! groups of containers that only reference each other.
//!
//! Containers are registered (as weak references) when made, in the young
//! generation. A collection of generations 0..=g uses trial deletion, as
//! CPython's collector does: an object whose strong count exceeds the
//! references it receives from other candidates is referenced from outside
//! (a frame, the Rust stack, an older object), and everything it reaches
//! stays alive; the rest is garbage. Finalizers (generator close,
//! `__del__`, asyncio's "never retrieved" reports) run before anything is
//! freed; objects they resurrect are kept; the rest have their references
//! cleared, which breaks the cycles and lets reference counting free them.

mod collect;
pub mod deep_drop;
pub mod module;
pub mod trace;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::objects::{
    BoundMethodObj, CellObj, ClassObj, DictObj, ExceptionObj, FunctionObj, GenObj, InstanceObj,
    IterObj, ListObj, ModuleObj, NativeObj, SetObj, TupleObj, Value,
};

/// A weak handle to a tracked container.
#[derive(Clone)]
pub enum Tracked {
    List(Weak<ListObj>),
    Dict(Weak<DictObj>),
    Set(Weak<SetObj>),
    FrozenSet(Weak<SetObj>),
    Tuple(Weak<TupleObj>),
    Instance(Weak<InstanceObj>),
    Exception(Weak<ExceptionObj>),
    Function(Weak<FunctionObj>),
    Cell(Weak<CellObj>),
    Generator(Weak<GenObj>),
    BoundMethod(Weak<BoundMethodObj>),
    Iter(Weak<IterObj>),
    Native(Weak<NativeObj>),
    Class(Weak<ClassObj>),
    Module(Weak<ModuleObj>),
}

impl Tracked {
    pub fn upgrade(&self) -> Option<Value> {
        Some(match self {
            Tracked::List(w) => Value::List(w.upgrade()?),
            Tracked::Dict(w) => Value::Dict(w.upgrade()?),
            Tracked::Set(w) => Value::Set(w.upgrade()?),
            Tracked::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            Tracked::Tuple(w) => Value::Tuple(w.upgrade()?),
            Tracked::Instance(w) => Value::Instance(w.upgrade()?),
            Tracked::Exception(w) => Value::Exception(w.upgrade()?),
            Tracked::Function(w) => Value::Function(w.upgrade()?),
            Tracked::Cell(w) => Value::Cell(w.upgrade()?),
            Tracked::Generator(w) => Value::Generator(w.upgrade()?),
            Tracked::BoundMethod(w) => Value::BoundMethod(w.upgrade()?),
            Tracked::Iter(w) => Value::Iter(w.upgrade()?),
            Tracked::Native(w) => Value::Native(w.upgrade()?),
            Tracked::Class(w) => Value::Class(w.upgrade()?),
            Tracked::Module(w) => Value::Module(w.upgrade()?),
        })
    }

    pub fn is_dead(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() == 0,
            Tracked::Dict(w) => w.strong_count() == 0,
            Tracked::Set(w) | Tracked::FrozenSet(w) => w.strong_count() == 0,
            Tracked::Tuple(w) => w.strong_count() == 0,
            Tracked::Instance(w) => w.strong_count() == 0,
            Tracked::Exception(w) => w.strong_count() == 0,
            Tracked::Function(w) => w.strong_count() == 0,
            Tracked::Cell(w) => w.strong_count() == 0,
            Tracked::Generator(w) => w.strong_count() == 0,
            Tracked::BoundMethod(w) => w.strong_count() == 0,
            Tracked::Iter(w) => w.strong_count() == 0,
            Tracked::Native(w) => w.strong_count() == 0,
            Tracked::Class(w) => w.strong_count() == 0,
            Tracked::Module(w) => w.strong_count() == 0,
        }
    }
}

/// The strong count of a value's object (0 for inline scalars).
pub fn strong_count(v: &Value) -> usize {
    match v {
        Value::List(o) => Rc::strong_count(o),
        Value::Dict(o) => Rc::strong_count(o),
        Value::Set(o) | Value::FrozenSet(o) => Rc::strong_count(o),
        Value::Tuple(o) => Rc::strong_count(o),
        Value::Instance(o) => Rc::strong_count(o),
        Value::Exception(o) => Rc::strong_count(o),
        Value::Function(o) => Rc::strong_count(o),
        Value::Cell(o) => Rc::strong_count(o),
        Value::Generator(o) => Rc::strong_count(o),
        Value::BoundMethod(o) => Rc::strong_count(o),
        Value::Iter(o) => Rc::strong_count(o),
        Value::Native(o) => Rc::strong_count(o),
        Value::Class(o) => Rc::strong_count(o),
        Value::Module(o) => Rc::strong_count(o),
        Value::Str(o) => Rc::strong_count(o),
        Value::Bytes(o) => Rc::strong_count(o),
        Value::BigInt(o) => Rc::strong_count(o),
        Value::Range(o) => Rc::strong_count(o),
        Value::Slice(o) => Rc::strong_count(o),
        Value::Builtin(o) => Rc::strong_count(o),
        Value::Code(o) => Rc::strong_count(o),
        _ => 0,
    }
}

pub struct GcState {
    pub generations: [Vec<Tracked>; 3],
    /// Allocations since the last collection of each generation's parent
    /// (gen 0: containers made; gen 1 and 2: collections of the one below).
    pub counts: [usize; 3],
    pub thresholds: [usize; 3],
    pub enabled: bool,
    pub collecting: bool,
    /// Objects moved to the oldest generation since its last collection.
    pub long_lived_pending: usize,
    /// Collections run, per generation (gc.get_stats()).
    pub collections: [usize; 3],
    pub collected: [usize; 3],
    /// Longest collection, in seconds.
    pub max_pause: f64,
    /// `gc.freeze()`: objects the collector ignores from now on.
    pub frozen: Vec<Tracked>,
    /// `gc.set_debug()` flags (kept for `get_debug`; no output).
    pub debug: i64,
    /// The `gc.callbacks` list, once the module is imported.
    pub callbacks: Option<Rc<crate::objects::ListObj>>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            generations: [Vec::new(), Vec::new(), Vec::new()],
            counts: [0; 3],
            thresholds: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_pending: 0,
            collections: [0; 3],
            collected: [0; 3],
            max_pause: 0.0,
            frozen: Vec::new(),
            debug: 0,
            callbacks: None,
        }
    }
}

thread_local! {
    pub static GC: RefCell<GcState> = RefCell::new(GcState::default());
    /// Set when the VM has work at its next safe point: a collection is
    /// due, or a destructor queued a finalizer.
    pub static PENDING: Cell<bool> = const { Cell::new(false) };
    static DUE: Cell<bool> = const { Cell::new(false) };
    /// Instances whose `__del__` must run (see `InstanceObj`'s Drop).
    static DEL_QUEUE: RefCell<Vec<Rc<InstanceObj>>> = const { RefCell::new(Vec::new()) };
}

/// Ask the VM to stop at its next safe point.
#[inline]
pub fn request_safe_point() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Whether the VM has safe-point work (cheap: one thread-local flag).
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Queue an instance for its `__del__` call.
pub fn queue_del(i: Rc<InstanceObj>) {
    let _ = DEL_QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(i);
        }
    });
    request_safe_point();
}

/// Take the next instance waiting for `__del__`.
pub fn next_del() -> Option<Rc<InstanceObj>> {
    DEL_QUEUE.with(|q| q.borrow_mut().pop())
}

/// The weak handle the collector keeps for a container (None for values
/// that cannot be part of a cycle).
pub fn tracked(v: &Value) -> Option<Tracked> {
    Some(match v {
        Value::List(o) => Tracked::List(Rc::downgrade(o)),
        Value::Dict(o) => Tracked::Dict(Rc::downgrade(o)),
        Value::Set(o) => Tracked::Set(Rc::downgrade(o)),
        Value::FrozenSet(o) => Tracked::FrozenSet(Rc::downgrade(o)),
        Value::Tuple(o) => {
            // A tuple of atoms can never be part of a cycle.
            if o.iter().all(is_atomic) {
                return None;
            }
            Tracked::Tuple(Rc::downgrade(o))
        }
        Value::Instance(o) => Tracked::Instance(Rc::downgrade(o)),
        Value::Exception(o) => Tracked::Exception(Rc::downgrade(o)),
        Value::Function(o) => Tracked::Function(Rc::downgrade(o)),
        Value::Cell(o) => Tracked::Cell(Rc::downgrade(o)),
        Value::Generator(o) => Tracked::Generator(Rc::downgrade(o)),
        Value::BoundMethod(o) => Tracked::BoundMethod(Rc::downgrade(o)),
        Value::Iter(o) => Tracked::Iter(Rc::downgrade(o)),
        Value::Native(o) => Tracked::Native(Rc::downgrade(o)),
        Value::Class(o) => Tracked::Class(Rc::downgrade(o)),
        Value::Module(o) => Tracked::Module(Rc::downgrade(o)),
        _ => return None,
    })
}

/// Register a new container with the collector.
pub fn track(v: &Value) {
    let Some(t) = tracked(v) else { return };
    GC.with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.generations[0].push(t);
            g.counts[0] += 1;
            if g.counts[0] > g.thresholds[0] && g.enabled && g.thresholds[0] > 0 {
                DUE.with(|d| d.set(true));
                request_safe_point();
            }
        }
    });
}

/// Values that can hold no references to containers.
pub fn is_atomic(v: &Value) -> bool {
    match v {
        Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Code(_)
        | Value::Builtin(_)
        | Value::Null => true,
        Value::Tuple(t) => t.iter().all(is_atomic),
        _ => false,
    }
}

/// Whether a collection is due; clears the flag.
pub fn take_due() -> bool {
    DUE.with(|d| d.replace(false))
}

fn key(v: &Value) -> usize {
    v.heap_ptr().unwrap_or(0)
}

/// Which generation to collect now, given the counters (CPython's rule).
pub fn generation_to_collect() -> Option<usize> {
    GC.with(|g| {
        let g = g.borrow();
        if !g.enabled {
            return None;
        }
        for gen in (0..3).rev() {
            if g.counts[gen] > g.thresholds[gen] && g.thresholds[gen] > 0 {
                // The oldest generation waits until enough survived, so
                // long-lived programs do not rescan everything constantly.
                if gen == 2 && g.long_lived_pending * 4 < g.generations[2].len() {
                    continue;
                }
                return Some(gen);
            }
        }
        None
    })
}

/// The outcome of the analysis phase.
pub struct Analysis {
    /// Candidates still referenced from outside, or reachable from those.
    pub reachable: Vec<Value>,
    /// Garbage: referenced only by other garbage.
    pub unreachable: Vec<Value>,
}

/// Trial deletion over `objs` (strong handles held by the caller: one
/// count each is ours).
pub fn analyze(objs: Vec<Value>) -> Analysis {
    analyze_excluding(objs, &[], 0)
}

/// Trial deletion that also treats `weight` references to each value in
/// `ignored` (held outside the candidates, such as by a dying module's
/// globals and the caller's copy of them) as internal.
pub fn analyze_excluding(objs: Vec<Value>, ignored: &[Value], weight: isize) -> Analysis {
    let n = objs.len();
    let mut index: PtrMap = PtrMap::with_capacity_and_hasher(n, Default::default());
    for (i, o) in objs.iter().enumerate() {
        index.insert(key(o), i as u32);
    }
    // gc_refs: references not explained by other candidates. The edges
    // between candidates are kept (compressed rows) for the second pass.
    let mut refs: Vec<isize> = objs.iter().map(|o| strong_count(o) as isize - 1).collect();
    let mut starts: Vec<u32> = Vec::with_capacity(n + 1);
    let mut edges: Vec<u32> = Vec::with_capacity(n);
    for o in &objs {
        starts.push(edges.len() as u32);
        trace::children(o, &mut |c| {
            if !may_be_tracked(c) {
                return;
            }
            if let Some(&j) = index.get(&key(c)) {
                refs[j as usize] -= 1;
                edges.push(j);
            }
        });
    }
    starts.push(edges.len() as u32);
    for o in ignored {
        if let Some(&j) = index.get(&key(o)) {
            refs[j as usize] -= weight;
        }
    }
    drop(index);
    // Everything reachable from an externally referenced object is alive.
    let mut alive = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        alive[i] = true;
    }
    while let Some(i) = stack.pop() {
        for &j in &edges[starts[i] as usize..starts[i + 1] as usize] {
            let j = j as usize;
            if !alive[j] {
                alive[j] = true;
                stack.push(j);
            }
        }
    }
    let mut reachable = Vec::with_capacity(n);
    let mut unreachable = Vec::new();
    for (i, o) in objs.into_iter().enumerate() {
        if alive[i] {
            reachable.push(o);
        } else {
            unreachable.push(o);
        }
    }
    Analysis {
        reachable,
        unreachable,
    }
}

/// Values of the kinds the collector tracks (others need no lookup).
#[inline]
fn may_be_tracked(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Tuple(_)
            | Value::Instance(_)
            | Value::Exception(_)
            | Value::Function(_)
            | Value::Cell(_)
            | Value::Generator(_)
            | Value::BoundMethod(_)
            | Value::Iter(_)
            | Value::Native(_)
            | Value::Class(_)
            | Value::Module(_)
    )
}

/// Object addresses are 16-byte aligned: spread them before hashing.
#[derive(Default)]
pub struct PtrHasher(u64);

impl std::hash::Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, x: usize) {
        let h = (x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

pub type PtrMap = std::collections::HashMap<usize, u32, std::hash::BuildHasherDefault<PtrHasher>>;
