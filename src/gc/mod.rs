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
mod in_place;
pub mod module;
pub mod slot;
pub mod trace;

pub use slot::GcSlot;
use slot::{CAND, FROZEN, TAKEN, UNTRACKED};

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};

use crate::objects::{
    BoundMethodObj, CellObj, ClassObj, DictObj, ExceptionObj, FunctionObj, GenObj, InstanceObj,
    IterObj, ListObj, ModuleObj, NativeObj, SetObj, TupleObj, Value,
};

/// The kinds of object the collector tracks, as `Value` variant (object
/// type): the one list the `Tracked` handle and every match over tracked
/// kinds below are generated from. A new container kind is added here
/// (its object needs a `gc: GcSlot` field) and in `trace.rs`.
macro_rules! with_tracked_kinds {
    ($then:ident) => {
        $then! {
            List(ListObj),
            Dict(DictObj),
            Set(SetObj),
            FrozenSet(SetObj),
            Tuple(TupleObj),
            Instance(InstanceObj),
            Exception(ExceptionObj),
            Function(FunctionObj),
            Cell(CellObj),
            Generator(GenObj),
            BoundMethod(BoundMethodObj),
            Iter(IterObj),
            Native(NativeObj),
            Class(ClassObj),
            Module(ModuleObj)
        }
    };
}

macro_rules! define_tracked {
    ($($kind:ident($ty:ty)),*) => {
        /// A weak handle to a tracked container. `Dead` marks the place of one
        /// that reference counting freed (see `untrack`).
        #[derive(Clone)]
        pub enum Tracked {
            $($kind(Weak<$ty>),)*
            Dead,
        }

        impl Tracked {
            pub fn upgrade(&self) -> Option<Value> {
                Some(match self {
                    $(Tracked::$kind(w) => Value::$kind(w.upgrade()?),)*
                    Tracked::Dead => return None,
                })
            }

            /// The object as a value without touching its reference count: no
            /// increment now and, the value being `ManuallyDrop`, no decrement
            /// later. The caller must not let it outlive the object nor run
            /// anything meanwhile that could free it.
            #[inline]
            pub fn peek(&self) -> Option<ManuallyDrop<Value>> {
                #[inline(always)]
                fn lend<T>(w: &Weak<T>, f: fn(Rc<T>) -> Value) -> Option<ManuallyDrop<Value>> {
                    if w.strong_count() == 0 {
                        return None;
                    }
                    // SAFETY: the object is alive (strong count above zero), so
                    // the pointer is the one its `Rc`s share; the `Rc` rebuilt
                    // here is never dropped, which leaves the count as it was.
                    Some(ManuallyDrop::new(f(unsafe { Rc::from_raw(w.as_ptr()) })))
                }
                match self {
                    $(Tracked::$kind(w) => lend(w, Value::$kind),)*
                    Tracked::Dead => None,
                }
            }

            /// Ask the processor to start loading the object (a hint only).
            #[inline(always)]
            pub fn prefetch(&self) {
                let p: *const u8 = match self {
                    $(Tracked::$kind(w) => w.as_ptr().cast(),)*
                    Tracked::Dead => return,
                };
                prefetch_line(p);
            }

            /// The collector word of a live object, read through the weak handle
            /// (no reference count traffic, unlike `upgrade`).
            #[inline]
            pub fn slot(&self) -> Option<&GcSlot> {
                fn live<T>(w: &Weak<T>, f: impl FnOnce(&T) -> &GcSlot) -> Option<&GcSlot> {
                    if w.strong_count() == 0 {
                        return None;
                    }
                    // SAFETY: the object is alive (strong count above zero), and the
                    // weak handle keeps its allocation; callers do not let any code
                    // run that could free it while they hold the slot.
                    Some(f(unsafe { &*w.as_ptr() }))
                }
                match self {
                    $(Tracked::$kind(w) => live(w, |o| &o.gc),)*
                    Tracked::Dead => None,
                }
            }
        }

        /// The collector's word inside a value's object (None for values the
        /// collector never tracks).
        #[inline]
        pub fn slot_of(v: &Value) -> Option<&GcSlot> {
            Some(match v {
                $(Value::$kind(o) => &o.gc,)*
                _ => return None,
            })
        }

        /// Whether `slot_of(v)` is Some: the same test, cheap enough (a bit test
        /// on the tag) to run before it on every child a collection visits.
        #[inline(always)]
        pub fn has_slot(v: &Value) -> bool {
            matches!(v, $(Value::$kind(_))|*)
        }

        /// The weak handle the collector keeps for a container.
        fn weak_handle(v: &Value) -> Option<Tracked> {
            Some(match v {
                $(Value::$kind(o) => Tracked::$kind(Rc::downgrade(o)),)*
                _ => return None,
            })
        }
    };
}

