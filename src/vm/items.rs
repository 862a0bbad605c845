//! Subscripting (`obj[key]`, assignment, deletion) and the hashed
//! containers' operations that may run script code (`__eq__`, `__hash__`).

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::dict_table::{Cursor, Step};
use crate::objects::set_table::SetStep;
use crate::objects::slice::{resolve, SliceIndices};
use crate::objects::{BytesObj, DictObj, SetObj, SliceObj, Value};

/// CPython's IndexError for a sequence index past the machine word.
pub(crate) const BIG_INDEX: &str = "cannot fit 'int' into an index-sized integer";

impl Vm {
    /// Resolve a slice object against a sequence length.
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIndices> {
        let step = match self.slice_index(&s.step)? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(st) => st.max(-i64::MAX),
        };
        let start = self.slice_index(&s.start)?;
        let stop = self.slice_index(&s.stop)?;
        Ok(resolve(start, stop, step, len as i64))
    }

    /// A sequence index with negatives counted from the end; None when out
    /// of range.
    pub(crate) fn seq_index(
        &mut self,
        key: &Value,
        len: usize,
        what: &str,
    ) -> PyResult<Option<usize>> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(self.index_error(BIG_INDEX)),
            _ => {
                let cls = self.type_of(key);
                if cls.lookup(&self.names.index).is_none() {
                    let tn = self.type_name(key);
                    if what == "string" {
                        return Err(self
                            .type_error(format!("string indices must be integers, not '{}'", tn)));
                    }
                    return Err(self.type_error(format!(
                        "{} indices must be integers or slices, not {}",
                        what, tn
                    )));
                }
                self.to_index(key)?
            }
        };
        let len = len as i64;
        let i = if i < 0 { i + len } else { i };
        if i < 0 || i >= len {
            Ok(None)
        } else {
            Ok(Some(i as usize))
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    // The indices first: `__index__` may run script code.
                    let idx = self.slice_indices(s, l.len())?;
                    let out: Vec<Value> = {
                        let items = l.borrow();
                        idx.iter().filter_map(|i| items.get(i).cloned()).collect()
                    };
                    self.charge_native(out.len() / 8)?;
                    return Ok(Value::list(out));
                }
                if let Value::Int(i) = key {
                    let b = l.borrow();
                    let n = b.len() as i64;
                    let j = if *i < 0 { *i + n } else { *i };
                    if j >= 0 && j < n {
                        return Ok(b[j as usize].clone());
                    }
                    drop(b);
                    return Err(self.index_error("list index out of range"));
                }
                let len = l.len();
                match self.seq_index(key, len, "list")? {
                    Some(i) => match l.get(i) {
                        Some(v) => Ok(v),
                        None => Err(self.index_error("list index out of range")),
                    },
                    None => Err(self.index_error("list index out of range")),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.len())?;
                    let items = t.as_slice();
                    let out: Vec<Value> = idx.iter().map(|i| items[i].clone()).collect();
                    self.charge_native(out.len() / 8)?;
                    return Ok(Value::tuple(out));
                }
                match self.seq_index(key, t.len(), "tuple")? {
                    Some(i) => Ok(t.as_slice()[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        let (a, b) = (idx.start.max(0) as usize, idx.stop.max(0) as usize);
                        return Ok(Value::str(s.substr(a, b)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = idx.iter().map(|i| chars[i]).collect();
                    return Ok(Value::string(out));
                }
                match self.seq_index(key, s.char_len(), "string")? {
                    Some(i) => {
                        let c = s.char_at(i).unwrap_or('\0');
                        let mut buf = [0u8; 4];
                        Ok(self.char_value(c.encode_utf8(&mut buf)))
                    }
                    None => Err(self.index_error("string index out of range")),
                }
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, b.len())?;
                    let data = b.as_bytes();
                    let out: Vec<u8> = idx.iter().map(|i| data[i]).collect();
                    return Ok(Value::Bytes(Rc::new(BytesObj::new(out))));
                }
                match self.seq_index(key, b.len(), "byte")? {
                    Some(i) => Ok(Value::Int(b.as_bytes()[i] as i64)),
                    None => Err(self.index_error("index out of range")),
                }
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = key {
                    let n = r.len() as usize;
                    let idx = self.slice_indices(sl, n)?;
                    let start = r.start as i128 + idx.start as i128 * r.step as i128;
                    let stop = r.start as i128 + idx.stop as i128 * r.step as i128;
                    let step = r.step as i128 * idx.step as i128;
                    let clamp = |x: i128| x.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
                    return Ok(Value::Range(Rc::new(crate::objects::RangeObj {
                        start: clamp(start),
                        stop: clamp(stop),
                        step: clamp(step),
                    })));
                }
                // A range computes its items, so a huge index is only out of range.
                let found = match key {
                    Value::BigInt(_) => None,
                    _ => self.seq_index(key, r.len() as usize, "range object")?,
                };
                match found {
                    Some(i) => Ok(Value::Int(r.item(i as i64))),
                    None => Err(self.index_error("range object index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Class(c) => {
                // A metaclass's __getitem__ (Enum's `Color['RED']`) comes first.
                if let Some(meta) = c.metaclass.borrow().clone() {
                    let gname = self.names.getitem.clone();
                    if meta.lookup(&gname).is_some() {
                        if let Some(v) =
                            self.call_special(obj, &gname, std::slice::from_ref(key))?
                        {
                            return Ok(v);
                        }
                    }
                }
                let name = self.names.class_getitem.clone();
                match c.lookup(&name) {
                    Some(f) => {
                        let f = self.bind_attr(f, obj.clone(), c)?;
                        let f = match f {
                            Value::Function(_) => f,
                            other => other,
                        };
                        match &f {
                            Value::Function(_) => self.call_value(f, &[obj.clone(), key.clone()]),
                            _ => self.call_value(f, std::slice::from_ref(key)),
                        }
                    }
                    None => {
                        if c.builtin {
                            return self.builtin_class_getitem(c, obj, key);
                        }
                        Err(self.type_error(format!(
                            "type '{}' is not subscriptable",
                            c.name().as_str()
                        )))
                    }
                }
            }
            _ => {
                if let Some(v) = crate::objects::array::fast_get(obj, key) {
                    return Ok(v);
                }
                let name = self.names.getitem.clone();
                match self.call_special(obj, &name, std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => {
                        if let Value::Instance(i) = obj {
                            if let Some(base) = i.base.borrow().clone() {
                                return self.get_item(&base, key);
                            }
                        }
                        let tn = self.type_name(obj);
                        Err(self.type_error(format!("'{}' object is not subscriptable", tn)))
                    }
                }
            }
        }
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new_items = self.iterate(&value)?;
                    let len = l.len();
                    let idx = self.slice_indices(s, len)?;
                    let mut items = l.edit(&new_items);
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop = (idx.stop.max(idx.start)).clamp(0, len as i64) as usize;
                        items.splice(start..stop, new_items);
                        return Ok(());
                    }
                    let n = idx.len();
                    if n != new_items.len() {
                        drop(items);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            n
                        )));
                    }
                    for (i, v) in idx.iter().zip(new_items) {
                        items[i] = v;
                    }
                    return Ok(());
                }
                let len = l.len();
                match self.seq_index(&key, len, "list")? {
                    Some(i) => {
                        let mut b = l.edit(std::slice::from_ref(&value));
                        if i < b.len() {
                            b[i] = value;
                            return Ok(());
                        }
                        drop(b);
                        Err(self.index_error("list assignment index out of range"))
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            _ => {
                if crate::objects::array::fast_set(obj, &key, &value) {
                    return Ok(());
                }
                let name = self.names.setitem.clone();
                match self.call_special(obj, &name, &[key, value])? {
                    Some(_) => Ok(()),
                    None => {
                        let tn = self.type_name(obj);
                        Err(self.type_error(format!(
                            "'{}' object does not support item assignment",
                            tn
                        )))
                    }
                }
            }
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.len();
                    let idx = self.slice_indices(s, len)?;
                    let mut remove: Vec<usize> = idx.iter().collect();
                    remove.sort_unstable();
                    let mut items = l.edit(&[]);
                    for i in remove.into_iter().rev() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                match self.seq_index(key, len, "list")? {
                    Some(i) => {
                        let removed = {
                            let mut b = l.edit(&[]);
                            if i < b.len() {
                                Some(b.remove(i))
                            } else {
                                None
                            }
                        };
                        match removed {
                            Some(_) => Ok(()),
                            None => Err(self.index_error("list assignment index out of range")),
                        }
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_del(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            _ => {
                let name = self.names.delitem.clone();
                match self.call_special(obj, &name, std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    None => {
                        let tn = self.type_name(obj);
                        Err(self
                            .type_error(format!("'{}' object doesn't support item deletion", tn)))
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------ dict

    /// Lookup with full Python key semantics.
    pub fn dict_get(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, hash, key)? {
            Ok((entry, _)) => Ok(d.borrow().entry(entry).map(|e| e.value.clone())),
            Err(_) => Ok(None),
        }
    }

    /// Find the entry index of a key (for deletion and replacement).
    /// `__eq__` runs with no borrow held; the search goes on after it unless
    /// the table moved or the compared entry changed (then it starts over).
    fn dict_find(
        &mut self,
        d: &DictObj,
        hash: i64,
        key: &Value,
    ) -> PyResult<Result<(usize, usize), usize>> {
        let mut cur = Cursor::new();
        loop {
            let (cand, layout, entry_idx, slot_idx) = {
                let t = d.borrow();
                match t.find(hash, key, &mut cur) {
                    Step::Found { entry, slot } => return Ok(Ok((entry, slot))),
                    Step::Missing { slot } => return Ok(Err(slot)),
                    Step::Ask { entry, slot } => match t.entry(entry) {
                        Some(e) => (e.key.clone(), t.layout, entry, slot),
                        None => continue,
                    },
                }
            };
            let eq = self.eq(&cand, key)?;
            if !d.borrow().may_resume(layout, entry_idx, &cand, &mut cur) {
                cur = Cursor::new();
                continue;
            }
            if eq {
                return Ok(Ok((entry_idx, slot_idx)));
            }
        }
    }

    pub fn dict_set(&mut self, d: &DictObj, key: Value, value: Value) -> PyResult<()> {
        let grow = d.borrow().growth_bytes();
        self.before_table_growth(grow)?;
        if let Value::Str(s) = &key {
            let h = s.hash();
            let mut t = d.borrow_mut();
            // Str keys compare natively against everything but user objects.
            let mut cur = Cursor::new();
            match t.find(h, &key, &mut cur) {
                Step::Found { entry, .. } => {
                    t.set_value(entry, value);
                    return Ok(());
                }
                Step::Missing { slot } => {
                    t.insert_new(h, key, value, slot);
                    return Ok(());
                }
                // A user object with an equal hash: the general path asks it.
                Step::Ask { .. } => {}
            }
        }
        let hash = self.hash(&key)?;
        match self.dict_find(d, hash, &key)? {
            Ok((entry, _)) => {
                d.borrow_mut().set_value(entry, value);
            }
            Err(slot) => {
                d.borrow_mut().insert_new(hash, key, value, slot);
            }
        }
        Ok(())
    }

    pub fn dict_del(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, hash, key)? {
            Ok((entry, slot)) => Ok(d.borrow_mut().remove_at(entry, slot).map(|e| e.value)),
            Err(_) => Ok(None),
        }
    }

    /// `d.update(other)` / `{**other}`; with `callee` (a `**` argument of a
    /// call), a repeated key is the call-site TypeError naming the callee.
    pub fn dict_merge_call(
        &mut self,
        d: &DictObj,
        other: &Value,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        self.dict_merge_inner(d, other, callee.is_some(), callee)
    }

    /// How CPython names a callee in call-site errors: `module.qualname()`,
    /// just `qualname()` for builtins, else `str(callee)`.
    pub fn function_str(&mut self, f: &Value) -> PyResult<String> {
        let q = self.intern("__qualname__");
        let Some(qual) = self.get_attr_opt(f, &q)? else {
            return self.str_string(f);
        };
        let qual = self.str_string(&qual)?;
        let m = self.intern("__module__");
        match self.get_attr_opt(f, &m)? {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                Ok(format!("{}.{}()", m.as_str(), qual))
            }
            _ => Ok(format!("{}()", qual)),
        }
    }

    pub fn dict_merge(&mut self, d: &DictObj, other: &Value, strict: bool) -> PyResult<()> {
        self.dict_merge_inner(d, other, strict, None)
    }

    fn dict_merge_inner(
        &mut self,
        d: &DictObj,
        other: &Value,
        strict: bool,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let prefix = |vm: &mut Vm| -> PyResult<String> {
            match callee {
                Some(f) => Ok(vm.function_str(f)? + " "),
                None => Ok(String::new()),
            }
        };
        let items: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o.borrow().items(),
            _ => {
                let keys_name = self.intern("keys");
                if self.has_attr(other, &keys_name)? {
                    let keys = self.call_method(other, "keys", &[])?;
                    let keys = self.iterate(&keys)?;
                    let mut v = Vec::with_capacity(keys.len());
                    for k in keys {
                        let val = self.get_item(other, &k)?;
                        v.push((k, val));
                    }
                    v
                } else {
                    if strict {
                        let tn = self.type_name(other);
                        let p = prefix(self)?;
                        return Err(self.type_error(format!(
                            "{}argument after ** must be a mapping, not {}",
                            p, tn
                        )));
                    }
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!("'{}' object is not a mapping", tn)));
                }
            }
        };
        for (k, v) in items {
            if strict {
                if !matches!(k, Value::Str(_)) {
                    return Err(self.type_error("keywords must be strings"));
                }
                if self.dict_get(d, &k)?.is_some() {
                    let ks = self.str_string(&k)?;
                    let p = prefix(self)?;
                    return Err(self.type_error(format!(
                        "{}got multiple values for keyword argument '{}'",
                        p, ks
                    )));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    pub fn dict_eq(&mut self, a: &DictObj, b: &DictObj) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        let items = a.borrow().items();
        for (k, v) in items {
            match self.dict_get(b, &k)? {
                Some(v2) => {
                    if !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ------------------------------------------------------------ set

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Rc::new(SetObj::new());
        for v in items {
            self.charge_native(1)?;
            self.set_add(&s, v)?;
        }
        let v = Value::Set(s);
        crate::gc::track(&v);
        Ok(v)
    }

    fn set_probe(&mut self, s: &SetObj, hash: i64, key: &Value) -> PyResult<Result<usize, usize>> {
        let mut st = s.borrow().start(hash);
        loop {
            let (cand, layout, slot) = {
                let t = s.borrow();
                match t.probe_from(hash, key, st) {
                    SetStep::Found(i) => return Ok(Ok(i)),
                    SetStep::Missing(i) => return Ok(Err(i)),
                    SetStep::Ask { slot, state } => {
                        st = state;
                        match t.key_at(slot) {
                            Some(k) => (k.clone(), t.layout, slot),
                            None => continue,
                        }
                    }
                }
            };
            let eq = self.eq(&cand, key)?;
            if !s.borrow().may_resume(layout, slot, &cand, &mut st) {
                st = s.borrow().start(hash);
                continue;
            }
            if eq {
                return Ok(Ok(slot));
            }
        }
    }

    pub fn set_add(&mut self, s: &SetObj, v: Value) -> PyResult<()> {
        let grow = s.borrow().growth_bytes();
        self.before_table_growth(grow)?;
        let hash = self.hash(&v)?;
        if let Err(slot) = self.set_probe(s, hash, &v)? {
            s.borrow_mut().insert_at(slot, hash, v);
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &SetObj, v: &Value) -> PyResult<bool> {
        let hash = match v {
            Value::Set(inner) => {
                // `{1} in set_of_frozensets` looks up as a frozenset.
                let fs = Value::FrozenSet(inner.clone());
                self.hash(&fs)?
            }
            _ => self.hash(v)?,
        };
        Ok(self.set_probe(s, hash, v)?.is_ok())
    }

    /// Remove `v`; false when absent.
    pub fn set_remove(&mut self, s: &SetObj, v: &Value) -> PyResult<bool> {
        let hash = self.hash(v)?;
        match self.set_probe(s, hash, v)? {
            Ok(slot) => {
                s.borrow_mut().remove_at(slot);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }
}
