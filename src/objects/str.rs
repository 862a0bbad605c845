//! `str`: immutable Unicode text, stored as UTF-8, with a cached hash and
//! its length in code points (so ASCII text indexes in O(1)).

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::rc::Rc;

pub struct StrObj {
    s: Box<str>,
    /// Number of code points; equals the byte length for ASCII text.
    chars: usize,
    /// 0 means "not computed yet"; a real hash of 0 is stored as 1.
    hash: Cell<i64>,
}

/// A fixed-key hasher so hashes are the same from run to run (a later
/// snapshot feature relies on determinism; CPython randomises str hashes, so
/// no program can depend on their values).
fn str_hasher() -> ahash::AHasher {
    ahash::RandomState::with_seeds(0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344)
        .build_hasher()
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h = str_hasher();
    h.write(b);
    let v = h.finish() as i64;
    // -1 is reserved in CPython's hash protocol; keep the same invariant.
    if v == -1 {
        -2
    } else {
        v
    }
}

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        StrObj {
            chars: s.chars().count(),
            s: s.into(),
            hash: Cell::new(0),
        }
    }

    pub fn from_string(s: String) -> StrObj {
        StrObj {
            chars: s.chars().count(),
            s: s.into_boxed_str(),
            hash: Cell::new(0),
        }
    }

    /// Text the caller has seen to be all ASCII (its length is its
    /// code-point count).
    pub fn ascii(s: &str) -> StrObj {
        debug_assert!(s.is_ascii());
        StrObj {
            chars: s.len(),
            s: s.into(),
            hash: Cell::new(0),
        }
    }

    /// `a + b`, with the code-point count known from the parts.
    pub fn concat(a: &StrObj, b: &StrObj) -> StrObj {
        let mut s = String::with_capacity(a.s.len() + b.s.len());
        s.push_str(&a.s);
        s.push_str(&b.s);
        StrObj {
            chars: a.chars + b.chars,
            s: s.into_boxed_str(),
            hash: Cell::new(0),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h = hash_bytes(self.s.as_bytes());
        if h == 0 {
            h = 1;
        }
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by code-point range `[start, end)`, both clamped.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.s[b0..b1]
    }
}

impl PartialEq for StrObj {
    fn eq(&self, other: &StrObj) -> bool {
        // Empty strings compare without memcmp (see `Interner::intern`).
        std::ptr::eq(self, other)
            || (self.s.len() == other.s.len() && (self.s.is_empty() || self.s == other.s))
    }
}

impl std::fmt::Debug for StrObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.s)
    }
}

/// Interned identifier strings: names in code objects and attribute keys
/// share one `Rc` per distinct text, so dict lookups hit on pointer equality.
#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Rc<StrObj>, ahash::RandomState>,
    empty: Option<Rc<StrObj>>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Rc<StrObj> {
        // An empty `Box<str>` has a dangling pointer, and glibc's AVX-512
        // memcmp does a masked load from it even for zero bytes: a slow
        // fault-suppression assist on every lookup of "".
        if s.is_empty() {
            return self
                .empty
                .get_or_insert_with(|| Rc::new(StrObj::new("")))
                .clone();
        }
        if let Some(v) = self.map.get(s) {
            return v.clone();
        }
        let v = Rc::new(StrObj::new(s));
        self.map.insert(s.into(), v.clone());
        v
    }
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{:02x}", cp));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{:04x}", cp));
        } else {
            out.push_str(&format!("\\U{:08x}", cp));
        }
    }
    out
}

// ---------------------------------------------------------------- methods

use super::function::{BuiltinKind, KwArgs};
use super::Value;
use crate::builtins::{add_methods, args};
use crate::vm::{PyResult, Vm};