with_tracked_kinds!(define_tracked);

/// Prefetch the cache line at `p` (never faults, whatever `p` is).
#[inline(always)]
pub(crate) fn prefetch_line(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint that never faults, even on an address
    // that is not mapped; nothing is read from `p` here.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// The strong count of a value's object (0 for inline scalars).
pub fn strong_count(v: &Value) -> usize {
    macro_rules! count {
        ($v:expr; $($rc:ident),*) => {
            match $v {
                $(Value::$rc(o) => Rc::strong_count(o),)*
                _ => 0,
            }
        };
    }
    crate::objects::with_rc_variants!(count!(v))
}

pub struct GcState {
    /// Generations 0, 1 and 2, then the frozen objects (`gc.freeze()`).
    /// Each object's `GcSlot` holds its list and index.
    lists: [Vec<Tracked>; 4],
    /// `Tracked::Dead` entries in each list.
    dead: [usize; 4],
    /// Generation 0: containers made minus containers freed (of any
    /// generation) since its last collection, as CPython counts; 1 and
    /// 2: collections of the one below.
    pub counts: [usize; 3],
    pub thresholds: [usize; 3],
    pub enabled: bool,
    pub collecting: bool,
    /// Objects moved to the oldest generation since its last collection.
    pub long_lived_pending: usize,
    /// Objects in the oldest generation after its last collection.
    pub long_lived_total: usize,
    /// The oldest generation is due when it has grown this many times
    /// its survivors (see `generation_to_collect`): 1 after a full
    /// collection that freed at least a quarter as many objects as
    /// survived it (garbage is being made: keep it to the doubling), else
    /// 2 (a heap that only grows is rescanned less often).
    pub full_growth: usize,
    /// Middle-generation rounds still to skip (see `skip_middle`).
    pub middle_skips: u32,
    /// How many rounds the last unproductive middle collection set.
    pub middle_backoff: u32,
    /// Collections run, per generation (gc.get_stats()).
    pub collections: [usize; 3],
    pub collected: [usize; 3],
    /// Objects examined by collections of each generation.
    pub examined: [usize; 3],
    /// Longest collection, in seconds.
    pub max_pause: f64,
    /// Time spent collecting each generation, in seconds.
    pub total_pause: [f64; 3],
    /// `gc.set_debug()` flags (kept for `get_debug`; no output).
    pub debug: i64,
    /// The `gc.callbacks` list, once the module is imported.
    pub callbacks: Option<Rc<crate::objects::ListObj>>,
    /// The analysis' arrays, reused by the next collection.
    scratch: in_place::Scratch,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            dead: [0; 4],
            counts: [0; 3],
            thresholds: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_pending: 0,
            long_lived_total: 0,
            full_growth: 1,
            middle_skips: 0,
            middle_backoff: 0,
            collections: [0; 3],
            collected: [0; 3],
            examined: [0; 3],
            max_pause: 0.0,
            total_pause: [0.0; 3],
            debug: 0,
            callbacks: None,
            scratch: in_place::Scratch::default(),
        }
    }
}

