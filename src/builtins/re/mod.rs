//! `_sre`: the regular expression engine behind stdlib/re.py. Patterns
//! are parsed (CPython's syntax and errors), compiled to a program and
//! matched by a backtracking matcher that charges its work to the VM.
//!
//! Compiled programs live in a per-thread cache keyed by (pattern,
//! flags), so script objects hold only the pattern and flags (plain
//! values, which snapshots can save).

mod ast;
mod chars;
mod compile;
mod matcher;
mod names;
mod parse;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::objects::function::KwArgs;
use crate::objects::{StrObj, Value};
use crate::vm::{PyResult, Vm};
use compile::Program;
use matcher::{Matcher, Sym, UNSET};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_sre",
        &[
            ("compile", compile_fn),
            ("match", match_fn),
            ("scan", scan_fn),
            ("findall", findall_fn),
            ("split", split_fn),
            ("sub", sub_fn),
        ],
    );
    Ok(Value::Module(m))
}

struct Compiled {
    prog: Program,
    flags: u32,
    names: Vec<(String, usize)>,
}

type Key = (bool, Box<[u8]>, u32);

/// Cached programs by the hash of their key (compared in full on lookup,
/// so a lookup allocates nothing).
type Cache = HashMap<u64, Vec<(Key, Rc<Compiled>)>>;

/// The text is held weakly: the cache must not keep a script's string.
type LastText = Option<(std::rc::Weak<StrObj>, Rc<[char]>)>;

/// Programs kept at most; past it the cache starts over.
const CACHE_MAX: usize = 256;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
    static CACHED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// The code points of the last non-ASCII text matched, so repeated
    /// calls on one string (finditer) convert it once.
    static TEXT: RefCell<LastText> = const { RefCell::new(None) };
}

/// The pattern's kind and data, borrowed.
fn pattern_data<'v>(vm: &mut Vm, pattern: &'v Value) -> PyResult<(bool, &'v [u8])> {
    match pattern {
        Value::Str(s) => Ok((false, s.as_str().as_bytes())),
        Value::Bytes(b) => Ok((true, b.as_bytes())),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                tn
            )))
        }
    }
}

fn key_hash(bytes: bool, data: &[u8], flags: u32) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (bytes, data, flags).hash(&mut h);
    h.finish()
}

fn build_program(key: &Key) -> Result<Compiled, parse::ParseError> {
    let (bytes, data, flags) = key;
    let chars: Vec<u32> = if *bytes {
        data.iter().map(|&b| b as u32).collect()
    } else {
        String::from_utf8_lossy(data)
            .chars()
            .map(|c| c as u32)
            .collect()
    };
    let parsed = parse::parse(&chars, *bytes, *flags)?;
    let prog = compile::compile(&parsed.node, parsed.groups);
    Ok(Compiled {
        prog,
        flags: parsed.flags,
        names: parsed.names,
    })
}

fn cached(bytes: bool, data: &[u8], flags: u32) -> Result<Rc<Compiled>, parse::ParseError> {
    let h = key_hash(bytes, data, flags);
    let hit = CACHE.with(|c| {
        c.borrow().get(&h).and_then(|v| {
            v.iter()
                .find(|(k, _)| k.0 == bytes && k.2 == flags && &*k.1 == data)
                .map(|(_, p)| p.clone())
        })
    });
    if let Some(c) = hit {
        return Ok(c);
    }
    let key: Key = (bytes, data.into(), flags);
    let c = Rc::new(build_program(&key)?);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if CACHED.get() >= CACHE_MAX {
            cache.clear();
            CACHED.set(0);
        }
        CACHED.set(CACHED.get() + 1);
        cache.entry(h).or_default().push((key, c.clone()));
    });
    Ok(c)
}

fn flags_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let f = vm.to_index(v)?;
    Ok(f as u32)
}

