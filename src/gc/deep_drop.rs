//! Freeing deeply nested structures without deep Rust recursion.
//!
//! Dropping `[[[...]]]` nested a million deep would recurse once per level
//! and overflow the stack. Container destructors drop their contents
//! through `guarded`: past `LIMIT` nested levels, the contents' children
//! are parked (one extra reference each) on a thread-local list, so
//! dropping the contents only decrements counts; the outermost destructor
//! then frees the parked values one at a time (CPython's "trashcan").

use std::cell::{Cell, RefCell};

use crate::objects::Value;

/// Nesting allowed before deferring: deep enough that ordinary programs
/// never defer, shallow enough for small embedder thread stacks.
const LIMIT: usize = 200;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static ANY_PARKED: Cell<bool> = const { Cell::new(false) };
}

/// Drop `contents` (a container's references, already moved out of it).
/// `spill` pushes a clone of each value the contents hold.
#[inline]
pub fn guarded<T>(contents: T, spill: impl FnOnce(&T, &mut Vec<Value>)) {
    let Ok(d) = DEPTH.try_with(|d| d.get()) else {
        // Thread teardown: nothing better to do than drop directly.
        drop(contents);
        return;
    };
    if d >= LIMIT {
        let parked = PARKED.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                spill(&contents, &mut p);
            }
        });
        if parked.is_ok() {
            ANY_PARKED.with(|a| a.set(true));
        }
        drop(contents);
        return;
    }
    DEPTH.with(|c| c.set(d + 1));
    drop(contents);
    if d == 0 && ANY_PARKED.with(|a| a.get()) {
        drain();
    }
    DEPTH.with(|c| c.set(d));
}

/// Free the parked values (called by the outermost destructor).
#[cold]
fn drain() {
    ANY_PARKED.with(|a| a.set(false));
    loop {
        let next = PARKED.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()));
        match next {
            Some(v) => drop(v),
            None => break,
        }
    }
}

/// Drop a list of values (the collector's garbage) with the same care.
pub fn drop_all(values: Vec<Value>) {
    guarded(values, |v, out| out.extend(v.iter().cloned()));
}

/// Drop a vector of values held by a container.
#[inline]
pub fn drop_values(values: Vec<Value>) {
    if values.iter().all(is_leaf) {
        return;
    }
    guarded(values, |v, out| out.extend(v.iter().cloned()));
}

/// A value whose drop cannot recurse.
#[inline]
fn is_leaf(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::BigInt(_)
            | Value::Null
    )
}
