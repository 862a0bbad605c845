//! The JSON decoder: one pass over the document's UTF-8 bytes that builds
//! dicts, lists, strs and numbers directly. Nesting lives on an explicit
//! stack, so deep input is CPython's RecursionError, never a Rust stack
//! overflow. Syntax errors carry CPython's messages; positions are kept in
//! bytes while scanning and turned into code-point indexes only when
//! reported.

use std::rc::Rc;

use crate::objects::dict_table::DictTable;
use crate::objects::{DictObj, StrObj, Value};
use crate::vm::{PyErr, Vm};

/// The caller's hooks; None where the default behaviour applies (a hook
/// given as `float` or `int` itself is the default too).
#[derive(Default)]
pub struct Hooks {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
}

/// Why scanning stopped.
pub enum Fail {
    Py(PyErr),
    /// A JSONDecodeError: CPython's message and the byte offset it names.
    Syntax(&'static str, usize),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type R<T> = Result<T, Fail>;

/// Bytes that end the plain run of a string literal: the closing quote,
/// a backslash, or a control character.
static STOPS: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// A container whose closing bracket has not been reached yet.
enum Open {
    List(Vec<Value>),
    /// The entries so far and the key whose value is being parsed.
    Dict(Vec<(Rc<StrObj>, Value)>, Rc<StrObj>),
    /// For `object_pairs_hook`: the `(key, value)` tuples so far.
    Pairs(Vec<Value>, Rc<StrObj>),
}

pub struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    pub pos: usize,
    hooks: &'a Hooks,
    scratch: String,
    /// How many containers may be open at once: what is left of the
    /// recursion limit.
    max_depth: usize,
}

impl<'a> Parser<'a> {
    pub fn new(vm: &Vm, s: &'a str, hooks: &'a Hooks) -> Parser<'a> {
        let used = vm.native_depth + vm.frames.len();
        Parser {
            s,
            b: s.as_bytes(),
            pos: 0,
            hooks,
            scratch: String::new(),
            // CPython's json.loads runs three frames deep before parsing:
            // the same document fails at the same depth here.
            max_depth: vm.recursion_limit.saturating_sub(used + 3),
        }
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    #[inline]
    pub fn skip_ws(&mut self) {
        while let Some(&c) = self.b.get(self.pos) {
            if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn at(&self, word: &[u8]) -> bool {
        self.b[self.pos..].starts_with(word)
    }

    /// The value starting at `pos` (no whitespace skipped before it).
    pub fn value(&mut self, vm: &mut Vm) -> R<Value> {
        let mut stack: Vec<Open> = Vec::new();
        'value: loop {
            let mut v = match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    Value::Str(self.string(vm, false)?)
                }
                Some(b'{') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        let empty = if self.hooks.pairs_hook.is_some() {
                            Open::Pairs(Vec::new(), vm.intern(""))
                        } else {
                            Open::Dict(Vec::new(), vm.intern(""))
                        };
                        self.finish_object(vm, empty)?
                    } else {
                        self.enter(vm, stack.len(), "object")?;
                        let key = self.key(vm)?;
                        stack.push(if self.hooks.pairs_hook.is_some() {
                            Open::Pairs(Vec::new(), key)
                        } else {
                            Open::Dict(Vec::new(), key)
                        });
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        Value::list(Vec::new())
                    } else {
                        self.enter(vm, stack.len(), "array")?;
                        stack.push(Open::List(Vec::new()));
                        continue 'value;
                    }
                }
                Some(b'n') if self.at(b"null") => {
                    self.pos += 4;
                    Value::None
                }
                Some(b't') if self.at(b"true") => {
                    self.pos += 4;
                    Value::Bool(true)
                }
                Some(b'f') if self.at(b"false") => {
                    self.pos += 5;
                    Value::Bool(false)
                }
                Some(b'N') if self.at(b"NaN") => self.constant(vm, "NaN")?,
                Some(b'I') if self.at(b"Infinity") => self.constant(vm, "Infinity")?,
                Some(b'-') if self.at(b"-Infinity") => self.constant(vm, "-Infinity")?,
                Some(c) if c == b'-' || c.is_ascii_digit() => self.number(vm)?,
                _ => return Err(Fail::Syntax("Expecting value", self.pos)),
            };
            // Hand the finished value to the innermost open container,
            // closing every container whose end follows.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(v);
                };
                self.skip_ws();
                let c = self.peek();
                match top {
                    Open::List(items) => {
                        vm.push_item(items, v)?;
                        if c == Some(b',') {
                            self.pos += 1;
                            self.skip_ws();
                            continue 'value;
                        }
                        if c != Some(b']') {
                            return Err(Fail::Syntax("Expecting ',' delimiter", self.pos));
                        }
                        self.pos += 1;
                        let Some(Open::List(items)) = stack.pop() else {
                            unreachable!()
                        };
                        v = Value::list(items);
                    }
                    Open::Dict(entries, key) => {
                        if entries.len() == entries.capacity() {
                            vm.try_reserve(entries, entries.len().max(8))?;
                        }
                        entries.push((key.clone(), v));
                        vm.charge_native(1)?;
                        if c == Some(b',') {
                            self.pos += 1;
                            self.skip_ws();
                            *key = self.key(vm)?;
                            continue 'value;
                        }
                        if c != Some(b'}') {
                            return Err(Fail::Syntax("Expecting ',' delimiter", self.pos));
                        }
                        self.pos += 1;
                        let top = stack.pop().expect("open object");
                        v = self.finish_object(vm, top)?;
                    }
                    Open::Pairs(items, key) => {
                        let pair = Value::tuple(vec![Value::Str(key.clone()), v]);
                        vm.push_item(items, pair)?;
                        if c == Some(b',') {
                            self.pos += 1;
                            self.skip_ws();
                            *key = self.key(vm)?;
                            continue 'value;
                        }
                        if c != Some(b'}') {
                            return Err(Fail::Syntax("Expecting ',' delimiter", self.pos));
                        }
                        self.pos += 1;
                        let top = stack.pop().expect("open object");
                        v = self.finish_object(vm, top)?;
                    }
                }
            }
        }
    }

    /// Before opening a container `depth` levels deep.
    fn enter(&mut self, vm: &mut Vm, depth: usize, what: &str) -> R<()> {
        if depth >= self.max_depth {
            let c = vm.types.recursion_error.clone();
            return Err(Fail::Py(vm.new_error(
                &c,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                    what
                ),
            )));
        }
        Ok(())
    }

    /// `"key" :` with the whitespace after the colon; `pos` is at the quote.
    fn key(&mut self, vm: &mut Vm) -> R<Rc<StrObj>> {
        if self.peek() != Some(b'"') {
            return Err(Fail::Syntax(
                "Expecting property name enclosed in double quotes",
                self.pos,
            ));
        }
        self.pos += 1;
        let k = self.string(vm, true)?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(Fail::Syntax("Expecting ':' delimiter", self.pos));
        }
        self.pos += 1;
        self.skip_ws();
        Ok(k)
    }

    fn finish_object(&mut self, vm: &mut Vm, open: Open) -> R<Value> {
        match open {
            Open::Dict(entries, _) => {
                // Sized once: no regrowth while filling; a repeated key
                // keeps its first place and its last value.
                vm.before_table_growth(entries.len() * 64)?;
                let mut t = DictTable::with_capacity(entries.len());
                for (k, v) in entries {
                    t.insert_fast(k.hash(), Value::Str(k), v);
                }
                let d = Value::dict(DictObj::from_table(t));
                match &self.hooks.object_hook {
                    Some(h) => Ok(vm.call_value(h.clone(), &[d])?),
                    None => Ok(d),
                }
            }
            Open::Pairs(items, _) => {
                let hook = self.hooks.pairs_hook.clone().unwrap_or(Value::None);
                Ok(vm.call_value(hook, &[Value::list(items)])?)
            }
            Open::List(items) => Ok(Value::list(items)),
        }
    }

    fn constant(&mut self, vm: &mut Vm, word: &'static str) -> R<Value> {
        self.pos += word.len();
        if let Some(h) = &self.hooks.parse_constant {
            return Ok(vm.call_value(h.clone(), &[Value::str(word)])?);
        }
        Ok(Value::Float(match word {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    fn digits(&self, mut i: usize) -> usize {
        while matches!(self.b.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        i
    }

    /// A number; `pos` is at its `-` or first digit.
    fn number(&mut self, vm: &mut Vm) -> R<Value> {
        let start = self.pos;
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = self.digits(i + 1),
            _ => return Err(Fail::Syntax("Expecting value", start)),
        }
        let int_end = i;
        if b.get(i) == Some(&b'.') && matches!(b.get(i + 1), Some(b'0'..=b'9')) {
            i = self.digits(i + 2);
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if matches!(b.get(j), Some(b'0'..=b'9')) {
                i = self.digits(j + 1);
            }
        }
        self.pos = i;
        let text = &self.s[start..i];
        if i != int_end {
            if let Some(h) = &self.hooks.parse_float {
                return Ok(vm.call_value(h.clone(), &[Value::str(text)])?);
            }
            return Ok(Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)));
        }
        if let Some(h) = &self.hooks.parse_int {
            return Ok(vm.call_value(h.clone(), &[Value::str(text)])?);
        }
        let neg = b[start] == b'-';
        let first = start + neg as usize;
        if i - first <= 18 {
            let mut n: i64 = 0;
            for &d in &b[first..i] {
                n = n * 10 + (d - b'0') as i64;
            }
            return Ok(Value::Int(if neg { -n } else { n }));
        }
        vm.charge_native(text.len() / 32)?;
        Ok(vm.int_from(&Value::str(text), None)?)
    }

    /// A string literal; `pos` is just past its opening quote. Keys
    /// without escapes are shared through the VM's key cache.
    pub fn string(&mut self, vm: &mut Vm, is_key: bool) -> R<Rc<StrObj>> {
        let start = self.pos;
        let b = self.b;
        let mut i = start;
        let mut high = 0u8;
        loop {
            while i < b.len() && !STOPS[b[i] as usize] {
                high |= b[i];
                i += 1;
            }
            match b.get(i) {
                None => {
                    // scanstring(s, 0) reports the quote at -1 (usize::MAX).
                    return Err(Fail::Syntax(
                        "Unterminated string starting at",
                        start.wrapping_sub(1),
                    ));
                }
                Some(b'"') => {
                    self.pos = i + 1;
                    let text = &self.s[start..i];
                    let ascii = high < 0x80;
                    vm.charge_native(text.len() / 32)?;
                    if is_key {
                        return Ok(vm.ext.json_keys.get(text, ascii));
                    }
                    return Ok(Rc::new(if ascii {
                        StrObj::ascii(text)
                    } else {
                        StrObj::new(text)
                    }));
                }
                Some(b'\\') => break,
                Some(_) if self.hooks.strict => {
                    return Err(Fail::Syntax("Invalid control character at", i))
                }
                Some(_) => i += 1,
            }
        }
        let mut out = std::mem::take(&mut self.scratch);
        out.clear();
        out.push_str(&self.s[start..i]);
        let r = self.escaped(vm, start, i, &mut out);
        let r = r.map(|()| Rc::new(StrObj::new(&out)));
        self.scratch = out;
        r
    }

    /// The rest of a string literal from its first backslash at `i`.
    fn escaped(&mut self, vm: &mut Vm, start: usize, mut i: usize, out: &mut String) -> R<()> {
        let b = self.b;
        let unterminated = Fail::Syntax("Unterminated string starting at", start.wrapping_sub(1));
        loop {
            let run = i;
            while i < b.len() && !STOPS[b[i] as usize] {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            match b.get(i) {
                None => return Err(unterminated),
                Some(b'"') => {
                    self.pos = i + 1;
                    vm.charge_native((i - start) / 32)?;
                    return Ok(());
                }
                Some(b'\\') => {
                    let Some(&e) = b.get(i + 1) else {
                        return Err(unterminated);
                    };
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let (c, next) = self.unicode_escape(i)?;
                            out.push(c);
                            i = next;
                            continue;
                        }
                        _ => return Err(Fail::Syntax("Invalid \\escape", i)),
                    };
                    out.push(c);
                    i += 2;
                }
                Some(&c) => {
                    if self.hooks.strict {
                        return Err(Fail::Syntax("Invalid control character at", i));
                    }
                    out.push(c as char);
                    i += 1;
                }
            }
        }
    }

    /// Four hex digits at `i`, when they are followed by at least one
    /// more character (CPython requires it: a document cannot end there).
    fn hex4(&self, i: usize) -> Option<u32> {
        if i + 4 >= self.b.len() {
            return None;
        }
        let mut v = 0u32;
        for &d in &self.b[i..i + 4] {
            v = v * 16 + (d as char).to_digit(16)?;
        }
        Some(v)
    }

    /// `\uXXXX` at `i` (the backslash), joined with a following low
    /// surrogate escape; returns the char and the index after the escape.
    fn unicode_escape(&self, i: usize) -> R<(char, usize)> {
        let bad = |at: usize| Fail::Syntax("Invalid \\uXXXX escape", at);
        let mut code = self.hex4(i + 2).ok_or(bad(i + 1))?;
        let mut next = i + 6;
        if (0xd800..0xdc00).contains(&code) && self.b[next..].starts_with(b"\\u") {
            // A second escape after a high surrogate must be well formed
            // even when it does not complete a pair.
            let low = self.hex4(next + 2).ok_or(bad(next + 1))?;
            if (0xdc00..0xe000).contains(&low) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                next += 6;
            }
        }
        // A lone surrogate cannot live in a weft str (UTF-8).
        Ok((char::from_u32(code).unwrap_or('\u{fffd}'), next))
    }
}

/// The code-point index of byte offset `pos` in `s`.
pub fn char_index(s: &StrObj, pos: usize) -> usize {
    if s.is_ascii() {
        return pos;
    }
    let text = s.as_str();
    let pos = pos.min(text.len());
    text.as_bytes()[..pos]
        .iter()
        .filter(|&&b| (b as i8) >= -0x40)
        .count()
}