impl GcState {
    /// Append a live object to list `gen` and record its place.
    fn push(&mut self, gen: usize, v: &Value, slot: &GcSlot) {
        let Some(t) = weak_handle(v) else { return };
        slot.place(gen, self.lists[gen].len());
        self.lists[gen].push(t);
    }

    /// Take every live object of list `gen` out of it; their slots say
    /// TAKEN until the caller lists them again.
    pub fn take(&mut self, gen: usize, out: &mut Vec<Value>) {
        self.dead[gen] = 0;
        for t in std::mem::take(&mut self.lists[gen]) {
            if let Some(v) = t.upgrade() {
                if let Some(s) = slot_of(&v) {
                    s.set(TAKEN);
                }
                out.push(v);
            }
        }
    }

    /// List survivors of a collection in generation `gen`, letting go of
    /// the handles in the same pass. Those that ours was the last handle
    /// to (a finalizer dropped the rest) are returned, to be freed once
    /// the collector's state is no longer borrowed.
    #[must_use]
    pub fn relist_owned(&mut self, gen: usize, objs: Vec<Value>) -> Vec<Value> {
        let mut last = Vec::new();
        self.lists[gen].reserve(objs.len());
        for v in objs {
            if let Some(s) = slot_of(&v) {
                if !s.is_listed() {
                    self.push(gen, &v, s);
                }
            }
            if strong_count(&v) == 1 {
                last.push(v);
            }
        }
        last
    }

    /// List `gen`'s live objects, leaving them where they are.
    pub fn live(&self, gen: usize) -> impl Iterator<Item = Value> + '_ {
        self.lists[gen].iter().filter_map(|t| t.upgrade())
    }

    pub fn live_len(&self, gen: usize) -> usize {
        self.lists[gen].len() - self.dead[gen]
    }

    /// Move every object of list `from` to the end of list `to`.
    pub fn merge(&mut self, from: usize, to: usize) {
        let mut objs = Vec::new();
        self.take(from, &mut objs);
        for v in &objs {
            if let Some(s) = slot_of(v) {
                self.push(to, v, s);
            }
        }
    }

    /// List survivors of a collection in generation `gen`.
    pub fn relist(&mut self, gen: usize, objs: &[Value]) {
        for v in objs {
            if let Some(s) = slot_of(v) {
                if !s.is_listed() {
                    self.push(gen, v, s);
                }
            }
        }
    }

    fn remove(&mut self, gen: usize, idx: usize, counted: bool) {
        let list = &mut self.lists[gen];
        if idx >= list.len() || matches!(list[idx], Tracked::Dead) {
            return;
        }
        list[idx] = Tracked::Dead;
        self.dead[gen] += 1;
        // Any counted container that reference counting frees takes one
        // off the young count, whichever generation holds it (as CPython
        // counts): a program that replaces long-lived objects one for one
        // (an attribute rebound to a fresh instance) makes no net growth
        // and triggers no collections.
        if counted {
            self.counts[0] = self.counts[0].saturating_sub(1);
        }
        if gen == 2 {
            // Promoted objects that reference counting frees are no growth
            // of the oldest generation: short-lived objects that outlived a
            // young collection (a coroutine suspended for one round of the
            // event loop) would otherwise bring full collections forward.
            // Cyclic garbage is never freed this way, so it still counts in
            // full and stays bounded by the survivors of the last full
            // collection.
            self.long_lived_pending = self.long_lived_pending.saturating_sub(1);
        }
        if idx + 1 == list.len() || self.dead[gen] > 1024 {
            self.trim(gen);
        }
    }

    /// Drop the places of freed objects (their slots are renumbered).
    fn compact(&mut self, gen: usize) {
        let old = std::mem::take(&mut self.lists[gen]);
        self.dead[gen] = 0;
        let mut list = Vec::with_capacity(old.len() / 2 + 16);
        for t in old {
            if let Some(v) = t.upgrade() {
                if let Some(s) = slot_of(&v) {
                    if s.is_uncounted() {
                        s.place_uncounted(list.len());
                    } else {
                        s.place(gen, list.len());
                    }
                }
                list.push(t);
            }
        }
        self.lists[gen] = list;
    }
}