/// `this` for the methods that scan the whole string: the work is
/// charged to the limits first (a unit per 32 bytes).
fn this_scan(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<StrObj>> {
    let s = this(vm, args, name)?;
    vm.charge_native(s.as_str().len() / 32)?;
    Ok(s)
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<StrObj>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(v @ Value::Instance(_)) => match vm.unwrap_builtin(v) {
            Value::Str(s) => Ok(s),
            _ => Err(vm.type_error(format!("descriptor '{}' requires a 'str' object", name))),
        },
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name, tn
            )))
        }
        None => Err(vm.type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

fn sarg(vm: &mut Vm, v: &Value, fname: &str, pos: usize) -> PyResult<Rc<StrObj>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "{}() argument {} must be str, not {}",
                fname, pos, tn
            )))
        }
    }
}

/// A one-byte ASCII pattern: searched as a `char`, which Rust does with
/// memchr, instead of with the general two-way substring searcher (many
/// times slower for the common `split(" ")`, `count("x")`, `find(",")`).
#[inline]
pub fn ascii_needle(p: &str) -> Option<char> {
    match p.as_bytes() {
        [b] if b.is_ascii() => Some(*b as char),
        _ => None,
    }
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &str, needle: &str) -> bool {
    match ascii_needle(needle) {
        Some(c) => hay.as_bytes().contains(&(c as u8)),
        None => hay.contains(needle),
    }
}

fn new_str(s: String) -> Value {
    Value::string(s)
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let sc = vm.types.str.clone();
    let (cls, exact) = super::int::new_cls(vm, args, &sc)?;
    args::only_kwargs(vm, "str", kw, &["object", "encoding", "errors"])?;
    let obj = args::arg_or_kw(&args[1..], 0, kw, "object");
    let encoding = args::arg_or_kw(&args[1..], 1, kw, "encoding");
    let v = match obj {
        None => Value::str(""),
        Some(o)
            if (encoding.is_some() || args::kwarg(kw, "errors").is_some())
                && super::bytearray::bytes_like(&o).is_some() =>
        {
            let errors = args::arg_or_kw(&args[1..], 2, kw, "errors");
            let b = super::bytearray::bytes_like(&o).unwrap_or_default();
            crate::objects::bytes::decode(vm, &b, encoding.as_ref(), errors.as_ref())?
        }
        Some(o) => Value::Str(vm.to_str(&o)?),
    };
    Ok(if exact {
        v
    } else {
        super::int::subclass_instance(vm, &cls, v)
    })
}

/// Python's whitespace for split()/strip().
fn is_space(c: char) -> bool {
    crate::format::is_python_space(c)
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest.to_string());
            return out;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(rest[..i].to_string());
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest.to_string());
                rest = "";
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest.to_string());
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(rest[i + c..].to_string());
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest.to_string());
                rest = "";
            }
        }
    }
    out.reverse();
    out
}

fn split_args(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<(Option<Rc<StrObj>>, i64)> {
    let sep = args::arg_or_kw(&args[1..], 0, kw, "sep");
    let maxsplit = args::arg_or_kw(&args[1..], 1, kw, "maxsplit");
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.as_str().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("must be str or None, not {}", tn)));
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => vm.to_index(&v)?,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "split")?;
    args::only_kwargs(vm, "split", kw, &["sep", "maxsplit"])?;
    let (sep, maxsplit) = split_args(vm, args, kw)?;
    let Some(sep) = sep else {
        let parts = split_whitespace(s.as_str(), maxsplit);
        return Ok(Value::list(parts.into_iter().map(new_str).collect()));
    };
    let t = s.as_str();
    let n = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize + 1
    };
    let parts: Vec<Value> = match ascii_needle(sep.as_str()) {
        Some(c) => t.splitn(n, c).map(Value::str).collect(),
        None => t.splitn(n, sep.as_str()).map(Value::str).collect(),
    };
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "rsplit")?;
    args::only_kwargs(vm, "rsplit", kw, &["sep", "maxsplit"])?;
    let (sep, maxsplit) = split_args(vm, args, kw)?;
    let parts: Vec<String> = match sep {
        None => rsplit_whitespace(s.as_str(), maxsplit),
        Some(sep) => {
            let mut v: Vec<String> = if maxsplit < 0 {
                s.as_str().rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.as_str()
                    .rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            };
            v.reverse();
            v
        }
    };
    Ok(Value::list(parts.into_iter().map(new_str).collect()))
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "join")?;
    args::check(vm, "join", args, 2, 2)?;
    let items = match &args[1] {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.as_slice().to_vec(),
        other => {
            if !vm.is_iterable(other) {
                return Err(vm.type_error("can only join an iterable"));
            }
            vm.iterate(other)?
        }
    };
    // Instances of str subclasses (StrEnum members) join as their text.
    let items: Vec<Value> = items
        .into_iter()
        .map(|v| match vm.unwrap_builtin(&v) {
            b @ Value::Str(_) => b,
            _ => v,
        })
        .collect();
    let sep = s.as_str();
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        match it {
            Value::Str(p) => total += p.as_str().len() + sep.len(),
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i, tn
                )));
            }
        }
    }
    let mut out = vm.try_string(total)?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(p) = it {
            out.push_str(p.as_str());
            vm.charge_native(p.as_str().len() / 32 + 1)?;
        }
    }
    Ok(new_str(out))
}

