//! The basic object protocols: truth, repr/str, hash, len, index
//! conversion and `format()`.

use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use super::{PyResult, Vm};
use crate::format;
use crate::objects::generator::GenKind;
use crate::objects::{NativeData, StrObj, Value};

/// Address formatting for default reprs (`<C object at 0x7f...>`).
pub fn addr(v: &Value) -> String {
    format!("0x{:x}", v.id())
}

/// CPython's `repr()` of a string.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{:02x}", cp));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", cp));
                } else {
                    out.push_str(&format!("\\U{:08x}", cp));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable()` per character.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() {
        return false;
    }
    !matches!(cp,
        0xa0 | 0xad | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064
        | 0x2066..=0x206f | 0x3000 | 0xfeff | 0xe000..=0xf8ff | 0xfff9..=0xfffb
        | 0xf0000..=0x10ffff | 0xd800..=0xdfff | 0x110000..)
}

/// CPython's tuple hash (an xxHash-style combination of the item hashes).
pub fn tuple_hash(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's frozenset hash: order-independent mixing of item hashes.
pub fn frozenset_hash(items: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for &h in items {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((items.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

impl Vm {
    /// Truth value (`bool(v)`).
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(z) => z.re != 0.0 || z.im != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            // A plain deque (not a subclass, which may define __bool__).
            Value::Native(n) if self.fast_fns.is_deque(n) => match &n.data {
                NativeData::Deque(d) => !d.is_empty(),
                _ => true,
            },
            Value::Instance(_) | Value::Native(_) | Value::Exception(_) => {
                let bname = self.names.bool.clone();
                if let Some(r) = self.call_special(v, &bname, &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                tn
                            )))
                        }
                    };
                }
                let lname = self.names.len.clone();
                if let Some(r) = self.call_special(v, &lname, &[])? {
                    let n = self.len_result(r)?;
                    return Ok(n != 0);
                }
                if let Value::Native(n) = v {
                    if let NativeData::Slots(_) = &n.data {
                        return Ok(true);
                    }
                }
                true
            }
            _ => true,
        })
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::BigInt(b) => {
                if b.is_negative() {
                    Err(self.value_error("__len__() should return >= 0"))
                } else {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
            other => {
                let tn = self.type_name(&other);
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )))
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Native(n) if self.fast_fns.is_deque(n) => match &n.data {
                NativeData::Deque(d) => d.len(),
                _ => 0,
            },
            _ => {
                let lname = self.names.len.clone();
                match self.call_special(v, &lname, &[])? {
                    Some(r) => self.len_result(r)?,
                    None => {
                        if let Some(n) = self.native_len(v) {
                            return Ok(n);
                        }
                        let tn = self.type_name(v);
                        return Err(
                            self.type_error(format!("object of type '{}' has no len()", tn))
                        );
                    }
                }
            }
        })
    }

    /// Convert to an index-sized integer (`__index__`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.index_error(super::items::BIG_INDEX)),
            _ => {
                let iname = self.names.index.clone();
                match self.call_special(v, &iname, &[])? {
                    Some(Value::Int(i)) => Ok(i),
                    Some(Value::Bool(b)) => Ok(b as i64),
                    Some(other) => {
                        let tn = self.type_name(&other);
                        Err(self.type_error(format!("__index__ returned non-int (type {})", tn)))
                    }
                    None => {
                        let tn = self.type_name(v);
                        Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            tn
                        )))
                    }
                }
            }
        }
    }

    /// Convert to a Python int value (`__index__`), keeping big integers.
    pub fn to_int_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => {
                let iname = self.names.index.clone();
                match self.call_special(v, &iname, &[])? {
                    Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
                    _ => {
                        let tn = self.type_name(v);
                        Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            tn
                        )))
                    }
                }
            }
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => format::int_hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => format::int_hash_big(b),
            Value::Float(f) => {
                if f.is_nan() {
                    v.id() >> 4
                } else {
                    format::float_hash(*f)
                }
            }
            Value::None => 0xfca1_1a52,
            Value::Complex(z) => z.hash(),
            Value::Bytes(b) => b.hash(),
            Value::Tuple(t) => {
                self.charge_native(t.len())?;
                let mut hs = Vec::with_capacity(t.len());
                for item in t.iter() {
                    let h = match item {
                        Value::Tuple(_) => self.nested("", |vm| vm.hash(item))?,
                        _ => self.hash(item)?,
                    };
                    hs.push(h);
                }
                tuple_hash(&hs)
            }
            Value::FrozenSet(s) => {
                let hs: Vec<i64> = s.borrow().iter_with_hash().map(|(h, _)| h).collect();
                frozenset_hash(&hs)
            }
            Value::Range(r) => {
                let n = r.len();
                let hs = if n == 0 {
                    vec![0, 0, 0]
                } else if n == 1 {
                    vec![format::int_hash_i64(n), format::int_hash_i64(r.start), 0]
                } else {
                    vec![
                        format::int_hash_i64(n),
                        format::int_hash_i64(r.start),
                        format::int_hash_i64(r.step),
                    ]
                };
                tuple_hash(&hs)
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{}'", tn)));
            }
            Value::Instance(_) | Value::Exception(_) | Value::Native(_) => {
                let cls = self.type_of(v);
                let hname = self.names.hash.clone();
                match cls.lookup(&hname) {
                    Some(Value::None) => {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("unhashable type: '{}'", tn)));
                    }
                    Some(Value::Builtin(b)) if b.owner == Some("object") => v.id() >> 4,
                    Some(_) => {
                        let r = self.call_special(v, &hname, &[])?;
                        match r {
                            Some(Value::Int(i)) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Some(Value::BigInt(b)) => format::int_hash_big(&b),
                            Some(Value::Bool(b)) => b as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    None => v.id() >> 4,
                }
            }
            _ => v.id() >> 4,
        })
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<StrObj>> {
        // The repr of a container calls this for every item: charged.
        self.charge_native(1)?;
        if let Value::Str(s) = v {
            return Ok(Rc::new(StrObj::from_string(str_repr(s.as_str()))));
        }
        if let Some(s) = self.repr_simple(v) {
            return Ok(Rc::new(StrObj::from_string(s)));
        }
        if let Value::BigInt(b) = v {
            let s = self.bigint_decimal(b)?;
            return Ok(Rc::new(StrObj::from_string(s)));
        }
        if self.native_depth + self.frames.len() > self.recursion_limit + 50 {
            return Err(self.recursion_error());
        }
        match v {
            Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => self
                .repr_container(v)
                .map(|s| Rc::new(StrObj::from_string(s))),
            _ => {
                let rname = self.names.repr.clone();
                match self.call_special(v, &rname, &[])? {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => {
                        // A str subclass is a str (its text is kept).
                        if let Value::Str(s) = self.unwrap_builtin(&other) {
                            return Ok(s);
                        }
                        let tn = self.type_name(&other);
                        Err(self.type_error(format!("__repr__ returned non-string (type {})", tn)))
                    }
                    None => Ok(Rc::new(StrObj::from_string(self.default_repr(v)))),
                }
            }
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.as_str().to_string())
    }

    /// Reprs that need no script code.
    fn repr_simple(&self, v: &Value) -> Option<String> {
        Some(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format::float_repr(*f),
            Value::Complex(z) => z.repr(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Bytes(b) => b.repr(),
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Null => "<NULL>".into(),
            _ => return None,
        })
    }

    /// `<module.Class object at 0x...>` and friends.
    pub fn default_repr(&self, v: &Value) -> String {
        match v {
            Value::Native(n) if matches!(n.data, crate::objects::NativeData::Super { .. }) => {
                let crate::objects::NativeData::Super {
                    this_class,
                    obj,
                    obj_type,
                } = &n.data
                else {
                    return String::new();
                };
                let this = format!("<class '{}'>", this_class.name().as_str());
                if matches!(obj, Value::None) {
                    format!("<super: {}, NULL>", this)
                } else {
                    format!("<super: {}, <{} object>>", this, obj_type.name().as_str())
                }
            }
            Value::Function(f) => {
                format!("<function {} at {}>", f.qualname.borrow().as_str(), addr(v))
            }
            Value::Builtin(b) => match b.owner {
                Some(o) if b.kind == crate::objects::function::BuiltinKind::Method => {
                    format!("<method '{}' of '{}' objects>", b.name, o)
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Class(c) => {
                let module = self.class_module(c);
                if module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow().as_str())
                } else {
                    format!("<class '{}.{}'>", module, c.qualname.borrow().as_str())
                }
            }
            Value::Module(m) => {
                let file = m.dict.get_str(&self.names.file);
                match file {
                    Some(Value::Str(f)) => {
                        format!("<module '{}' from '{}'>", m.name.as_str(), f.as_str())
                    }
                    _ => format!("<module '{}' (built-in)>", m.name.as_str()),
                }
            }
            Value::Generator(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!(
                    "<{} object {} at {}>",
                    kind,
                    g.qualname.get().as_str(),
                    addr(v)
                )
            }
            Value::Iter(it) => format!("<{} object at {}>", it.type_name(), addr(v)),
            Value::Cell(c) => match &*c.value.borrow() {
                Some(inner) => format!(
                    "<cell at {}: {} object at {}>",
                    addr(v),
                    self.type_name(inner),
                    addr(inner)
                ),
                None => format!("<cell at {}: empty>", addr(v)),
            },
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name.as_str(),
                addr(v),
                c.filename,
                c.firstlineno
            ),
            Value::Slice(_) => "slice(...)".into(),
            _ => {
                let cls = self.type_of(v);
                let module = self.class_module(&cls);
                if module == "builtins" {
                    format!("<{} object at {}>", cls.qualname.borrow().as_str(), addr(v))
                } else {
                    format!(
                        "<{}.{} object at {}>",
                        module,
                        cls.qualname.borrow().as_str(),
                        addr(v)
                    )
                }
            }
        }
    }

    /// The `__module__` of a class as a string.
    pub fn class_module(&self, c: &crate::objects::ClassObj) -> String {
        match c.dict.get_str(&self.names.module) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "builtins".to_string(),
        }
    }

    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return Ok(match v {
                Value::List(_) => "[...]".into(),
                Value::Dict(_) => "{...}".into(),
                Value::Tuple(_) => "(...)".into(),
                _ => format!("{}(...)", self.type_name(v)),
            });
        }
        self.repr_stack.push(id);
        let r = self.nested(" while getting the repr of an object", |vm| {
            vm.repr_container_inner(v)
        });
        self.repr_stack.pop();
        r
    }

    fn repr_container_inner(&mut self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        match v {
            Value::Tuple(t) => {
                out.push('(');
                for (i, item) in t.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(self.repr(item)?.as_str());
                }
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::List(l) => {
                out.push('[');
                let mut i = 0;
                while let Some(item) = l.get(i) {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(self.repr(&item)?.as_str());
                    i += 1;
                }
                out.push(']');
            }
            Value::Dict(d) => {
                out.push('{');
                let items = d.borrow().items();
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(self.repr(k)?.as_str());
                    out.push_str(": ");
                    out.push_str(self.repr(val)?.as_str());
                }
                out.push('}');
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    return Ok(if frozen {
                        "frozenset()".into()
                    } else {
                        "set()".into()
                    });
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(self.repr(item)?.as_str());
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            _ => {}
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Rc<StrObj>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::None => {
                self.repr(v)
            }
            Value::Instance(_) | Value::Exception(_) | Value::Native(_) => {
                let sname = self.names.str.clone();
                match self.call_special(v, &sname, &[])? {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => {
                        // A str subclass is a str (its text is kept).
                        if let Value::Str(s) = self.unwrap_builtin(&other) {
                            return Ok(s);
                        }
                        let tn = self.type_name(&other);
                        Err(self.type_error(format!("__str__ returned non-string (type {})", tn)))
                    }
                    None => self.repr(v),
                }
            }
            _ => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.to_str(v)?.as_str().to_string())
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Rc<StrObj>) -> PyResult<Rc<StrObj>> {
        let s = spec.as_str();
        // A width or precision of a million or more (seven characters at
        // least) asks for a large result: checked before it is rendered.
        if s.len() >= 7 {
            if let Ok(p) = format::parse_format_spec(s, "") {
                let n = p.width.unwrap_or(0).max(p.precision.unwrap_or(0));
                let fill = p.fill.map_or(1, char::len_utf8);
                self.probe_alloc(n.saturating_mul(fill))?;
            }
        }
        let r = match v {
            Value::Int(i) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                format::format_i64_spec(*i, s, "int")
            }
            Value::BigInt(b) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                // Only the decimal presentations are limited in length.
                let ty = s
                    .chars()
                    .last()
                    .filter(|c| c.is_ascii_alphabetic() || *c == '%');
                if matches!(ty, None | Some('d' | 'n'))
                    && crate::objects::int::exceeds_digit_limit(b)
                {
                    return Err(self.int_str_limit_error());
                }
                format::format_int_spec(b, s, "int")
            }
            Value::Bool(b) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                format::format_i64_spec(*b as i64, s, "bool")
            }
            Value::Float(f) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                format::format_float_spec(*f, s, "float")
            }
            Value::Complex(z) => {
                if s.is_empty() {
                    return self.to_str(v);
                }
                crate::objects::complex::format_spec(**z, s)
            }
            Value::Str(st) => {
                if s.is_empty() {
                    return Ok(st.clone());
                }
                format::format_str_spec(st.as_str(), s, "str")
            }
            _ => {
                let fname = self.names.format.clone();
                let cls = self.type_of(v);
                let user = cls.lookup(&fname);
                match user {
                    Some(Value::Builtin(b)) if b.owner == Some("object") => {
                        if !s.is_empty() {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!(
                                "unsupported format string passed to {}.__format__",
                                tn
                            )));
                        }
                        return self.to_str(v);
                    }
                    Some(_) => {
                        let r = self.call_special(v, &fname, &[Value::Str(spec.clone())])?;
                        return match r {
                            Some(Value::Str(s)) => Ok(s),
                            Some(other) => {
                                let tn = self.type_name(&other);
                                Err(self.type_error(format!(
                                    "__format__ must return a str, not {}",
                                    tn
                                )))
                            }
                            None => self.to_str(v),
                        };
                    }
                    None => {
                        if !s.is_empty() {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!(
                                "unsupported format string passed to {}.__format__",
                                tn
                            )));
                        }
                        return self.to_str(v);
                    }
                }
            }
        };
        match r {
            Ok(s) => Ok(Rc::new(StrObj::from_string(s))),
            Err(m) => {
                let kind = format::exception_for(&m);
                if kind == "MemoryError" {
                    let c = self.types.memory_error.clone();
                    return Err(self.new_exception(&c, vec![]));
                }
                Err(self.error_by_name(kind, m))
            }
        }
    }

    /// Convert to f64 (`float(v)` for numbers, `__float__`/`__index__`).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => match super::ops::bigint_to_f64(b) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
            _ => {
                let fname = self.names.float.clone();
                if let Some(r) = self.call_special(v, &fname, &[])? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => Err(self.type_error("__float__ returned non-float")),
                    };
                }
                let iname = self.names.index.clone();
                if let Some(r) = self.call_special(v, &iname, &[])? {
                    return self.to_f64(&r);
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {}", tn)))
            }
        }
    }

    /// A BigInt view of an integer value.
    pub fn to_bigint(&mut self, v: &Value) -> PyResult<num_bigint::BigInt> {
        match v {
            Value::Int(i) => Ok((*i).into()),
            Value::Bool(b) => Ok((*b as i64).into()),
            Value::BigInt(b) => Ok((**b).clone()),
            _ => {
                let iv = self.to_int_value(v)?;
                self.to_bigint(&iv)
            }
        }
    }

    /// Clamp an integer value to i64 for slicing (huge values saturate).
    pub fn slice_index(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
            _ => {
                let iname = self.names.index.clone();
                match self.call_special(v, &iname, &[])? {
                    Some(r) => self.slice_index(&r),
                    None => Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                }
            }
        }
    }

    pub fn to_usize_clamped(&self, b: &num_bigint::BigInt) -> usize {
        b.to_usize().unwrap_or(usize::MAX)
    }
}