thread_local! {
    pub static GC: RefCell<GcState> = RefCell::new(GcState::default());
    /// Set when the VM has work at its next safe point: a collection is
    /// due, or a destructor queued a finalizer.
    pub static PENDING: Cell<bool> = const { Cell::new(false) };
    static DUE: Cell<bool> = const { Cell::new(false) };
    /// Task coroutines found held elsewhere during a collection, to be
    /// tracked before the next (see `escape_coro`).
    static ESCAPED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
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

/// Register a new container with the collector, in the young generation.
pub fn track(v: &Value) {
    let Some(slot) = slot_of(v) else { return };
    if slot.get() != UNTRACKED {
        return;
    }
    if let Value::Tuple(t) = v {
        // A tuple of atoms can never be part of a cycle.
        if t.iter().all(is_atomic) {
            return;
        }
    }
    GC.with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.push(0, v, slot);
            g.count_new();
        }
    });
}

impl GcState {
    /// Count an allocation toward the young generation's threshold.
    #[inline]
    fn count_new(&mut self) {
        self.counts[0] += 1;
        if self.counts[0] > self.thresholds[0] && self.enabled && self.thresholds[0] > 0 {
            DUE.with(|d| d.set(true));
            request_safe_point();
        }
    }
}

/// A new generator left untracked (its frame reaches no tracked object,
/// so it cannot be in a cycle until it runs; see `retrack`). It counts as
/// an allocation all the same, as in CPython: a program that makes only
/// such objects, resumes them and ties them into cycles still gets
/// collections.
pub fn count_untracked_new() {
    GC.with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.count_new();
        }
    });
}

/// An untracked generator, detached list or loop-owned timer handle was freed: it leaves
/// the young count as a tracked one would (CPython decrements it for
/// every freed container).
#[cold]
pub fn untracked_freed() {
    let _ = GC.try_with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.counts[0] = g.counts[0].saturating_sub(1);
        }
    });
}

/// An untracked generator or coroutine is suspending with frame `f`
/// (not yet put back): track it (in the young generation) if the frame
/// reaches something tracked, or stands inside a try or with block. While
/// it runs it needs no tracking: the running frame's references are roots
/// to the collector. Not counted: it was counted when made. A young
/// collection untracks it again if it suspends later holding only atoms.
///
/// The check scans the frame, at every suspension. A plain generator
/// that keeps suspending (a pipeline stage, a send() loop) is tracked for
/// good after `BUSY_SUSPENDS` checks instead: the collector then looks at
/// one long-lived object now and then, where the check would cost every
/// switch. Generators suspended a few times (many of them waiting at
/// once) and coroutines, which tasks drive, stay out of the collector.
#[inline(always)]
pub fn track_if_needed(g: &Rc<GenObj>, f: &crate::vm::frame::Frame) {
    use crate::objects::generator::GenKind;
    if g.task_owned.get() {
        // Traced through its task (see `owned_coro`).
        return;
    }
    let n = g.suspends.get();
    if n >= BUSY_SUSPENDS
        || g.kind == GenKind::AsyncGenerator
        || !trace::no_handler_at(&f.code, f.ip)
        || trace::frame_pins_tracking(f)
    {
        retrack(&Value::Generator(g.clone()));
    } else if g.kind == GenKind::Generator {
        g.suspends.set(n + 1);
    }
}

/// Checked suspensions after which a plain generator stays tracked.
pub const BUSY_SUSPENDS: u8 = 16;