fn strip_chars(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Option<Vec<char>>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.as_str().chars().collect())),
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("{} arg must be None or str, not {}", name, tn)))
        }
    }
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this_scan(vm, args, name)?;
    let chars = strip_chars(vm, args, name)?;
    let mut t = s.as_str();
    match &chars {
        None => {
            if left {
                t = t.trim_start_matches(is_space);
            }
            if right {
                t = t.trim_end_matches(is_space);
            }
        }
        Some(cs) => {
            if left {
                t = t.trim_start_matches(|c| cs.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| cs.contains(&c));
            }
        }
    }
    if t.len() == s.as_str().len() {
        return Ok(Value::Str(s));
    }
    Ok(Value::str(t))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "replace")?;
    args::check(vm, "replace", &args[1..], 2, 3)?;
    let old = sarg(vm, &args[1], "replace", 1)?;
    let new = sarg(vm, &args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let r = replace_n(vm, &s, old.as_str(), new.as_str(), limit)?;
    Ok(new_str(r))
}

/// `s` with the first `limit` occurrences of `old` replaced by `new`. A
/// replacement that can grow the text has its result's size counted and
/// checked before it is built.
fn replace_n(vm: &mut Vm, s: &StrObj, old: &str, new: &str, limit: usize) -> PyResult<String> {
    let text = s.as_str();
    if new.len() > old.len() {
        let hits = if old.is_empty() {
            (s.char_len() + 1).min(limit)
        } else {
            match ascii_needle(old) {
                Some(c) => text.matches(c).take(limit).count(),
                None => text.matches(old).take(limit).count(),
            }
        };
        let total = hits
            .checked_mul(new.len() - old.len())
            .and_then(|g| text.len().checked_add(g));
        match total {
            Some(t) => vm.probe_alloc(t)?,
            None => return Err(vm.memory_error()),
        }
    }
    let out = if limit == usize::MAX {
        match ascii_needle(old) {
            Some(c) => text.replace(c, new),
            None => text.replace(old, new),
        }
    } else if old.is_empty() {
        // `new` before each of the first `limit` characters (and at the
        // end when the limit allows one more).
        let mut out = String::new();
        let mut n = 0;
        for c in text.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        out
    } else {
        text.replacen(old, new, limit)
    };
    vm.charge_native(out.len() / 32)?;
    Ok(out)
}

/// Resolve optional start/end arguments to a byte range of `s`.
fn range_args(
    vm: &mut Vm,
    s: &StrObj,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = s.char_len() as i64;
    let fix = |v: i64| -> i64 {
        if v < 0 {
            (v + n).max(0)
        } else {
            v.min(n)
        }
    };
    // A start past the end finds nothing, not even the empty string.
    let a = match start {
        None | Some(Value::None) => 0,
        Some(v) => match vm.slice_index(v)?.unwrap_or(0) {
            v if v > n => return Ok(None),
            v => fix(v),
        },
    };
    let b = match end {
        None | Some(Value::None) => n,
        Some(v) => fix(vm.slice_index(v)?.unwrap_or(n)),
    };
    if a > b {
        return Ok(None);
    }
    Ok(Some((s.byte_offset(a as usize), s.byte_offset(b as usize))))
}

