//! The JSON encoder: walks the value with an explicit stack (deep data is
//! RecursionError, never a Rust stack overflow) writing into one byte
//! buffer. Follows CPython's C encoder: which types are recognised
//! (subclasses of str/int/float/list/tuple/dict included), key conversion,
//! circular-reference markers, `default=` called back for the rest, and
//! its error messages.

use std::collections::HashSet;
use std::rc::Rc;

use crate::objects::{StrObj, Value};
use crate::vm::{PyResult, Vm};

pub struct Opts {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The text of one indentation level; None for a single line.
    pub indent: Option<String>,
    pub item_sep: Rc<StrObj>,
    pub key_sep: Rc<StrObj>,
    pub default: Option<Value>,
    /// CPython runs its Python encoder here (indenting, json.dump), whose
    /// errors read slightly differently from its C encoder's.
    pub python_style: bool,
}

/// Bytes of a str that cannot be copied as they are: `[ensure_ascii]`.
static ESCAPE: [[bool; 256]; 2] = {
    let mut t = [[false; 256]; 2];
    let mut i = 0;
    while i < 256 {
        let plain = i >= 0x20 && i != b'"' as usize && i != b'\\' as usize;
        t[0][i] = !plain;
        t[1][i] = !plain || i >= 0x7f;
        i += 1;
    }
    t
};

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u4(out: &mut Vec<u8>, u: u32) {
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((u >> shift) & 0xf) as usize]);
    }
}

/// Append the JSON literal of `s`, quotes included.
pub fn push_str_literal(out: &mut Vec<u8>, s: &str, ensure_ascii: bool) {
    let table = &ESCAPE[ensure_ascii as usize];
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut i = 0;
    while i < b.len() {
        let run = i;
        while i < b.len() && !table[b[i] as usize] {
            i += 1;
        }
        out.extend_from_slice(&b[run..i]);
        if i == b.len() {
            break;
        }
        let c = b[i];
        if c < 0x80 {
            match c {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                _ => push_u4(out, c as u32),
            }
            i += 1;
            continue;
        }
        // Non-ASCII under ensure_ascii: the char as UTF-16 escapes.
        let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
        let mut units = [0u16; 2];
        for u in ch.encode_utf16(&mut units) {
            push_u4(out, *u as u32);
        }
        i += ch.len_utf8();
    }
    out.push(b'"');
}

fn push_i64(out: &mut Vec<u8>, n: i64) {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&buf[pos..]);
}

/// A container being written.
enum Frame {
    /// A list, read live by index as CPython's encoder does; the last
    /// field is where its `[` was written.
    List(Rc<crate::objects::ListObj>, usize, Option<usize>, usize),
    /// A tuple, or the items a list subclass's iteration gave.
    Items(Vec<Value>, usize, Option<usize>, usize),
    /// A dict's items (a snapshot, sorted when asked); the bool says an
    /// item has been written (skipped keys write nothing).
    Dict(Vec<(Value, Value)>, usize, bool, Option<usize>),
    /// A dict read live by entry index: when no default() can run, nothing
    /// can change it while it is written, so no snapshot is needed; and
    /// CPython's Python encoder walks it live too. The last field is its
    /// size when the walk began.
    LiveDict(
        Rc<crate::objects::DictObj>,
        usize,
        bool,
        Option<usize>,
        usize,
    ),
    /// What `default()` returned is being written for the marked object;
    /// the frame keeps it alive so no new container reuses its address
    /// (markers are addresses) while it is being written.
    Default(Option<usize>, #[allow(dead_code)] Value),
}

/// The built-in value a subclass instance wraps (`class E(int, Enum)`).
fn base_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.base.borrow().clone(),
        _ => None,
    }
}

pub struct Encoder<'a> {
    opts: &'a Opts,
    out: Vec<u8>,
    markers: HashSet<usize>,
    /// The marked objects, held while marked: a dict whose items were
    /// snapshotted would otherwise be freed mid-walk and a new object at
    /// its address taken for a cycle.
    held: Vec<Value>,
    max_depth: usize,
    /// Open lists and dicts: the indentation level (what default()
    /// returned sits at its object's level).
    level: usize,
    /// While a number in a list is written: where the text before it
    /// (its separator, or the list's `[`) began. CPython's piecewise
    /// encoder emits those together with the number, so when the number
    /// fails they were never written (json.dump's partial output).
    number_mark: Option<usize>,
}