/// List again, uncounted, in the young generation a generator that was
/// left or made untracked.
#[cold]
pub fn retrack(v: &Value) {
    try_retrack(v);
}

/// A detached list (see `slot::DETACHED`) is written to: it is listed
/// again, uncounted, in the young generation (during a collection, before
/// the next one starts).
pub fn reattach(v: &Value) {
    if let Some(s) = slot_of(v) {
        s.set(UNTRACKED);
        retrack_or_defer(v.clone());
    }
}

/// `retrack`, which cannot happen while a collection holds the collector's
/// state: returns false then.
fn try_retrack(v: &Value) -> bool {
    let Some(slot) = slot_of(v) else { return true };
    GC.with(|g| {
        let Ok(mut g) = g.try_borrow_mut() else {
            return false;
        };
        if slot.get() == UNTRACKED {
            if let Some(t) = weak_handle(v) {
                slot.place_uncounted(g.lists[0].len());
                g.lists[0].push(t);
            }
        }
        true
    })
}

// A task's coroutine is most of what a suspended task holds, and there are
// as many coroutines as tasks: listing both doubled the objects every
// collection examines. While the task is the coroutine's only holder
// (strong count 1), the coroutine cannot be reached but through the task,
// so its frame's references are the task's own: the task reports them as
// its children, and the coroutine stays off the collector's lists. It dies
// in a cycle exactly when its task does, and the collector then handles it
// with the task (`with_owned_coros`). Once anything else holds it (a
// `get_coro()` caller, `gc.get_referents`, a variable the program kept),
// that holder could close a cycle the collector would not see: such a
// coroutine is tracked again (`escape_coro`) and never goes back.

/// The coroutine `coro` of a task, if it is traced as part of the task:
/// owned (see `adopt_coro`), untracked and held by the task alone. One
/// found held elsewhere while suspended is tracked again from then on;
/// until then (at most the rest of the current collection) it is an
/// untracked child, which only keeps what it references alive.
#[inline]
pub fn owned_coro(coro: &Value) -> Option<&Rc<GenObj>> {
    let Value::Generator(g) = coro else {
        return None;
    };
    if !g.task_owned.get() || g.gc.get() != UNTRACKED {
        return None;
    }
    if Rc::strong_count(g) == 1 {
        return Some(g);
    }
    // A running coroutine's frame is the VM's: its references are roots
    // and the task's trace sees none of them. It is let go of when it
    // suspends.
    if !g.running.get() {
        escape_coro(g);
    }
    None
}

/// A new task takes its coroutine: from now on it is traced through the
/// task (see `owned_coro`), so it leaves the collector's lists. It stays
/// counted as an allocation, as a tracked one would.
pub fn adopt_coro(g: &Rc<GenObj>) {
    g.task_owned.set(true);
    if let Some((gen, idx)) = g.gc.position() {
        GC.with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.remove(gen, idx, false);
                g.gc.set(UNTRACKED);
            }
        });
    }
}

/// A task's coroutine is (or may be) held by something besides its task:
/// it is no longer traced through the task, and is tracked like any other
/// generator. During a collection this waits for the next one to start.
pub fn escape_coro(g: &Rc<GenObj>) {
    if !g.task_owned.replace(false) || g.gc.get() != UNTRACKED {
        return;
    }
    retrack_or_defer(Value::Generator(g.clone()));
}

/// Track `v` now, or (during a collection) before the next one starts.
fn retrack_or_defer(v: Value) {
    if !try_retrack(&v) {
        let _ = ESCAPED.try_with(|e| e.borrow_mut().push(v));
    }
}

/// Track the coroutines and timer handles that escaped during the last
/// collection (before the next one looks at anything).
pub fn track_escaped() {
    let escaped = ESCAPED.with(|e| std::mem::take(&mut *e.borrow_mut()));
    for v in &escaped {
        retrack(v);
    }
}

