//! What the `match` statement's instructions ask of objects (PEP 634):
//! whether a subject is a sequence or a mapping, its values for a mapping
//! pattern's keys, and its attributes for a class pattern, with CPython's
//! errors.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::{ClassObj, NativeData, SetObj, Value};

impl Vm {
    /// An instance of the named `collections.abc` class, when that module
    /// is loaded (registering or inheriting needs it loaded, so a subject
    /// can be one only then).
    fn abc_instance(&mut self, v: &Value, abc: &str) -> PyResult<bool> {
        let key = self.intern("collections.abc");
        let Some(Value::Module(m)) = self.sys_modules.get_str(&key) else {
            return Ok(false);
        };
        let name = self.intern(abc);
        match m.dict.get_str(&name) {
            Some(cls @ Value::Class(_)) => self.isinstance(v, &cls),
            _ => Ok(false),
        }
    }

    fn subclass_of_any(t: &ClassObj, of: &[&Rc<ClassObj>]) -> bool {
        of.iter().any(|c| t.is_subclass(c))
    }

    /// A sequence pattern's subject: list, tuple, range, deque, array,
    /// memoryview, their subclasses and `collections.abc.Sequence`
    /// instances, never a str, bytes or bytearray.
    pub fn match_is_sequence(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => return Ok(true),
            Value::Str(_)
            | Value::Bytes(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => return Ok(false),
            Value::Native(n) => match &n.data {
                NativeData::Deque(_) | NativeData::Array(_) | NativeData::MemoryView(_) => {
                    return Ok(true)
                }
                NativeData::ByteArray(_) => return Ok(false),
                _ => {}
            },
            _ => {}
        }
        let t = self.type_of(v);
        let types = &self.types;
        if Self::subclass_of_any(
            &t,
            &[&types.str, &types.bytes, &types.bytearray, &types.dict],
        ) {
            return Ok(false);
        }
        if Self::subclass_of_any(&t, &[&types.list, &types.tuple, &types.memoryview]) {
            return Ok(true);
        }
        self.abc_instance(v, "Sequence")
    }

    /// A mapping pattern's subject: a dict (or subclass) or a
    /// `collections.abc.Mapping` instance.
    pub fn match_is_mapping(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Dict(_) => return Ok(true),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Range(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => return Ok(false),
            _ => {}
        }
        let t = self.type_of(v);
        if t.is_subclass(&self.types.dict) {
            return Ok(true);
        }
        self.abc_instance(v, "Mapping")
    }

    /// The values of `keys` in `subject` (through its `get`), or None when
    /// one is missing. The same key twice is a ValueError.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let seen = Rc::new(SetObj::new());
        let missing = Value::list(Vec::new());
        let exact_dict = match subject {
            Value::Dict(_) => Rc::ptr_eq(&self.type_of(subject), &self.types.dict),
            _ => false,
        };
        let get = if exact_dict {
            None
        } else {
            Some(self.get_attr_str(subject, "get")?)
        };
        let mut values = Vec::with_capacity(keys.len());
        for k in keys.iter() {
            self.charge_native(1)?;
            if self.set_contains(&seen, k)? {
                let r = self.repr(k)?;
                return Err(self.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    r.as_str()
                )));
            }
            self.set_add(&seen, k.clone())?;
            let v = match (&get, subject) {
                (None, Value::Dict(d)) => self.dict_get(d, k)?,
                (Some(get), _) => {
                    let v = self.call_value(get.clone(), &[k.clone(), missing.clone()])?;
                    if v.is(&missing) {
                        None
                    } else {
                        Some(v)
                    }
                }
                _ => None,
            };
            match v {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// A class pattern `cls(p1, .., pn, k1=.., ..)`: when `subject` is an
    /// instance of `cls`, the tuple of its n positional attributes (named
    /// by `__match_args__`, or the subject itself for the built-in types
    /// that match themselves) and its keyword attributes; None when it is
    /// not or lacks one.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        kwnames: &Value,
        npos: usize,
    ) -> PyResult<Value> {
        let Value::Class(c) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.isinstance(subject, cls)? {
            return Ok(Value::None);
        }
        let mut seen: Vec<Rc<crate::objects::StrObj>> = Vec::new();
        let mut attrs = Vec::new();
        if npos > 0 {
            let name = self.intern("__match_args__");
            let match_args = self.get_attr_opt(cls, &name)?;
            let (args, match_self) = match match_args {
                Some(Value::Tuple(t)) => (t.iter().cloned().collect::<Vec<_>>(), false),
                Some(other) => {
                    let msg = format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name().as_str(),
                        self.type_name(&other)
                    );
                    return Err(self.type_error(msg));
                }
                None => {
                    let t = &self.types;
                    let selfish = [
                        &t.bool,
                        &t.bytearray,
                        &t.bytes,
                        &t.dict,
                        &t.float,
                        &t.frozenset,
                        &t.int,
                        &t.list,
                        &t.set,
                        &t.str,
                        &t.tuple,
                    ];
                    (Vec::new(), Self::subclass_of_any(c, &selfish))
                }
            };
            let allowed = if match_self { 1 } else { args.len() };
            if npos > allowed {
                let msg = format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    c.name().as_str(),
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    npos
                );
                return Err(self.type_error(msg));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for a in args.iter().take(npos) {
                    let Value::Str(s) = a else {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(a)
                        );
                        return Err(self.type_error(msg));
                    };
                    match self.match_attr(subject, c, s, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = kwnames {
            for n in names.iter() {
                let Value::Str(s) = n else { continue };
                match self.match_attr(subject, c, s, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute a class pattern asks for; None when it is missing.
    fn match_attr(
        &mut self,
        subject: &Value,
        cls: &ClassObj,
        name: &Rc<crate::objects::StrObj>,
        seen: &mut Vec<Rc<crate::objects::StrObj>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let msg = format!(
                "{}() got multiple sub-patterns for attribute {}",
                cls.name().as_str(),
                crate::vm::protocol::str_repr(name.as_str())
            );
            return Err(self.type_error(msg));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&self.types.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