/// `compile(pattern, flags)`: `(flags, groups, [(name, index)...])`, or
/// `(None, kind, message, position)` for the error re.py raises.
fn compile_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "compile", a, 2, 2)?;
    let flags = flags_arg(vm, &a[1])?;
    let (bytes, data) = pattern_data(vm, &a[0])?;
    // Parsing is linear in the pattern.
    vm.charge_native(data.len() / 16)?;
    match cached(bytes, data, flags) {
        Ok(c) => {
            let names = c
                .names
                .iter()
                .map(|(n, g)| Value::tuple(vec![Value::str(n), Value::Int(*g as i64)]))
                .collect();
            Ok(Value::tuple(vec![
                Value::Int(c.flags as i64),
                Value::Int(c.prog.groups as i64),
                Value::list(names),
            ]))
        }
        Err(e) => {
            let kind = match e.kind {
                parse::ErrKind::Re => "error",
                parse::ErrKind::Overflow => "overflow",
                parse::ErrKind::Recursion => "recursion",
            };
            Ok(Value::tuple(vec![
                Value::None,
                Value::str(kind),
                Value::string(e.msg),
                e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
            ]))
        }
    }
}

enum Text {
    Bytes(Rc<crate::objects::BytesObj>),
    Ascii(Rc<StrObj>),
    Wide(Rc<[char]>),
}

fn text_of(vm: &mut Vm, pattern_bytes: bool, v: &Value) -> PyResult<Text> {
    match v {
        Value::Str(s) if !pattern_bytes => {
            if s.is_ascii() {
                return Ok(Text::Ascii(s.clone()));
            }
            if let Some(t) = TEXT.with(|t| {
                t.borrow()
                    .as_ref()
                    .filter(|(k, _)| k.upgrade().is_some_and(|k| Rc::ptr_eq(&k, s)))
                    .map(|(_, c)| c.clone())
            }) {
                return Ok(Text::Wide(t));
            }
            vm.charge_native(s.as_str().len() / 32)?;
            let chars: Rc<[char]> = s.as_str().chars().collect();
            TEXT.with(|t| *t.borrow_mut() = Some((Rc::downgrade(s), chars.clone())));
            Ok(Text::Wide(chars))
        }
        Value::Bytes(b) if pattern_bytes => Ok(Text::Bytes(b.clone())),
        Value::Str(_) => Err(vm.type_error("cannot use a bytes pattern on a string-like object")),
        Value::Bytes(_) => Err(vm.type_error("cannot use a string pattern on a bytes-like object")),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                tn
            )))
        }
    }
}

/// The match found as `[lastindex, start0, end0, start1, ...]`, -1 for
/// a group that did not take part.
fn spans<T: Sym>(m: &Matcher<T>) -> Value {
    let mut v = Vec::with_capacity(m.caps.len() + 1);
    v.push(if m.lastindex == 0 {
        Value::None
    } else {
        Value::Int(m.lastindex as i64)
    });
    let mut k = 0;
    while k + 1 < m.caps.len() {
        let (s, e) = (m.caps[k], m.caps[k + 1]);
        if s == UNSET || e == UNSET {
            v.push(Value::Int(-1));
            v.push(Value::Int(-1));
        } else {
            v.push(Value::Int(s as i64));
            v.push(Value::Int(e as i64));
        }
        k += 2;
    }
    Value::list(v)
}

/// The common arguments: the program, the text, and pos/endpos clamped
/// to the text.
struct Call {
    prog: Rc<Compiled>,
    text: Text,
    pos: usize,
    end: usize,
}

fn prepare(vm: &mut Vm, a: &[Value]) -> PyResult<Call> {
    let flags = flags_arg(vm, &a[1])?;
    let (bytes, data) = pattern_data(vm, &a[0])?;
    let prog = match cached(bytes, data, flags) {
        Ok(p) => p,
        Err(e) => return Err(vm.value_error(e.msg)),
    };
    let text = text_of(vm, bytes, &a[2])?;
    let len = match &text {
        Text::Bytes(b) => b.len(),
        Text::Ascii(s) => s.as_str().len(),
        Text::Wide(c) => c.len(),
    } as i64;
    let pos = vm.to_index(&a[3])?.clamp(0, len) as usize;
    let end = vm.to_index(&a[4])?.clamp(0, len) as usize;
    Ok(Call {
        prog,
        text,
        pos,
        end: end.max(pos),
    })
}