// Timer handles follow the same idea: a program that schedules many timers
// (call_later, call_at, timeouts) has as many handles waiting in its
// loop's heap, each otherwise examined young, then again in the middle
// generation. While the loop is a handle's only holder, the handle is
// traced as part of the loop and stays off the collector's lists; one
// the program also holds (it may close a cycle: a timeout kept by the
// object whose method it calls) is tracked from the moment that is seen,
// by a collection or when the loop lets go of it (`escape_handle`).

/// Whether the timer handle `h` is traced as part of its loop: owned
/// (see `new_owned_handle`), untracked and held by the loop alone. One
/// found held elsewhere is tracked from then on (as `owned_coro`).
#[inline]
pub fn owned_handle(h: &Rc<NativeObj>) -> bool {
    let crate::objects::NativeData::Handle(d) = &h.data else {
        return false;
    };
    if !d.loop_owned.get() || h.gc.get() != UNTRACKED {
        return false;
    }
    if Rc::strong_count(h) == 1 {
        return true;
    }
    escape_handle(h);
    false
}

/// A new timer handle, which its loop's heap holds: counted as an
/// allocation, as a tracked one would be, and traced through the loop.
pub fn new_owned_handle(h: &Rc<NativeObj>) {
    if let crate::objects::NativeData::Handle(d) = &h.data {
        d.loop_owned.set(true);
        count_untracked_new();
    }
}

/// A loop-owned handle is (or may be) held by something besides its loop,
/// or is leaving the loop while still held: it is tracked like any other
/// handle from now on.
pub fn escape_handle(h: &Rc<NativeObj>) {
    let crate::objects::NativeData::Handle(d) = &h.data else {
        return;
    };
    if !d.loop_owned.replace(false) || h.gc.get() != UNTRACKED {
        return;
    }
    retrack_or_defer(Value::Native(h.clone()));
}

/// The loop lets go of a handle: one held elsewhere as well is tracked.
#[inline]
pub fn loop_releases(h: &Rc<NativeObj>) {
    if Rc::strong_count(h) > 1 {
        escape_handle(h);
    }
}

/// `objs` with the coroutine each task among them traces through (see
/// `owned_coro`) placed just before the task: dying with it, the
/// coroutine is finalized first (as in CPython, where it is the older
/// object), then cleared, which breaks the cycles through its frame.
pub fn with_owned_coros(objs: Vec<Value>) -> Vec<Value> {
    let mut out = Vec::with_capacity(objs.len());
    for o in objs {
        if let Value::Native(n) = &o {
            if let crate::objects::NativeData::Future(f) = &n.data {
                let coro = f.try_borrow().ok().and_then(|f| {
                    let t = f.task.as_ref()?;
                    let g = owned_coro(&t.coro)?;
                    // From here it is a candidate like any other: the
                    // list holds it, and if it survives it is listed.
                    g.task_owned.set(false);
                    Some(Value::Generator(g.clone()))
                });
                out.extend(coro);
            }
        }
        out.push(o);
    }
    out
}

/// Whether a reference to `v` keeps its holder from being untracked: `v`
/// is tracked, or is a generator (which is tracked again when it runs).
/// Atoms and containers that are never tracked cannot close a cycle the
/// collector sees.
#[inline]
pub fn pins_tracking(v: &Value) -> bool {
    match slot_of(v) {
        None => false,
        Some(s) => s.get() != UNTRACKED || matches!(v, Value::Generator(_)),
    }
}

/// Called from a tracked object's destructor: its place in its list is
/// freed at once, so the list never holds (or keeps allocated) the dead.
#[inline]
pub fn untrack(slot: &GcSlot) {
    if let Some((gen, idx)) = slot.position() {
        untrack_listed(gen, idx, !slot.is_uncounted());
    }
}