fn affix_check(vm: &mut Vm, args: &[Value], name: &str, starts: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    args::check(vm, name, &args[1..], 1, 3)?;
    let Some((a, b)) = range_args(vm, &s, args.get(2), args.get(3))? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s.as_str()[a..b];
    let test = |p: &str| {
        if starts {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.iter() {
                match p {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = vm.type_name(other);
                        return Err(vm.type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name, tn
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                name, tn
            )))
        }
    }
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_check(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_check(vm, args, "endswith", false)
}

/// A search's haystack, needle and, when given, its resolved `start:end`.
type SearchArgs = (Rc<StrObj>, Rc<StrObj>, Option<(usize, usize)>);

/// find/rfind/index/rindex/count share their argument handling.
fn search(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<SearchArgs> {
    let s = this_scan(vm, args, name)?;
    args::check(vm, name, &args[1..], 1, 3)?;
    let sub = match &args[1] {
        Value::Str(p) => p.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("must be str, not {}", tn)));
        }
    };
    let r = range_args(vm, &s, args.get(2), args.get(3))?;
    Ok((s, sub, r))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    let (s, sub, r) = search(vm, args, name)?;
    let Some((a, b)) = r else { return Ok(-1) };
    let hay = &s.as_str()[a..b];
    let found = match (ascii_needle(sub.as_str()), rev) {
        (Some(c), false) => hay.find(c),
        (Some(c), true) => hay.rfind(c),
        (None, false) => hay.find(sub.as_str()),
        (None, true) => hay.rfind(sub.as_str()),
    };
    Ok(match found {
        Some(i) => char_index(s.as_str(), a + i),
        None => -1,
    })
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = find_impl(vm, args, "index", false)?;
    if i < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(i))
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = find_impl(vm, args, "rindex", true)?;
    if i < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(i))
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, sub, r) = search(vm, args, "count")?;
    let Some((a, b)) = r else {
        return Ok(Value::Int(0));
    };
    let hay = &s.as_str()[a..b];
    let n = if sub.as_str().is_empty() {
        hay.chars().count() + 1
    } else {
        match ascii_needle(sub.as_str()) {
            Some(c) => hay.bytes().filter(|&b| b == c as u8).count(),
            None => hay.matches(sub.as_str()).count(),
        }
    };
    Ok(Value::Int(n as i64))
}