/// Run `f` on a matcher over the call's text.
macro_rules! with_matcher {
    ($call:expr, $m:ident, $body:expr) => {{
        let c = &$call;
        match &c.text {
            Text::Bytes(b) => {
                let mut $m = Matcher::new(&c.prog.prog, &b.as_bytes()[..c.end]);
                $body
            }
            Text::Ascii(s) => {
                let mut $m = Matcher::new(&c.prog.prog, &s.as_str().as_bytes()[..c.end]);
                $body
            }
            Text::Wide(w) => {
                let mut $m = Matcher::new(&c.prog.prog, &w[..c.end]);
                $body
            }
        }
    }};
}

/// `match(pattern, flags, string, pos, endpos, mode)`: mode 0 matches at
/// pos, 1 matches all of pos..endpos, 2 searches.
fn match_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "match", a, 7, 7)?;
    let call = prepare(vm, a)?;
    let mode = vm.to_index(&a[5])?;
    let no_empty_at = match vm.to_index(&a[6])? {
        n if n < 0 => UNSET,
        n => n as usize,
    };
    let pos = call.pos;
    with_matcher!(call, m, {
        let found = match mode {
            0 => m.match_at(vm, pos, false)?,
            1 => m.match_at(vm, pos, true)?,
            _ => m.search(vm, pos, no_empty_at)?,
        };
        Ok(if found { spans(&m) } else { Value::None })
    })
}

/// The successive matches from pos, as CPython's findall, sub and split
/// find them (at most `count`, 0 for all): each as its capture slots
/// followed by its lastindex, flattened.
fn all_matches(vm: &mut Vm, call: &Call, count: usize) -> PyResult<(Vec<usize>, usize)> {
    let mut out = Vec::new();
    let mut found = 0usize;
    let mut p = call.pos;
    let end = call.end;
    let stride = 2 * (call.prog.prog.groups + 1) + 1;
    with_matcher!(call, m, {
        let mut no_empty_at = UNSET;
        while p <= end && (count == 0 || found < count) {
            if !m.search(vm, p, no_empty_at)? {
                break;
            }
            let (s, e) = (m.caps[0], m.caps[1]);
            out.extend_from_slice(&m.caps);
            out.push(m.lastindex as usize);
            found += 1;
            vm.charge_native(1)?;
            no_empty_at = if s == e { e } else { UNSET };
            p = e;
        }
    });
    Ok((out, stride))
}

/// The text between two positions, as the text's type.
fn slice(text: &Text, s: usize, e: usize) -> Value {
    if s == UNSET || e == UNSET {
        return Value::None;
    }
    match text {
        Text::Bytes(b) => Value::Bytes(Rc::new(crate::objects::BytesObj::new(
            b.as_bytes()[s..e].to_vec(),
        ))),
        Text::Ascii(st) => Value::str(&st.as_str()[s..e]),
        Text::Wide(w) => Value::string(w[s..e].iter().collect()),
    }
}

/// A group's text, or the empty text for a group that did not match.
fn slice_or_empty(text: &Text, s: usize, e: usize) -> Value {
    if s == UNSET || e == UNSET {
        slice(text, 0, 0)
    } else {
        slice(text, s, e)
    }
}

/// `scan(pattern, flags, string, pos, endpos, count)`: the matches as
/// `[lastindex, start0, end0, ...]` lists (for sub with a function).
fn scan_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "scan", a, 6, 6)?;
    let call = prepare(vm, a)?;
    let count = vm.to_index(&a[5])?.max(0) as usize;
    let (flat, stride) = all_matches(vm, &call, count)?;
    let out = flat
        .chunks(stride)
        .map(|c| {
            let mut v = Vec::with_capacity(stride);
            let last = c[stride - 1];
            v.push(if last == 0 {
                Value::None
            } else {
                Value::Int(last as i64)
            });
            v.extend(
                c[..stride - 1]
                    .iter()
                    .map(|&x| Value::Int(if x == UNSET { -1 } else { x as i64 })),
            );
            Value::list(v)
        })
        .collect();
    Ok(Value::list(out))
}