#[cold]
fn untrack_listed(gen: usize, idx: usize, counted: bool) {
    let _ = GC.try_with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.remove(gen, idx, counted);
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
        | Value::Complex(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Code(_)
        | Value::Builtin(_)
        | Value::Null => true,
        // A tuple holding only atoms is never tracked (see `track`); asking
        // the tuple instead of recursing keeps nested tuples linear.
        Value::Tuple(t) => t.gc.get() == UNTRACKED,
        _ => false,
    }
}

/// With `WEFT_GC_STATS` set, the collector's work is summed up on stderr
/// at exit (collections, objects found, time per generation, longest pause).
pub fn report_stats() {
    if std::env::var_os("WEFT_GC_STATS").is_none() {
        return;
    }
    GC.with(|g| {
        let g = g.borrow();
        for gen in 0..3 {
            eprintln!(
                "gc gen{}: {} collections, {} examined, {} collected, {:.3} s",
                gen, g.collections[gen], g.examined[gen], g.collected[gen], g.total_pause[gen]
            );
        }
        eprintln!("gc max pause: {:.3} ms", g.max_pause * 1000.0);
    });
}

/// Whether a collection is due; clears the flag.
pub fn take_due() -> bool {
    DUE.with(|d| d.replace(false))
}

fn key(v: &Value) -> usize {
    v.heap_ptr().unwrap_or(0)
}

pub const FROZEN_LIST: usize = FROZEN;

// A program whose objects outlive the young generation and then live on
// (tasks waiting on a future, a table being built) has each of them
// examined young, again in the middle generation, then in full
// collections: the middle pass costs the most, the objects having gone
// cold, and finds nothing. When a middle collection finds no garbage, the
// next rounds of young collections promote their survivors straight to
// the oldest generation instead, as if the middle collection had run: 1
// round, then 2, 4 and up to `MAX_MIDDLE_SKIPS` while it keeps finding
// nothing; a collection that finds garbage ends the skipping. Garbage
// that outlives a young collection meanwhile waits for a full collection,
// at most `MAX_MIDDLE_SKIPS` rounds of survivors' worth.

/// The most middle-generation rounds skipped between two that run.
const MAX_MIDDLE_SKIPS: u32 = 8;

impl GcState {
    /// Where the survivors of an automatic collection of `gen` go.
    pub fn promote_to(&self, gen: usize) -> usize {
        if gen == 0 && self.middle_skips > 0 {
            2
        } else {
            (gen + 1).min(2)
        }
    }

    /// A collection of `gen` found `found` unreachable objects.
    fn adapt_middle(&mut self, gen: usize, found: usize) {
        if found > 0 {
            self.middle_skips = 0;
            self.middle_backoff = 0;
        } else if gen == 1 {
            self.middle_backoff = (self.middle_backoff * 2).clamp(1, MAX_MIDDLE_SKIPS);
            self.middle_skips = self.middle_backoff;
        }
    }
}

