//! A stable merge sort whose comparisons may fail (they can run script
//! code) and may be inconsistent (a broken `__lt__`, NaNs): it never panics
//! and stops at the first error. Used by `sorted()` and `list.sort()`.

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Sort `items` by `keys` (same length; `keys[i]` is the key of `items[i]`).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    let keys_ref: Vec<Value> = match keys {
        Some(k) => k,
        None => items.clone(),
    };
    if reverse {
        // Reverse, sort stably, reverse back: equal elements keep their order.
        idx.reverse();
    }
    // Keys of one kind whose `<` is native and a total order sort natively:
    // every stable sort gives the same order, and no script code can
    // observe the comparisons.
    if !native_sort(vm, &mut idx, &keys_ref)? {
        merge_sort(vm, &mut idx, &keys_ref)?;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = idx
        .into_iter()
        .map(|i| slots[i].take().unwrap_or(Value::None))
        .collect();
    Ok(())
}

/// Sort `idx` by `keys` without script code when all keys are ints, all
/// are strs, or all are tuples of ints. Returns false (idx untouched)
/// otherwise.
fn native_sort(vm: &mut Vm, idx: &mut [usize], keys: &[Value]) -> PyResult<bool> {
    let Some(first) = keys.first() else {
        return Ok(true);
    };
    match first {
        Value::Int(_) => {
            let mut ints = Vec::with_capacity(keys.len());
            for k in keys {
                match k {
                    Value::Int(i) => ints.push(*i),
                    _ => return Ok(false),
                }
            }
            sort_in_steps(vm, idx, |&a, &b| ints[a].cmp(&ints[b]))?;
            Ok(true)
        }
        Value::Str(_) => {
            let mut strs = Vec::with_capacity(keys.len());
            for k in keys {
                match k {
                    // UTF-8 byte order is code-point order.
                    Value::Str(s) => strs.push(s.as_str()),
                    _ => return Ok(false),
                }
            }
            sort_in_steps(vm, idx, |&a, &b| strs[a].cmp(strs[b]))?;
            Ok(true)
        }
        Value::Tuple(_) => {
            let all_int_tuples = keys.iter().all(|k| match k {
                Value::Tuple(t) => t.iter().all(|v| matches!(v, Value::Int(_))),
                _ => false,
            });
            if !all_int_tuples {
                return Ok(false);
            }
            let int_of = |v: &Value| match v {
                Value::Int(i) => *i,
                _ => 0,
            };
            sort_in_steps(vm, idx, |&a, &b| match (&keys[a], &keys[b]) {
                (Value::Tuple(x), Value::Tuple(y)) => {
                    x.iter().map(int_of).cmp(y.iter().map(int_of))
                }
                _ => std::cmp::Ordering::Equal,
            })?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Elements sorted (or merged) between two limit checks in a native sort.
const STEP: usize = 1 << 15;

/// A stable sort by a native comparison, done in bounded steps with the
/// work charged between them, so limits stop a sort of a huge list: runs
/// of `STEP` elements are sorted, then merged pairwise in rounds.
fn sort_in_steps(
    vm: &mut Vm,
    v: &mut [usize],
    cmp: impl Fn(&usize, &usize) -> std::cmp::Ordering,
) -> PyResult<()> {
    let n = v.len();
    for chunk in v.chunks_mut(STEP) {
        chunk.sort_by(&cmp);
        vm.charge_native(chunk.len() * 2)?;
    }
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    let mut width = STEP;
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let hi = (lo + 2 * width).min(n);
            let run = &mut v[lo..hi];
            buf.clear();
            let (mut i, mut j) = (0, width);
            while i < width && j < run.len() {
                // Take from the right only when strictly less: stability.
                if cmp(&run[j], &run[i]) == std::cmp::Ordering::Less {
                    buf.push(run[j]);
                    j += 1;
                } else {
                    buf.push(run[i]);
                    i += 1;
                }
                if buf.len().is_multiple_of(STEP) {
                    vm.charge_native(STEP)?;
                }
            }
            buf.extend_from_slice(&run[i..width]);
            buf.extend_from_slice(&run[j..]);
            run.copy_from_slice(&buf);
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

fn less(vm: &mut Vm, keys: &[Value], a: usize, b: usize) -> PyResult<bool> {
    vm.charge_native(1)?;
    match (keys.get(a), keys.get(b)) {
        (Some(x), Some(y)) => vm.lt(x, y),
        _ => Ok(false),
    }
}

/// The run length below which runs are extended by binary insertion, as
/// CPython's timsort computes it: the list length's top six bits, plus one
/// if any lower bit is set.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Length of the run at the start of `v`; a strictly descending run is
/// reversed in place. Same comparisons, in the same order, as CPython, so
/// a script `__lt__` observes an identical sequence of calls.
fn count_run(vm: &mut Vm, v: &mut [usize], keys: &[Value]) -> PyResult<usize> {
    if v.len() <= 1 {
        return Ok(v.len());
    }
    let mut n = 2;
    if less(vm, keys, v[1], v[0])? {
        while n < v.len() && less(vm, keys, v[n], v[n - 1])? {
            n += 1;
        }
        v[..n].reverse();
    } else {
        while n < v.len() && !less(vm, keys, v[n], v[n - 1])? {
            n += 1;
        }
    }
    Ok(n)
}

/// Binary insertion of `v[sorted..]` into the sorted prefix `v[..sorted]`;
/// equal keys go after their equals, which keeps the sort stable.
fn binary_insertion(vm: &mut Vm, v: &mut [usize], sorted: usize, keys: &[Value]) -> PyResult<()> {
    for start in sorted.max(1)..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(vm, keys, pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Stable merge of the adjacent sorted runs `v[..mid]` and `v[mid..]`.
fn merge(
    vm: &mut Vm,
    v: &mut [usize],
    mid: usize,
    keys: &[Value],
    buf: &mut Vec<usize>,
) -> PyResult<()> {
    buf.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        // Take from the right only when strictly less: stability.
        if less(vm, keys, v[j], v[i])? {
            buf.push(v[j]);
            j += 1;
        } else {
            buf.push(v[i]);
            i += 1;
        }
    }
    buf.extend_from_slice(&v[i..mid]);
    buf.extend_from_slice(&v[j..]);
    v.copy_from_slice(buf);
    Ok(())
}

fn merge_sort(vm: &mut Vm, v: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = v.len();
    let minrun = min_run(n);
    // Natural runs, each extended to at least `minrun` elements.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = count_run(vm, &mut v[lo..], keys)?;
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_insertion(vm, &mut v[lo..lo + force], len, keys)?;
            len = force;
        }
        runs.push((lo, lo + len));
        lo += len;
    }
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match pair {
                [(a, m), (_, b)] => {
                    merge(vm, &mut v[*a..*b], m - a, keys, &mut buf)?;
                    next.push((*a, *b));
                }
                [one] => next.push(*one),
                _ => {}
            }
        }
        runs = next;
    }
    Ok(())
}