fn map_str(vm: &mut Vm, args: &[Value], name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this_scan(vm, args, name)?;
    if args.len() > 1 {
        args::check(vm, &format!("str.{}", name), &args[1..], 0, 0)?;
    }
    Ok(new_str(f(s.as_str())))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_str(vm, args, "upper", |s| s.to_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_str(vm, args, "lower", |s| s.to_lowercase())
}

fn casefold(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_str(vm, args, "casefold", |s| {
        s.to_lowercase().replace('ß', "ss")
    })
}

/// Unicode's titlecase mapping, which differs from the uppercase one for
/// digraphs, ligatures, Georgian and the Greek letters with iota.
fn push_title(out: &mut String, c: char) {
    let t = match c {
        '\u{df}' => "Ss",
        '\u{1c4}'..='\u{1c6}' => "\u{1c5}",
        '\u{1c7}'..='\u{1c9}' => "\u{1c8}",
        '\u{1ca}'..='\u{1cc}' => "\u{1cb}",
        '\u{1f1}'..='\u{1f3}' => "\u{1f2}",
        '\u{587}' => "\u{535}\u{582}",
        '\u{10d0}'..='\u{10fa}' | '\u{10fd}'..='\u{10ff}' => {
            out.push(c);
            return;
        }
        '\u{1f80}'..='\u{1faf}' => {
            let base = c as u32 & !0x8 | 0x8;
            out.extend(char::from_u32(base));
            return;
        }
        '\u{1fb3}' | '\u{1fbc}' => "\u{1fbc}",
        '\u{1fc3}' | '\u{1fcc}' => "\u{1fcc}",
        '\u{1ff3}' | '\u{1ffc}' => "\u{1ffc}",
        '\u{1fb2}' => "\u{1fba}\u{345}",
        '\u{1fb4}' => "\u{386}\u{345}",
        '\u{1fb7}' => "\u{391}\u{342}\u{345}",
        '\u{1fc2}' => "\u{1fca}\u{345}",
        '\u{1fc4}' => "\u{389}\u{345}",
        '\u{1fc7}' => "\u{397}\u{342}\u{345}",
        '\u{1ff2}' => "\u{1ffa}\u{345}",
        '\u{1ff4}' => "\u{38f}\u{345}",
        '\u{1ff7}' => "\u{3a9}\u{342}\u{345}",
        '\u{fb00}' => "Ff",
        '\u{fb01}' => "Fi",
        '\u{fb02}' => "Fl",
        '\u{fb03}' => "Ffi",
        '\u{fb04}' => "Ffl",
        '\u{fb05}' | '\u{fb06}' => "St",
        '\u{fb13}' => "\u{544}\u{576}",
        '\u{fb14}' => "\u{544}\u{565}",
        '\u{fb15}' => "\u{544}\u{56b}",
        '\u{fb16}' => "\u{54e}\u{576}",
        '\u{fb17}' => "\u{544}\u{56d}",
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push_str(t);
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_str(vm, args, "capitalize", |s| {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars();
        if let Some(c) = chars.next() {
            push_title(&mut out, c);
        }
        for c in chars {
            out.extend(c.to_lowercase());
        }
        out
    })
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = c.is_alphabetic();
    }
    out
}

fn title(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_str(vm, args, "title", title_case)
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_str(vm, args, "swapcase", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    empty: bool,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let s = this_scan(vm, args, name)?;
    if s.as_str().is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(f(s.as_str())))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isdigit", false, |s| s.chars().all(is_digit_char))
}

/// Numeric_Type=Digit or Decimal: the decimal digits plus superscripts,
/// circled digits and the like.
fn is_digit_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    crate::format::unicode_decimal(c).is_some()
        || matches!(
            c as u32,
            0xb2..=0xb3
                | 0xb9
                | 0x1369..=0x1371
                | 0x19da
                | 0x2070
                | 0x2074..=0x2079
                | 0x2080..=0x2089
                | 0x2460..=0x2468
                | 0x2474..=0x247c
                | 0x2488..=0x2490
                | 0x24ea
                | 0x24f5..=0x24fd
                | 0x24ff
                | 0x2776..=0x277e
                | 0x2780..=0x2788
                | 0x278a..=0x2792
                | 0x10a40..=0x10a43
                | 0x10e60..=0x10e68
                | 0x11052..=0x1105a
                | 0x1f100..=0x1f10a
        )
}

fn isdecimal(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", false, |s| {
        s.chars().all(|c| {
            c.is_ascii_digit() || (!c.is_ascii() && crate::format::unicode_decimal(c).is_some())
        })
    })
}

fn isnumeric(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", false, |s| {
        s.chars().all(|c| c.is_numeric())
    })
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // Letter numbers (Nl, e.g. Roman numerals) are Alphabetic in Unicode
    // but not letters to Python.
    predicate(vm, args, "isalpha", false, |s| {
        s.chars().all(|c| c.is_alphabetic() && !c.is_numeric())
    })
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isalnum", false, |s| {
        s.chars().all(|c| c.is_alphanumeric())
    })
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isspace", false, |s| s.chars().all(is_space))
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isascii", true, |s| s.is_ascii())
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isupper", false, |s| {
        s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())
    })
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "islower", false, |s| {
        s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())
    })
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "istitle", false, |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", false, |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {}
            _ => return false,
        }
        chars.all(|c| c == '_' || c.is_alphanumeric())
    })
}

fn isprintable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isprintable", true, |s| {
        s.chars().all(crate::vm::protocol::is_printable)
    })
}

