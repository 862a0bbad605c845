//! A stable merge sort whose comparisons may fail (they can run script
//! code) and may be inconsistent (a broken `__lt__`, NaNs): it never panics
//! and stops at the first error. Used by `sorted()` and `list.sort()`.

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const RUN: usize = 16;

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
    merge_sort(vm, &mut idx, &keys_ref)?;
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

fn less(vm: &mut Vm, keys: &[Value], a: usize, b: usize) -> PyResult<bool> {
    vm.lt(&keys[a], &keys[b])
}

fn insertion_sort(vm: &mut Vm, v: &mut [usize], keys: &[Value]) -> PyResult<()> {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(vm, keys, v[j], v[j - 1])? {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(())
}

fn merge_sort(vm: &mut Vm, v: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        insertion_sort(vm, &mut v[start..end], keys)?;
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
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
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].copy_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}