/// `findall(pattern, flags, string, pos, endpos)`.
fn findall_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "findall", a, 5, 5)?;
    let call = prepare(vm, a)?;
    let (flat, stride) = all_matches(vm, &call, 0)?;
    let groups = call.prog.prog.groups;
    let out = flat
        .chunks(stride)
        .map(|c| match groups {
            0 => slice(&call.text, c[0], c[1]),
            1 => slice_or_empty(&call.text, c[2], c[3]),
            _ => Value::tuple(
                (1..=groups)
                    .map(|g| slice_or_empty(&call.text, c[2 * g], c[2 * g + 1]))
                    .collect(),
            ),
        })
        .collect();
    Ok(Value::list(out))
}

/// `split(pattern, flags, string, maxsplit)`.
fn split_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "split", a, 4, 4)?;
    let end = Value::Int(i64::MAX);
    let call = prepare(
        vm,
        &[a[0].clone(), a[1].clone(), a[2].clone(), Value::Int(0), end],
    )?;
    let count = vm.to_index(&a[3])?.max(0) as usize;
    let (flat, stride) = all_matches(vm, &call, count)?;
    let groups = call.prog.prog.groups;
    let mut out = Vec::new();
    let mut last = 0;
    for c in flat.chunks(stride) {
        out.push(slice(&call.text, last, c[0]));
        for g in 1..=groups {
            out.push(slice(&call.text, c[2 * g], c[2 * g + 1]));
        }
        last = c[1];
    }
    out.push(slice(&call.text, last, call.end));
    Ok(Value::list(out))
}

/// `sub(pattern, flags, string, count, parts)`: the string with each
/// match replaced by the template's parts (texts, and group numbers),
/// and the number of matches, as `(new, n)`.
fn sub_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "sub", a, 5, 5)?;
    let end = Value::Int(i64::MAX);
    let call = prepare(
        vm,
        &[a[0].clone(), a[1].clone(), a[2].clone(), Value::Int(0), end],
    )?;
    let count = vm.to_index(&a[3])?.max(0) as usize;
    let parts: Vec<Value> = match &a[4] {
        Value::List(l) => l.borrow().clone(),
        _ => return Err(vm.type_error("sub() parts must be a list")),
    };
    let (flat, stride) = all_matches(vm, &call, count)?;
    let n = flat.len() / stride;
    let mut out: Vec<u8> = Vec::new();
    let text_bytes: Vec<u8>;
    let (bytes_of, wide): (&[u8], bool) = match &call.text {
        Text::Bytes(b) => (b.as_bytes(), false),
        Text::Ascii(s) => (s.as_str().as_bytes(), false),
        Text::Wide(w) => {
            text_bytes = w.iter().collect::<String>().into_bytes();
            (&text_bytes, true)
        }
    };
    // Char positions to byte offsets, for non-ASCII text.
    let offsets: Vec<usize> = if wide {
        let mut v = Vec::with_capacity(bytes_of.len() + 1);
        if let Text::Wide(w) = &call.text {
            let mut b = 0;
            for ch in w.iter() {
                v.push(b);
                b += ch.len_utf8();
            }
            v.push(b);
        }
        v
    } else {
        Vec::new()
    };
    let off = |p: usize| if wide { offsets[p] } else { p };
    let mut last = 0;
    for c in flat.chunks(stride) {
        out.extend_from_slice(&bytes_of[off(last)..off(c[0])]);
        for part in &parts {
            match part {
                Value::Str(s) => out.extend_from_slice(s.as_str().as_bytes()),
                Value::Bytes(b) => out.extend_from_slice(b.as_bytes()),
                Value::Int(g) if *g >= 0 && (2 * *g as usize + 1) < stride - 1 => {
                    let g = *g as usize;
                    let (s, e) = (c[2 * g], c[2 * g + 1]);
                    if s != UNSET && e != UNSET {
                        out.extend_from_slice(&bytes_of[off(s)..off(e)]);
                    }
                }
                _ => {}
            }
        }
        last = c[1];
        vm.charge_native(parts.len())?;
    }
    out.extend_from_slice(&bytes_of[off(last)..]);
    let v = match &call.text {
        Text::Bytes(_) => Value::Bytes(Rc::new(crate::objects::BytesObj::new(out))),
        _ => Value::string(String::from_utf8(out).unwrap_or_default()),
    };
    Ok(Value::tuple(vec![v, Value::Int(n as i64)]))
}
