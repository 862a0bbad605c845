//! Memory accounting for the memory budget: a global-allocator wrapper that
//! keeps, per thread, the net number of bytes allocated (allocations minus
//! frees), and charges them to an account: the VM running on the thread
//! has its own, swapped in when a host call enters it and out when the
//! call returns. Each VM so counts what its own runs allocate and free,
//! whatever other VMs on the thread hold.
//!
//! With the default `counting-alloc` feature the crate installs
//! [`CountingAlloc`] over the system allocator. A host with its own global
//! allocator turns the feature off and wraps its allocator instead:
//!
//! ```text
//! #[global_allocator]
//! static A: weft::CountingAlloc<MyAlloc> = weft::CountingAlloc::new(MyAlloc);
//! ```

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Per-thread accounting, one thread-local so an allocation costs one
/// lookup.
struct Counter {
    /// Net bytes allocated by this thread.
    net: Cell<isize>,
    /// Net bytes charged to the account in force (the running VM's).
    account: Cell<isize>,
    /// The account's value at which the running VM's budget is exhausted.
    limit: Cell<isize>,
    /// Set when an allocation crossed `limit`.
    over: Cell<bool>,
}

thread_local! {
    static COUNTER: Counter = const {
        Counter {
            net: Cell::new(0),
            account: Cell::new(0),
            limit: Cell::new(isize::MAX),
            over: Cell::new(false),
        }
    };
}

static ACTIVE: AtomicBool = AtomicBool::new(false);

/// A global allocator that counts the bytes each thread holds, so a VM's
/// memory budget can be enforced. Wraps another allocator (`std::alloc::System`
/// by default).
pub struct CountingAlloc<A = std::alloc::System> {
    inner: A,
}

impl<A> CountingAlloc<A> {
    /// Wrap `inner`, counting what goes through it.
    pub const fn new(inner: A) -> CountingAlloc<A> {
        CountingAlloc { inner }
    }
}

impl CountingAlloc {
    /// Whether allocations are being counted (a `CountingAlloc` is the
    /// process's global allocator; memory budgets need it).
    pub fn is_installed() -> bool {
        is_active()
    }

    /// Net bytes the current thread has allocated and not freed so far,
    /// whichever VM (or none) made them.
    pub fn thread_net_bytes() -> isize {
        net_bytes()
    }
}

impl CountingAlloc<std::alloc::System> {
    /// The system allocator, counted.
    pub const fn system() -> CountingAlloc<std::alloc::System> {
        CountingAlloc::new(std::alloc::System)
    }
}

#[inline]
fn add(delta: isize) {
    let _ = COUNTER.try_with(|c| {
        c.net.set(c.net.get().wrapping_add(delta));
        let v = c.account.get().wrapping_add(delta);
        c.account.set(v);
        if delta > 0 && v > c.limit.get() {
            c.over.set(true);
            crate::gc::request_safe_point();
        }
    });
}

// SAFETY: every call is forwarded to `inner` with the caller's arguments;
// the wrapper only counts sizes and never touches the memory.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAlloc<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.inner.alloc(layout);
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.inner.dealloc(ptr, layout);
        add(-(layout.size() as isize));
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.inner.alloc_zeroed(layout);
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.inner.realloc(ptr, layout, new_size);
        if !p.is_null() {
            add(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Mark the counting allocator as installed (it cannot tell by itself
/// cheaply on every call, so the first VM built asks it).
pub(crate) fn probe() {
    let before = net_bytes();
    let b = Box::new([0u8; 64]);
    let after = net_bytes();
    drop(std::hint::black_box(b));
    if after - before >= 64 {
        ACTIVE.store(true, Ordering::Relaxed);
    }
}

/// Whether allocations are being counted (the counting allocator is the
/// global allocator).
pub fn is_active() -> bool {
    if !ACTIVE.load(Ordering::Relaxed) {
        probe();
    }
    ACTIVE.load(Ordering::Relaxed)
}

/// Net bytes allocated by the current thread so far.
pub fn net_bytes() -> isize {
    COUNTER.try_with(|c| c.net.get()).unwrap_or(0)
}

/// The account in force on a thread, saved while another is entered.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Account {
    held: isize,
    limit: isize,
    over: bool,
}

/// Charge this thread's allocations to an account holding `held` bytes,
/// with `limit` (`None`: no limit); returns the account it replaces, for
/// [`leave`].
pub(crate) fn enter(held: isize, limit: Option<isize>) -> Account {
    COUNTER
        .try_with(|c| Account {
            held: c.account.replace(held),
            limit: c.limit.replace(limit.unwrap_or(isize::MAX)),
            over: c.over.replace(false),
        })
        .unwrap_or(Account {
            held: 0,
            limit: isize::MAX,
            over: false,
        })
}

/// Put back the account `enter` replaced; returns what the account being
/// left holds now.
pub(crate) fn leave(prev: Account) -> isize {
    COUNTER
        .try_with(|c| {
            c.limit.set(prev.limit);
            c.over.set(prev.over);
            c.account.replace(prev.held)
        })
        .unwrap_or(0)
}

/// Bytes held by the account in force.
pub(crate) fn held() -> isize {
    COUNTER.try_with(|c| c.account.get()).unwrap_or(0)
}

/// Change the limit of the account in force (`None`: no limit).
pub(crate) fn set_limit(limit: Option<isize>) {
    let _ = COUNTER.try_with(|c| {
        c.limit.set(limit.unwrap_or(isize::MAX));
        c.over.set(false);
    });
}

/// Whether an allocation crossed the armed limit (and clear the flag).
pub(crate) fn take_over() -> bool {
    COUNTER.try_with(|c| c.over.replace(false)).unwrap_or(false)
}

/// mimalloc as a Rust global allocator.
///
/// Nearly every Rust allocation asks for an alignment of 16 or less, which
/// `mi_malloc` gives anyway (like C's malloc): those take mimalloc's plain
/// fast path, and only larger alignments go through its aligned
/// entry points, which are several times slower.
#[cfg(feature = "mimalloc")]
pub struct Mimalloc;

#[cfg(feature = "mimalloc")]
impl Mimalloc {
    /// What `mi_malloc` guarantees for blocks of at least this size.
    const NATURAL_ALIGN: usize = 16;

    #[inline(always)]
    fn natural(layout: &Layout) -> bool {
        layout.align() <= Self::NATURAL_ALIGN && layout.align() <= layout.size()
    }
}

// SAFETY: every method forwards to mimalloc's matching call with the
// layout's size (and alignment when it is not the natural one), so blocks
// come back as GlobalAlloc requires and are freed by the allocator that
// made them.
#[cfg(feature = "mimalloc")]
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if Self::natural(&layout) {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if Self::natural(&layout) {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        libmimalloc_sys::mi_free(ptr as *mut core::ffi::c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        let p = ptr as *mut core::ffi::c_void;
        if layout.align() <= Self::NATURAL_ALIGN && layout.align() <= new_size {
            mi::mi_realloc(p, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(p, new_size, layout.align()) as *mut u8
        }
    }
}
