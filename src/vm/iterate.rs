//! Iteration: `iter()`, `next()`, the built-in iterators, and unpacking.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::generator::GenKind;
use crate::objects::iter::{DictView, IterState};
use crate::objects::{IterObj, NativeData, Value};

impl Vm {
    fn new_iter(state: IterState) -> Value {
        Value::Iter(Rc::new(IterObj::new(state)))
    }

    /// Whether `iter(v)` can succeed (without calling anything).
    pub fn has_iter(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Iter(_) => true,
            Value::Generator(g) => g.kind == GenKind::Generator,
            _ => {
                let cls = self.type_of(v);
                cls.lookup(&self.names.iter).is_some() || cls.lookup(&self.names.getitem).is_some()
            }
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(l) => Self::new_iter(IterState::List {
                list: l.clone(),
                index: 0,
            }),
            Value::Tuple(t) => Self::new_iter(IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            }),
            Value::Str(s) => Self::new_iter(IterState::Str {
                s: s.clone(),
                byte_pos: 0,
            }),
            Value::Bytes(b) => Self::new_iter(IterState::Bytes {
                b: b.clone(),
                index: 0,
            }),
            Value::Range(r) => Self::new_iter(IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            }),
            Value::Dict(d) => Self::new_iter(IterState::Dict {
                dict: d.clone(),
                pos: 0,
                len: d.len(),
                view: DictView::Keys,
            }),
            Value::Set(s) | Value::FrozenSet(s) => Self::new_iter(IterState::Set {
                set: s.clone(),
                slot: 0,
                len: s.len(),
            }),
            Value::Iter(_) => v.clone(),
            Value::Generator(g) if g.kind == GenKind::Generator => v.clone(),
            _ => {
                if let Some(it) = self.native_iter(v)? {
                    return Ok(it);
                }
                let iname = self.names.iter.clone();
                let cls = self.type_of(v);
                match cls.lookup(&iname) {
                    Some(Value::None) => {}
                    Some(_) => {
                        let it = self.call_special(v, &iname, &[])?.unwrap_or(Value::None);
                        if !self.is_iterator(&it) {
                            let tn = self.type_name(&it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                tn
                            )));
                        }
                        return Ok(it);
                    }
                    None => {
                        if cls.lookup(&self.names.getitem).is_some() {
                            return Ok(Self::new_iter(IterState::SeqIter {
                                seq: v.clone(),
                                index: 0,
                            }));
                        }
                    }
                }
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{}' object is not iterable", tn)));
            }
        })
    }

    /// Whether `iter(v)` finds a protocol to use (calling it may still fail);
    /// for messages like join's "can only join an iterable".
    pub fn is_iterable(&mut self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iter(_)
            | Value::Generator(_) => true,
            Value::Native(n) if matches!(n.data, NativeData::DictView { .. }) => true,
            _ => {
                let cls = self.type_of(v);
                match cls.lookup(&self.names.iter) {
                    Some(Value::None) => false,
                    Some(_) => true,
                    None => cls.lookup(&self.names.getitem).is_some(),
                }
            }
        }
    }

    /// Whether a value has `__next__`.
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Generator(g) => g.kind == GenKind::Generator,
            _ => self.type_of(v).lookup(&self.names.next).is_some(),
        }
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // Native code drives this loop: charge each step, so limits stop
        // `sum(range(10**12))` as they stop a script's own loop.
        self.charge_native(1)?;
        match it {
            Value::Iter(io) => self.iter_next_native(io),
            Value::Generator(g) if g.kind == GenKind::Generator => {
                let g = g.clone();
                self.gen_next(&g)
            }
            _ => {
                let nname = self.names.next.clone();
                match self.call_special(it, &nname, &[]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => {
                        let tn = self.type_name(it);
                        Err(self.type_error(format!("'{}' object is not an iterator", tn)))
                    }
                    Err(e) => {
                        if e.is_instance(&self.types.stop_iteration.clone()) {
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
        }
    }

    /// One step of a built-in iterator.
    pub fn iter_next_native(&mut self, io: &Rc<IterObj>) -> PyResult<Option<Value>> {
        // States that call script code are handled with no borrow held.
        {
            let mut st = io.state.borrow_mut();
            match &mut *st {
                IterState::List { list, index } => {
                    let r = list.borrow().get(*index).cloned();
                    if r.is_some() {
                        *index += 1;
                    } else {
                        *st = IterState::Exhausted("list_iterator");
                    }
                    return Ok(r);
                }
                IterState::ListReverse { list, index } => {
                    if *index == 0 {
                        *st = IterState::Exhausted("list_reverseiterator");
                        return Ok(None);
                    }
                    let r = list.borrow().get(*index - 1).cloned();
                    match r {
                        Some(v) => {
                            *index -= 1;
                            return Ok(Some(v));
                        }
                        None => {
                            *st = IterState::Exhausted("list_reverseiterator");
                            return Ok(None);
                        }
                    }
                }
                IterState::Tuple { tuple, index } => {
                    let r = tuple.get(*index).cloned();
                    if r.is_some() {
                        *index += 1;
                    }
                    return Ok(r);
                }
                IterState::Range { next, stop, step } => {
                    let more = if *step > 0 {
                        *next < *stop
                    } else {
                        *next > *stop
                    };
                    if !more {
                        return Ok(None);
                    }
                    let v = *next;
                    match next.checked_add(*step) {
                        Some(n) => *next = n,
                        None => *next = *stop,
                    }
                    return Ok(Some(Value::Int(v)));
                }
                IterState::Str { s, byte_pos } => {
                    let text = s.as_str();
                    match text[*byte_pos..].chars().next() {
                        Some(c) => {
                            *byte_pos += c.len_utf8();
                            let mut buf = [0u8; 4];
                            return Ok(Some(self.char_value(c.encode_utf8(&mut buf))));
                        }
                        None => return Ok(None),
                    }
                }
                IterState::Bytes { b, index } => {
                    let r = b.as_bytes().get(*index).map(|&x| Value::Int(x as i64));
                    if r.is_some() {
                        *index += 1;
                    }
                    return Ok(r);
                }
                IterState::Dict {
                    dict,
                    pos,
                    len,
                    view,
                } => {
                    let d = dict.clone();
                    let table = d.borrow();
                    if table.len() != *len {
                        let changed = *len;
                        *len = usize::MAX;
                        drop(table);
                        drop(st);
                        if changed == usize::MAX {
                            return Ok(None);
                        }
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    while *pos < table.raw_len() {
                        let p = *pos;
                        *pos += 1;
                        if let Some(e) = table.entry(p) {
                            return Ok(Some(match view {
                                DictView::Keys => e.key.clone(),
                                DictView::Values => e.value.clone(),
                                DictView::Items => {
                                    Value::tuple(vec![e.key.clone(), e.value.clone()])
                                }
                            }));
                        }
                    }
                    return Ok(None);
                }
                IterState::DictReverse {
                    dict,
                    pos,
                    len,
                    view,
                } => {
                    let d = dict.clone();
                    let table = d.borrow();
                    if table.len() != *len {
                        drop(table);
                        drop(st);
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    while *pos > 0 {
                        *pos -= 1;
                        if let Some(e) = table.entry(*pos) {
                            return Ok(Some(match view {
                                DictView::Keys => e.key.clone(),
                                DictView::Values => e.value.clone(),
                                DictView::Items => {
                                    Value::tuple(vec![e.key.clone(), e.value.clone()])
                                }
                            }));
                        }
                    }
                    return Ok(None);
                }
                IterState::Set { set, slot, len } => {
                    let s = set.clone();
                    let table = s.borrow();
                    if table.len() != *len {
                        *len = table.len();
                        drop(table);
                        drop(st);
                        return Err(self.runtime_error("Set changed size during iteration"));
                    }
                    while *slot < table.slot_count() {
                        let p = *slot;
                        *slot += 1;
                        if let Some(k) = table.slot_key(p) {
                            return Ok(Some(k.clone()));
                        }
                    }
                    return Ok(None);
                }
                IterState::Exhausted(_) => return Ok(None),
                _ => {}
            }
        }
        self.iter_next_calling(io)
    }

    /// The iterators whose step runs script code.
    fn iter_next_calling(&mut self, io: &Rc<IterObj>) -> PyResult<Option<Value>> {
        enum Step {
            Enumerate(Value, Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            SeqReverse(Value, i64),
            SeqIter(Value, i64),
            Callable(Value, Value),
            Done,
        }
        let step = match &*io.state.borrow() {
            IterState::Enumerate { iter, count } => Step::Enumerate(iter.clone(), count.clone()),
            IterState::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterState::Filter { func, iter } => Step::Filter(func.clone(), iter.clone()),
            IterState::SeqReverse { seq, index } => Step::SeqReverse(seq.clone(), *index),
            IterState::SeqIter { seq, index } => Step::SeqIter(seq.clone(), *index),
            IterState::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            _ => Step::Done,
        };
        match step {
            Step::Done => Ok(None),
            Step::Enumerate(it, count) => match self.next(&it)? {
                Some(v) => {
                    let next =
                        self.binary_op(count.clone(), Value::Int(1), crate::bytecode::BinOp::Add)?;
                    if let IterState::Enumerate { count: c, .. } = &mut *io.state.borrow_mut() {
                        *c = next;
                    }
                    Ok(Some(Value::tuple(vec![count, v])))
                }
                None => Ok(None),
            },
            Step::Zip(iters, strict) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            *io.state.borrow_mut() = IterState::Exhausted("zip");
                            if strict {
                                if i > 0 {
                                    let msg = if i == 1 {
                                        "zip() argument 2 is shorter than argument 1".to_string()
                                    } else {
                                        format!(
                                            "zip() argument {} is shorter than arguments 1-{}",
                                            i + 1,
                                            i
                                        )
                                    };
                                    return Err(self.value_error(msg));
                                }
                                for (j, rest) in iters.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        let msg = if j == 1 {
                                            "zip() argument 2 is longer than argument 1".to_string()
                                        } else {
                                            format!(
                                                "zip() argument {} is longer than arguments 1-{}",
                                                j + 1,
                                                j
                                            )
                                        };
                                        return Err(self.value_error(msg));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Step::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(func, &args).map(Some)
            }
            Step::Filter(func, it) => loop {
                let Some(v) = self.next(&it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.is_true(&v)?
                } else {
                    let r = self.call_value(func.clone(), std::slice::from_ref(&v))?;
                    self.is_true(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Step::SeqReverse(seq, index) => {
                if index < 0 {
                    return Ok(None);
                }
                let v = self.get_item(&seq, &Value::Int(index))?;
                if let IterState::SeqReverse { index: i, .. } = &mut *io.state.borrow_mut() {
                    *i -= 1;
                }
                Ok(Some(v))
            }
            Step::SeqIter(seq, index) => match self.get_item(&seq, &Value::Int(index)) {
                Ok(v) => {
                    if let IterState::SeqIter { index: i, .. } = &mut *io.state.borrow_mut() {
                        *i += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) => {
                    let ie = self.types.index_error.clone();
                    let si = self.types.stop_iteration.clone();
                    if e.is_instance(&ie) || e.is_instance(&si) {
                        *io.state.borrow_mut() = IterState::Exhausted("iterator");
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            },
            Step::Callable(func, sentinel) => {
                let v = self.call_value(func, &[])?;
                if self.eq(&v, &sentinel)? {
                    *io.state.borrow_mut() = IterState::Exhausted("callable_iterator");
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// A one-character string (cached for ASCII).
    pub fn char_value(&mut self, s: &str) -> Value {
        if s.len() == 1 {
            let b = s.as_bytes()[0] as usize;
            if let Some(v) = self.ascii_chars.get(b) {
                return Value::Str(v.clone());
            }
        }
        Value::str(s)
    }

    /// Collect an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let out = match v {
            Value::List(l) => l.to_vec(),
            Value::Tuple(t) => t.as_slice().to_vec(),
            Value::Dict(d) => d.borrow().keys(),
            Value::Set(s) | Value::FrozenSet(s) => s.borrow().iter().cloned().collect(),
            Value::Range(r) => {
                // Room for every item at once, as CPython sizes a list
                // from the length: past the budget or what the system can
                // give, the error comes before any work.
                let n = r.len();
                let mut out = self.try_vec(n as usize)?;
                for i in 0..n {
                    out.push(Value::Int(r.item(i)));
                    if i & 1023 == 1023 {
                        self.charge_native(1024)?;
                    }
                }
                return Ok(out);
            }
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    self.push_item(&mut out, x)?;
                }
                return Ok(out);
            }
        };
        // A copy of a container: linear work, charged by its size.
        self.charge_native(out.len() / 8)?;
        Ok(out)
    }

    /// Unpack for assignment: exactly `before` items, or with a starred
    /// target `before` + list + `after`.
    pub fn unpack_iterable(
        &mut self,
        seq: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if !self.has_iter(seq) && self.native_iter(seq)?.is_none() {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {} object", tn)));
        }
        match after {
            None => {
                let it = self.get_iter(seq)?;
                let mut out = Vec::with_capacity(before);
                while out.len() < before {
                    match self.next(&it)? {
                        Some(v) => out.push(v),
                        None => {
                            return Err(self.value_error(format!(
                                "not enough values to unpack (expected {}, got {})",
                                before,
                                out.len()
                            )))
                        }
                    }
                }
                if self.next(&it)?.is_some() {
                    return Err(self
                        .value_error(format!("too many values to unpack (expected {})", before)));
                }
                Ok(out)
            }
            Some(after) => {
                let items = self.iterate(seq)?;
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = Vec::with_capacity(before + after + 1);
                let mid_end = items.len() - after;
                out.extend(items[..before].iter().cloned());
                out.push(Value::list(items[before..mid_end].to_vec()));
                out.extend(items[mid_end..].iter().cloned());
                Ok(out)
            }
        }
    }

    /// Iterators over native objects (dict views and the like).
    pub fn native_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if let Value::Native(n) = v {
            if let NativeData::DictView { dict, view } = &n.data {
                return Ok(Some(Self::new_iter(IterState::Dict {
                    dict: dict.clone(),
                    pos: 0,
                    len: dict.len(),
                    view: *view,
                })));
            }
        }
        Ok(None)
    }

    /// len() of native objects without `__len__` in their class.
    pub fn native_len(&self, v: &Value) -> Option<usize> {
        if let Value::Native(n) = v {
            if let NativeData::DictView { dict, .. } = &n.data {
                return Some(dict.len());
            }
        }
        None
    }
}