fn fill_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Rc<StrObj>, usize, char)> {
    let s = this(vm, args, name)?;
    args::check(vm, name, &args[1..], 1, 2)?;
    let w = vm.to_index(&args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
    };
    Ok((s, w, fill))
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, w, f) = fill_arg(vm, args, "ljust")?;
    let n = s.char_len();
    if n >= w {
        return Ok(Value::Str(s));
    }
    padded(vm, "", s.as_str(), f, 0, w - n)
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, w, f) = fill_arg(vm, args, "rjust")?;
    let n = s.char_len();
    if n >= w {
        return Ok(Value::Str(s));
    }
    padded(vm, "", s.as_str(), f, w - n, 0)
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, w, f) = fill_arg(vm, args, "center")?;
    let n = s.char_len();
    if n >= w {
        return Ok(Value::Str(s));
    }
    let marg = w - n;
    // CPython puts the extra space on the left when the margin and width are odd.
    let left = marg / 2 + (marg & w & 1);
    padded(vm, "", s.as_str(), f, left, marg - left)
}

/// `prefix`, `left` fill characters, `body`, `right` fill characters: the
/// padding is sized by the script, so it is checked and allocated
/// fallibly.
fn padded(
    vm: &mut Vm,
    prefix: &str,
    body: &str,
    fill: char,
    left: usize,
    right: usize,
) -> PyResult<Value> {
    let mut out = vm.try_string(prefix.len() + body.len())?;
    out.push_str(prefix);
    vm.pad_str(&mut out, fill, left)?;
    out.push_str(body);
    vm.pad_str(&mut out, fill, right)?;
    Ok(new_str(out))
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    args::check(vm, "zfill", &args[1..], 1, 1)?;
    let w = vm.to_index(&args[1])?.max(0) as usize;
    let n = s.char_len();
    if n >= w {
        return Ok(Value::Str(s));
    }
    let t = s.as_str();
    let (sign, rest) = if t.starts_with('+') || t.starts_with('-') {
        (&t[..1], &t[1..])
    } else {
        ("", t)
    };
    padded(vm, sign, rest, '0', w - n, 0)
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let s = this_scan(vm, args, name)?;
    args::check(vm, name, &args[1..], 1, 1)?;
    let sep = sarg(vm, &args[1], name, 1)?;
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = s.as_str();
    let found = if rev {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&t[..i]),
            Value::Str(sep.clone()),
            Value::str(&t[i + sep.as_str().len()..]),
        ]),
        None => {
            if rev {
                Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())])
            } else {
                Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")])
            }
        }
    })
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "splitlines")?;
    let keep = match args::arg_or_kw(&args[1..], 0, kw, "keepends") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let t = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            let line = if keep { &t[start..end] } else { &t[start..pos] };
            out.push(Value::str(line));
            start = end;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(Value::str(&t[start..]));
    }
    Ok(Value::list(out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "expandtabs")?;
    let ts = match args::arg_or_kw(&args[1..], 0, kw, "tabsize") {
        Some(v) => vm.to_index(&v)?,
        None => 8,
    };
    if ts > i32::MAX as i64 || ts < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = vm.try_string(s.as_str().len())?;
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    vm.pad_str(&mut out, ' ', n as usize)?;
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "removeprefix")?;
    args::check(vm, "removeprefix", &args[1..], 1, 1)?;
    let p = sarg(vm, &args[1], "removeprefix", 1)?;
    Ok(match s.as_str().strip_prefix(p.as_str()) {
        Some(r) => Value::str(r),
        None => Value::Str(s),
    })
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "removesuffix")?;
    args::check(vm, "removesuffix", &args[1..], 1, 1)?;
    let p = sarg(vm, &args[1], "removesuffix", 1)?;
    Ok(match s.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Value::str(r),
        _ => Value::Str(s),
    })
}

