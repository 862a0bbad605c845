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

/// The text is held weakly: the cache must not keep a script's string.
type LastText = Option<(std::rc::Weak<StrObj>, Rc<[char]>)>;

/// Programs kept at most; past it the cache starts over.
const CACHE_MAX: usize = 256;

thread_local! {
    static CACHE: RefCell<HashMap<Key, Rc<Compiled>>> = RefCell::new(HashMap::new());
    /// The code points of the last non-ASCII text matched, so repeated
    /// calls on one string (finditer) convert it once.
    static TEXT: RefCell<LastText> = const { RefCell::new(None) };
}

fn key_of(vm: &mut Vm, pattern: &Value, flags: u32) -> PyResult<Key> {
    match pattern {
        Value::Str(s) => Ok((false, s.as_str().as_bytes().into(), flags)),
        Value::Bytes(b) => Ok((true, b.as_bytes().into(), flags)),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                tn
            )))
        }
    }
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

fn cached(key: Key) -> Result<Rc<Compiled>, parse::ParseError> {
    if let Some(c) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let c = Rc::new(build_program(&key)?);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_MAX {
            cache.clear();
        }
        cache.insert(key, c.clone());
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
    let key = key_of(vm, &a[0], flags)?;
    // Parsing is linear in the pattern.
    vm.charge_native(key.1.len() / 16)?;
    match cached(key) {
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
    let key = key_of(vm, &a[0], flags)?;
    let bytes = key.0;
    let prog = match cached(key) {
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

/// `scan(pattern, flags, string, pos, endpos, count)`: the successive
/// matches findall, sub and split use (at most count, 0 for all).
fn scan_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "scan", a, 6, 6)?;
    let call = prepare(vm, a)?;
    let count = vm.to_index(&a[5])?.max(0) as usize;
    let mut out = Vec::new();
    let mut p = call.pos;
    let end = call.end;
    with_matcher!(call, m, {
        let mut no_empty_at = UNSET;
        while p <= end && (count == 0 || out.len() < count) {
            if !m.search(vm, p, no_empty_at)? {
                break;
            }
            let (s, e) = (m.caps[0], m.caps[1]);
            out.push(spans(&m));
            vm.charge_native(1)?;
            no_empty_at = if s == e { e } else { UNSET };
            p = e;
        }
        Ok(Value::list(out))
    })
}