impl<'a> Encoder<'a> {
    pub fn new(vm: &mut Vm, opts: &'a Opts) -> Encoder<'a> {
        let used = vm.native_depth + vm.frames.len();
        // The VM keeps the last output buffer: no regrowth for the next
        // document of a similar size.
        let mut out = std::mem::take(&mut vm.ext.json_out);
        out.clear();
        Encoder {
            opts,
            out,
            markers: HashSet::new(),
            held: Vec::new(),
            level: 0,
            number_mark: None,
            // As deep as CPython's json.dumps gets (it runs under more frames).
            max_depth: vm.recursion_limit.saturating_sub(used + 4),
        }
    }

    /// Room for `extra` more bytes, growing by doubling through the
    /// memory checks.
    fn room(&mut self, vm: &mut Vm, extra: usize) -> PyResult<()> {
        if self.out.capacity() - self.out.len() >= extra {
            return Ok(());
        }
        let want = extra.max(self.out.capacity()).max(64);
        vm.try_reserve(&mut self.out, want)
    }

    fn float_text(&self, vm: &mut Vm, f: f64) -> PyResult<&'static str> {
        let text = if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        };
        if !self.opts.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            if self.opts.python_style {
                let r = crate::format::float_repr(f);
                return Err(vm.value_error(format!("{}: {}", msg, r)));
            }
            return Err(vm.value_error(msg));
        }
        Ok(text)
    }

    fn push_float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if f.is_finite() {
            super::floats::push_repr(&mut self.out, f);
        } else {
            let t = self.float_text(vm, f)?;
            self.out.extend_from_slice(t.as_bytes());
        }
        Ok(())
    }

    fn push_bigint(&mut self, vm: &mut Vm, b: &num_bigint::BigInt) -> PyResult<()> {
        let s = vm.bigint_decimal(b)?;
        self.room(vm, s.len())?;
        self.out.extend_from_slice(s.as_bytes());
        vm.charge_native(s.len() / 64)
    }

    fn push_str(&mut self, vm: &mut Vm, s: &str) -> PyResult<()> {
        // Escaping at most sixfolds the text (12 bytes for a 2-byte
        // char needing a surrogate pair is the same ratio).
        self.room(vm, s.len().saturating_mul(6).saturating_add(2))?;
        push_str_literal(&mut self.out, s, self.opts.ensure_ascii);
        vm.charge_native(s.len() / 64)
    }

    /// A newline and `level` indents, when indenting.
    fn newline(&mut self, vm: &mut Vm, level: usize) -> PyResult<()> {
        if let Some(ind) = &self.opts.indent {
            let n = ind.len().saturating_mul(level).saturating_add(1);
            if self.out.capacity() - self.out.len() < n {
                let want = n.max(self.out.capacity());
                vm.try_reserve(&mut self.out, want)?;
            }
            self.out.push(b'\n');
            for _ in 0..level {
                self.out.extend_from_slice(ind.as_bytes());
            }
            vm.charge_native(n / 64)?;
        }
        Ok(())
    }

    /// A dict entry's key text and the key separator, after the item
    /// separator unless it is the first entry written.
    fn dict_key(&mut self, vm: &mut Vm, key: &str, wrote: &mut bool, level: usize) -> PyResult<()> {
        if *wrote {
            self.separator(vm, level)?;
        }
        *wrote = true;
        self.push_str(vm, key)?;
        let ks = self.opts.key_sep.clone();
        self.room(vm, ks.as_str().len())?;
        self.out.extend_from_slice(ks.as_str().as_bytes());
        Ok(())
    }

    fn separator(&mut self, vm: &mut Vm, level: usize) -> PyResult<()> {
        let sep = self.opts.item_sep.clone();
        self.room(vm, sep.as_str().len())?;
        self.out.extend_from_slice(sep.as_str().as_bytes());
        self.newline(vm, level)
    }

    /// Mark a container as being written; a second visit is a cycle.
    fn mark(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
        if !self.opts.check_circular {
            return Ok(None);
        }
        let id = v.heap_ptr().unwrap_or(0);
        if !self.markers.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        self.held.push(v.clone());
        Ok(Some(id))
    }

    fn unmark(&mut self, m: Option<usize>) {
        if let Some(id) = m {
            self.markers.remove(&id);
            drop(self.held.pop());
        }
    }

    fn deeper(&self, vm: &mut Vm, depth: usize, calls: bool) -> PyResult<()> {
        if depth >= self.max_depth {
            // CPython's indenting encoder is Python code, and default() is
            // a Python call: there the limit trips in a call.
            let what = if self.opts.python_style || calls {
                " while calling a Python object"
            } else {
                " while encoding a JSON object"
            };
            let c = vm.types.recursion_error.clone();
            return Err(vm.new_error(&c, format!("maximum recursion depth exceeded{}", what)));
        }
        Ok(())
    }

    /// The text of a dict key, or None to skip it (`skipkeys`).
    fn key_text(&mut self, vm: &mut Vm, k: &Value) -> PyResult<Option<Rc<StrObj>>> {
        let base;
        let k = match k {
            Value::Instance(_) => match base_of(k) {
                Some(b) => {
                    base = b;
                    &base
                }
                None => k,
            },
            _ => k,
        };
        Ok(Some(match k {
            Value::Str(s) => s.clone(),
            Value::Float(f) if f.is_finite() => {
                Rc::new(StrObj::from_string(crate::format::float_repr(*f)))
            }
            Value::Float(f) => Rc::new(StrObj::new(self.float_text(vm, *f)?)),
            Value::Bool(true) => vm.intern("true"),
            Value::Bool(false) => vm.intern("false"),
            Value::None => vm.intern("null"),
            Value::Int(n) => {
                let mut b = Vec::new();
                push_i64(&mut b, *n);
                Rc::new(StrObj::from_string(
                    String::from_utf8(b).unwrap_or_default(),
                ))
            }
            Value::BigInt(b) => Rc::new(StrObj::from_string(vm.bigint_decimal(b)?)),
            _ if self.opts.skipkeys => return Ok(None),
            _ => {
                let tn = vm.type_name(k);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    tn
                )));
            }
        }))
    }

    /// The items of a dict (or of a dict subclass, through its `items()`),
    /// sorted by key when asked.
    fn dict_items(&mut self, vm: &mut Vm, d: &Value) -> PyResult<Vec<(Value, Value)>> {
        let mut items = match d {
            Value::Dict(d) => {
                let t = d.borrow();
                let mut v = vm.try_vec(t.len())?;
                v.extend(t.iter().map(|e| (e.key.clone(), e.value.clone())));
                v
            }
            _ => {
                let view = vm.call_method(d, "items", &[])?;
                let pairs = vm.iterate(&view)?;
                let mut v = vm.try_vec(pairs.len())?;
                for p in pairs {
                    let kv = vm.iterate(&p)?;
                    if kv.len() != 2 {
                        return Err(vm.value_error("items must return 2-tuples"));
                    }
                    let mut it = kv.into_iter();
                    let k = it.next().unwrap_or(Value::None);
                    v.push((k, it.next().unwrap_or(Value::None)));
                }
                v
            }
        };
        vm.charge_native(items.len() / 8)?;
        if self.opts.sort_keys && items.len() > 1 {
            let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
            let mut pairs: Vec<Value> = items
                .drain(..)
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            crate::builtins::sort::sort_values(vm, &mut pairs, Some(keys), false)?;
            for p in pairs {
                if let Value::Tuple(t) = p {
                    let s = t.as_slice();
                    items.push((s[0].clone(), s[1].clone()));
                }
            }
        }
        Ok(items)
    }

    /// Write `v`; a container opens a frame on `stack` instead.
    fn value(&mut self, vm: &mut Vm, v: Value, stack: &mut Vec<Frame>) -> PyResult<()> {
        self.room(vm, 32)?;
        match &v {
            Value::None => self.out.extend_from_slice(b"null"),
            Value::Bool(true) => self.out.extend_from_slice(b"true"),
            Value::Bool(false) => self.out.extend_from_slice(b"false"),
            Value::Str(s) => self.push_str(vm, s.as_str())?,
            Value::Int(n) => push_i64(&mut self.out, *n),
            Value::BigInt(b) => self.push_bigint(vm, b)?,
            Value::Float(f) => self.push_float(vm, *f)?,
            Value::List(l) => {
                if l.is_empty() {
                    self.out.extend_from_slice(b"[]");
                    return Ok(());
                }
                self.deeper(vm, stack.len(), false)?;
                let m = self.mark(vm, &v)?;
                let at = self.out.len();
                self.out.push(b'[');
                self.level += 1;
                self.newline(vm, self.level)?;
                stack.push(Frame::List(l.clone(), 0, m, at));
            }
            Value::Tuple(t) => {
                if t.is_empty() {
                    self.out.extend_from_slice(b"[]");
                    return Ok(());
                }
                self.deeper(vm, stack.len(), false)?;
                let m = self.mark(vm, &v)?;
                let at = self.out.len();
                self.out.push(b'[');
                self.level += 1;
                self.newline(vm, self.level)?;
                stack.push(Frame::Items(t.as_slice().to_vec(), 0, m, at));
            }
            Value::Dict(d) => {
                if d.is_empty() {
                    self.out.extend_from_slice(b"{}");
                    return Ok(());
                }
                self.open_dict(vm, &v, stack)?;
            }
            Value::Instance(_) => match base_of(&v) {
                Some(Value::Str(s)) => self.push_str(vm, s.as_str())?,
                Some(Value::Int(n)) => push_i64(&mut self.out, n),
                Some(Value::BigInt(b)) => self.push_bigint(vm, &b)?,
                Some(Value::Float(f)) => self.push_float(vm, f)?,
                Some(Value::List(_) | Value::Tuple(_)) => {
                    let items = vm.iterate(&v)?;
                    if items.is_empty() {
                        self.out.extend_from_slice(b"[]");
                        return Ok(());
                    }
                    self.deeper(vm, stack.len(), false)?;
                    let m = self.mark(vm, &v)?;
                    let at = self.out.len();
                    self.out.push(b'[');
                    self.level += 1;
                    self.newline(vm, self.level)?;
                    stack.push(Frame::Items(items, 0, m, at));
                }
                // Empty by its own table, as CPython checks, whatever
                // its items() would say.
                Some(Value::Dict(d)) if d.is_empty() => self.out.extend_from_slice(b"{}"),
                Some(Value::Dict(_)) => self.open_dict(vm, &v, stack)?,
                _ => self.by_default(vm, v, stack)?,
            },
            _ => self.by_default(vm, v, stack)?,
        }
        Ok(())
    }

    fn open_dict(&mut self, vm: &mut Vm, v: &Value, stack: &mut Vec<Frame>) -> PyResult<()> {
        if let Value::Dict(d) = v {
            let live = self.opts.default.is_none() || self.opts.python_style;
            if live && !self.opts.sort_keys {
                self.deeper(vm, stack.len(), false)?;
                let m = self.mark(vm, v)?;
                self.out.push(b'{');
                self.level += 1;
                self.newline(vm, self.level)?;
                stack.push(Frame::LiveDict(d.clone(), 0, false, m, d.len()));
                return Ok(());
            }
        }
        let items = self.dict_items(vm, v)?;
        if items.is_empty() {
            self.room(vm, 2)?;
            self.out.extend_from_slice(b"{}");
            return Ok(());
        }
        self.deeper(vm, stack.len(), false)?;
        let m = self.mark(vm, v)?;
        self.out.push(b'{');
        self.level += 1;
        self.newline(vm, self.level)?;
        stack.push(Frame::Dict(items, 0, false, m));
        Ok(())
    }

    /// An object JSON has no form for: what `default()` makes of it.
    fn by_default(&mut self, vm: &mut Vm, v: Value, stack: &mut Vec<Frame>) -> PyResult<()> {
        let Some(f) = self.opts.default.clone() else {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!("Object of type {} is not JSON serializable", tn)));
        };
        self.deeper(vm, stack.len(), true)?;
        let m = self.mark(vm, &v)?;
        let r = vm.call_value(f, &[v])?;
        stack.push(Frame::Default(m, r.clone()));
        self.value(vm, r, stack)
    }

    /// The whole text of `v`; after an error, `partial` is what was
    /// written before it.
    pub fn encode(&mut self, vm: &mut Vm, v: Value) -> PyResult<Value> {
        if let Err(e) = self.run(vm, v) {
            if let Some(at) = self.number_mark.take() {
                self.out.truncate(at);
            }
            return Err(e);
        }
        Ok(self.finish(vm))
    }

    /// The text written so far, as a str; the buffer goes back to the VM.
    pub fn finish(&mut self, vm: &mut Vm) -> Value {
        let out = std::mem::take(&mut self.out);
        // Only whole UTF-8 sequences were written.
        let v = match std::str::from_utf8(&out) {
            Ok(text) if text.is_ascii() => Value::Str(Rc::new(StrObj::ascii(text))),
            Ok(text) => Value::str(text),
            Err(_) => Value::str(""),
        };
        if out.capacity() <= 1 << 16 {
            vm.ext.json_out = out;
        }
        v
    }

    fn list_item(
        &mut self,
        vm: &mut Vm,
        item: Option<Value>,
        i: usize,
        at: usize,
    ) -> PyResult<Option<Value>> {
        let Some(item) = item else {
            return Ok(None);
        };
        let mark = if i > 1 { self.out.len() } else { at };
        if i > 1 {
            self.separator(vm, self.level)?;
        }
        let number = match &item {
            Value::Float(_) | Value::BigInt(_) => true,
            Value::Instance(_) => matches!(
                base_of(&item),
                Some(Value::Float(_) | Value::BigInt(_) | Value::Int(_))
            ),
            _ => false,
        };
        if number {
            self.number_mark = Some(mark);
        }
        Ok(Some(item))
    }

    fn run(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let mut stack: Vec<Frame> = Vec::new();
        self.value(vm, v, &mut stack)?;
        loop {
            let level = self.level;
            let next = match stack.last_mut() {
                None => break,
                Some(Frame::List(l, i, _, at)) => {
                    let item = l.get(*i);
                    *i += 1;
                    let (i, at) = (*i, *at);
                    self.list_item(vm, item, i, at)?
                }
                Some(Frame::Items(items, i, _, at)) => {
                    let item = items.get(*i).cloned();
                    *i += 1;
                    let (i, at) = (*i, *at);
                    self.list_item(vm, item, i, at)?
                }
                Some(Frame::Dict(items, i, wrote, _)) => {
                    let mut next = None;
                    while let Some((k, val)) = items.get(*i) {
                        *i += 1;
                        let (k, val) = (k.clone(), val.clone());
                        let Some(text) = self.key_text(vm, &k)? else {
                            continue;
                        };
                        self.dict_key(vm, text.as_str(), wrote, level)?;
                        next = Some(val);
                        break;
                    }
                    next
                }
                Some(Frame::LiveDict(d, i, wrote, _, size)) => {
                    if self.opts.python_style && d.len() != *size {
                        return Err(vm.runtime_error("dictionary changed size during iteration"));
                    }
                    let mut next = None;
                    loop {
                        let entry = {
                            let t = d.borrow();
                            if *i >= t.raw_len() {
                                break;
                            }
                            t.entry(*i).map(|e| (e.key.clone(), e.value.clone()))
                        };
                        *i += 1;
                        let Some((k, val)) = entry else {
                            continue;
                        };
                        let Some(text) = self.key_text(vm, &k)? else {
                            continue;
                        };
                        self.dict_key(vm, text.as_str(), wrote, level)?;
                        next = Some(val);
                        break;
                    }
                    next
                }
                Some(Frame::Default(..)) => None,
            };
            vm.charge_native(1)?;
            if let Some(item) = next {
                self.value(vm, item, &mut stack)?;
                self.number_mark = None;
                continue;
            }
            // The innermost container is done: close it.
            match stack.pop() {
                Some(Frame::List(_, _, m, _)) | Some(Frame::Items(_, _, m, _)) => {
                    self.level -= 1;
                    self.newline(vm, self.level)?;
                    self.room(vm, 1)?;
                    self.out.push(b']');
                    self.unmark(m);
                }
                Some(Frame::Dict(_, _, _, m)) | Some(Frame::LiveDict(_, _, _, m, _)) => {
                    // Every key skipped still closes on its own line,
                    // as CPython's indenting encoder does.
                    self.level -= 1;
                    self.newline(vm, self.level)?;
                    self.room(vm, 1)?;
                    self.out.push(b'}');
                    self.unmark(m);
                }
                Some(Frame::Default(m, _)) => self.unmark(m),
                None => {}
            }
        }
        Ok(())
    }
}