fn encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "encode")?;
    let enc = match args::arg_or_kw(&args[1..], 0, kw, "encoding") {
        Some(Value::Str(e)) => e.as_str().to_lowercase().replace(['-', '_'], ""),
        _ => "utf8".to_string(),
    };
    let errors = match args::arg_or_kw(&args[1..], 1, kw, "errors") {
        Some(Value::Str(e)) => e.as_str().to_string(),
        _ => "strict".to_string(),
    };
    let bytes = match enc.as_str() {
        "utf8" | "u8" | "utf" => s.as_str().as_bytes().to_vec(),
        "ascii" | "usascii" | "latin1" | "iso88591" | "l1" | "cp819" => {
            let limit = if enc == "ascii" || enc == "usascii" {
                0x80
            } else {
                0x100
            };
            let mut out = Vec::with_capacity(s.as_str().len());
            for (i, c) in s.as_str().chars().enumerate() {
                let cp = c as u32;
                if cp < limit {
                    out.push(cp as u8);
                } else {
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let codec = if limit == 0x80 { "ascii" } else { "latin-1" };
                            let c = vm
                                .builtin_class("UnicodeEncodeError")
                                .unwrap_or(vm.types.value_error.clone());
                            // The character is shown the way repr() escapes it.
                            let esc = if cp < 0x100 {
                                format!("\\x{:02x}", cp)
                            } else if cp < 0x10000 {
                                format!("\\u{:04x}", cp)
                            } else {
                                format!("\\U{:08x}", cp)
                            };
                            return Err(vm.new_error(
                                &c,
                                format!(
                                    "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                                    codec, esc, i, limit
                                ),
                            ));
                        }
                    }
                }
            }
            out
        }
        other => {
            let c = vm
                .builtin_class("LookupError")
                .unwrap_or(vm.types.lookup_error.clone());
            return Err(vm.new_error(&c, format!("unknown encoding: {}", other)));
        }
    };
    Ok(Value::Bytes(Rc::new(super::BytesObj::new(bytes))))
}

fn format_method(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    let r = crate::builtins::strformat::format(vm, s.as_str(), &args[1..], kw, None)?;
    Ok(new_str(r))
}

fn format_map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "format_map")?;
    args::check(vm, "format_map", &args[1..], 1, 1)?;
    let r = crate::builtins::strformat::format(vm, s.as_str(), &[], &[], Some(&args[1]))?;
    Ok(new_str(r))
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = Rc::new(super::DictObj::new());
    match args.len() {
        1 => {
            let Value::Dict(src) = &args[0] else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (k, v) in src.borrow().items() {
                let key = match &k {
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
                    }
                    Value::Int(_) => k.clone(),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                };
                vm.dict_set(&d, key, v)?;
            }
        }
        2 | 3 => {
            let a = sarg(vm, &args[0], "maketrans", 1)?;
            let b = sarg(vm, &args[1], "maketrans", 2)?;
            if a.char_len() != b.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (x, y) in a.as_str().chars().zip(b.as_str().chars()) {
                vm.dict_set(&d, Value::Int(x as i64), Value::Int(y as i64))?;
            }
            if let Some(z) = args.get(2) {
                let z = sarg(vm, z, "maketrans", 3)?;
                for c in z.as_str().chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(Value::Dict(d))
}

fn translate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this_scan(vm, args, "translate")?;
    args::check(vm, "translate", &args[1..], 1, 1)?;
    let table = args[1].clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
            Err(e) => {
                if e.is_instance(&vm.types.lookup_error.clone()) {
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(new_str(out))
}

fn getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Str(s)]))
}

pub fn register(vm: &mut Vm) {
    let sc = vm.types.str.clone();
    add_methods(
        vm,
        &sc,
        "str",
        BuiltinKind::StaticMethod,
        &[("__new__", str_new), ("maketrans", maketrans)],
    );
    add_methods(
        vm,
        &sc,
        "str",
        BuiltinKind::Method,
        &[
            ("split", split),
            ("rsplit", rsplit),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("upper", upper),
            ("lower", lower),
            ("casefold", casefold),
            ("capitalize", capitalize),
            ("title", title),
            ("swapcase", swapcase),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isascii", isascii),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("ljust", ljust),
            ("rjust", rjust),
            ("center", center),
            ("zfill", zfill),
            ("partition", partition),
            ("rpartition", rpartition),
            ("splitlines", splitlines),
            ("expandtabs", expandtabs),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("encode", encode),
            ("format", format_method),
            ("format_map", format_map),
            ("translate", translate),
            ("__getnewargs__", getnewargs),
        ],
    );
}