/// Which generation to collect now, given the counters (CPython's rule,
/// except for the oldest generation's growth condition, and a middle
/// generation that is skipped while it finds nothing).
pub fn generation_to_collect() -> Option<usize> {
    GC.with(|g| {
        let mut g = g.borrow_mut();
        if !g.enabled {
            return None;
        }
        if g.middle_skips > 0 && g.counts[1] > g.thresholds[1] && g.thresholds[1] > 0 {
            // This round's survivors are in the oldest generation already.
            g.middle_skips -= 1;
            g.counts[1] = 0;
            g.counts[2] += 1;
        }
        for gen in (0..3).rev() {
            if g.counts[gen] > g.thresholds[gen] && g.thresholds[gen] > 0 {
                // The oldest generation waits until the objects promoted
                // into it since its last collection exceed `full_growth`
                // times those that survived it: it has doubled, or tripled
                // when the last full collection found little garbage (see
                // `GcState::full_growth`). A growing heap that holds no
                // garbage is then rescanned about 1.5 times per object in
                // full collections (twice when waiting for a doubling,
                // five times with CPython's quarter). Garbage stays
                // bounded: cyclic garbage that dies in the oldest
                // generation is never taken off the pending count (only
                // what reference counting frees is, see `remove`), so it
                // waits at most until it is twice the survivors of the
                // last full collection.
                if gen == 2 && g.long_lived_pending <= g.full_growth * g.long_lived_total {
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

/// Candidates of an analysis: each one's slot holds `CAND | index`, and
/// `refs[i]` starts as its strong count minus the one `objs` holds.
#[derive(Default)]
pub struct Candidates {
    pub objs: Vec<Value>,
    pub refs: Vec<isize>,
}

impl Candidates {
    /// Add a candidate (its slot is overwritten: callers either took it
    /// out of its list or restore the slot afterwards).
    #[inline]
    pub fn add(&mut self, v: Value) {
        if let Some(s) = slot_of(&v) {
            s.set(CAND | self.objs.len() as u32);
        }
        self.refs.push(strong_count(&v) as isize - 1);
        self.objs.push(v);
    }
}

/// Trial deletion over `objs` (strong handles held by the caller: one
/// count each is ours). Slots are left as they were.
pub fn analyze(objs: Vec<Value>) -> Analysis {
    analyze_excluding(objs, &[], 0)
}

/// Trial deletion that also treats `weight` references to each value in
/// `ignored` (held outside the candidates, such as by a dying module's
/// globals and the caller's copy of them) as internal. Slots are left as
/// they were.
pub fn analyze_excluding(objs: Vec<Value>, ignored: &[Value], weight: isize) -> Analysis {
    let saved: Vec<u32> = objs
        .iter()
        .map(|o| slot_of(o).map_or(UNTRACKED, |s| s.get()))
        .collect();
    let mut c = Candidates::default();
    for o in objs {
        c.add(o);
    }
    for o in ignored {
        if let Some(j) = candidate_index(&c.objs, o) {
            c.refs[j] -= weight;
        }
    }
    analyze_candidates(c, Some(saved))
}

#[inline]
fn candidate_index(objs: &[Value], c: &Value) -> Option<usize> {
    let j = slot_of(c)?.candidate()?;
    // A stale candidate word from an earlier analysis is no index here.
    (j < objs.len() && objs[j].heap_ptr() == c.heap_ptr()).then_some(j)
}

/// Trial deletion's second pass: candidates with references from outside
/// (`refs[i] > 0`) are alive, and so is everything they reach along the
/// candidate-to-candidate edges (compressed rows: `edges[starts[i]..starts[i+1]]`).
pub(crate) fn mark_alive(refs: &[isize], starts: &[u32], edges: &[u32]) -> Vec<bool> {
    let mut alive = Vec::new();
    in_place::mark_alive_into(refs, starts, edges, &mut alive, &mut Vec::new());
    alive
}

/// The analysis proper over prepared candidates. Their slots get the
/// `restore` words back, or else keep their candidate words.
pub fn analyze_candidates(c: Candidates, restore: Option<Vec<u32>>) -> Analysis {
    let Candidates { objs, mut refs } = c;
    let n = objs.len();
    // gc_refs: references not explained by other candidates. The edges
    // between candidates are kept (compressed rows) for the second pass.
    let mut starts: Vec<u32> = Vec::with_capacity(n + 1);
    let mut edges: Vec<u32> = Vec::with_capacity(n);
    for o in &objs {
        starts.push(edges.len() as u32);
        trace::children(o, &mut |c| {
            if let Some(j) = candidate_index(&objs, c) {
                refs[j] -= 1;
                edges.push(j as u32);
            }
        });
    }
    starts.push(edges.len() as u32);
    if let Some(saved) = restore {
        for (o, old) in objs.iter().zip(saved) {
            if let Some(s) = slot_of(o) {
                s.set(old);
            }
        }
    }
    let alive = mark_alive(&refs, &starts, &edges);
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
