//! Set displays of constants, made at compile time as CPython makes them:
//! a frozenset of the elements, rebuilt once more from its own iteration
//! order (CPython's constant merging does that), so that iterating it, or
//! a set merged from it, gives the order CPython gives.

use std::rc::Rc;

use crate::format;
use crate::objects::dict_table::fast_eq;
use crate::objects::set_table::SetTable;
use crate::objects::{SetObj, Value};

/// Beyond this many elements a display is built at run time (the equality
/// check below is quadratic in the worst case).
const MAX_ELEMENTS: usize = 1024;

/// The hash of a constant, when it can be known without running code
/// (a NaN's or Ellipsis's hash is its identity's).
fn const_hash(v: &Value, depth: usize) -> Option<i64> {
    Some(match v {
        Value::Str(s) => s.hash(),
        Value::Int(i) => format::int_hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => format::int_hash_big(b),
        Value::Float(f) if !f.is_nan() => format::float_hash(*f),
        Value::None => 0xfca1_1a52,
        Value::Complex(z) if !z.re.is_nan() && !z.im.is_nan() => z.hash(),
        Value::Bytes(b) => b.hash(),
        Value::Tuple(t) if depth < 16 => {
            let hs: Option<Vec<i64>> = t.iter().map(|x| const_hash(x, depth + 1)).collect();
            crate::vm::protocol::tuple_hash(&hs?)
        }
        _ => return None,
    })
}

fn table_of(keys: impl Iterator<Item = (i64, Value)>) -> SetTable {
    let mut t = SetTable::new();
    for (h, k) in keys {
        t.insert_fast(h, k);
    }
    t
}

/// The frozenset CPython would make for a set display of `values`, or
/// None when some element's hash or equality needs the interpreter.
pub fn frozen_display(values: Vec<Value>) -> Option<Value> {
    if values.len() > MAX_ELEMENTS {
        return None;
    }
    let mut keys: Vec<(i64, Value)> = Vec::with_capacity(values.len());
    for v in values {
        let h = const_hash(&v, 0)?;
        // Keys with equal hashes are compared while inserting: each such
        // comparison must be decidable without running code.
        for (h2, k) in &keys {
            if *h2 == h && fast_eq(k, &v).is_none() {
                return None;
            }
        }
        keys.push((h, v));
    }
    let first = table_of(keys.into_iter());
    let again: Vec<(i64, Value)> = first
        .iter_with_hash()
        .map(|(h, k)| (h, k.clone()))
        .collect();
    let table = table_of(again.into_iter());
    Some(Value::FrozenSet(Rc::new(SetObj::from_table(table))))
}
