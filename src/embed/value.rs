//! Dynamic values on the host side: [`Value`], a handle to any script
//! object (tied to its VM's thread), and [`Data`], plain data that can be
//! sent to another thread.

use crate::objects::Value as Raw;

/// A handle to a script object of any type. Cheap to clone (a reference
/// count); valid only with the VM that made it, on that VM's thread.
/// Another VM refuses it with an error (a `ValueError` of kind
/// [`crate::ErrorKind::Conversion`]): objects do not move between VMs
/// (their classes, functions and modules belong to the VM that made them);
/// convert to [`Data`] to carry plain data across. [`Value::none`] and
/// values the interpreter makes for constants are tied to no VM.
///
/// ```
/// let mut vm = weft::Vm::new();
/// let v: weft::Value = vm.eval("[1, 2, 3]").unwrap();
/// assert_eq!(v.type_name(), "list");
/// assert_eq!(vm.repr(&v).unwrap(), "[1, 2, 3]");
/// let items: Vec<i64> = vm.convert(&v).unwrap();
/// assert_eq!(items, vec![1, 2, 3]);
/// ```
#[derive(Clone, Default)]
pub struct Value(pub(crate) Raw, pub(crate) VmId);

/// Which VM made a [`Value`] (0: none in particular).
pub(crate) type VmId = u64;

impl Value {
    /// `None`.
    pub fn none() -> Value {
        Value(Raw::None, 0)
    }

    /// Whether `vm` accepts this value: it made it, or no VM did.
    pub fn belongs_to(&self, vm: &crate::Vm) -> bool {
        self.1 == 0 || self.1 == vm.inner.embed.vm_id
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        matches!(self.0, Raw::None)
    }

    /// The name of the value's type, as `type(v).__name__`.
    pub fn type_name(&self) -> String {
        match &self.0 {
            Raw::None => "NoneType".into(),
            Raw::NotImplemented => "NotImplementedType".into(),
            Raw::Ellipsis => "ellipsis".into(),
            Raw::Bool(_) => "bool".into(),
            Raw::Int(_) | Raw::BigInt(_) => "int".into(),
            Raw::Float(_) => "float".into(),
            Raw::Str(_) => "str".into(),
            Raw::Bytes(_) => "bytes".into(),
            Raw::Tuple(_) => "tuple".into(),
            Raw::List(_) => "list".into(),
            Raw::Dict(_) => "dict".into(),
            Raw::Set(_) => "set".into(),
            Raw::FrozenSet(_) => "frozenset".into(),
            Raw::Function(_) => "function".into(),
            Raw::Module(_) => "module".into(),
            Raw::Class(_) => "type".into(),
            Raw::Instance(i) => i.class().name().as_str().to_string(),
            Raw::Exception(e) => e.class().name().as_str().to_string(),
            Raw::Native(n) => n.class.name().as_str().to_string(),
            Raw::Generator(g) => match g.kind {
                crate::objects::generator::GenKind::Coroutine => "coroutine".into(),
                crate::objects::generator::GenKind::AsyncGenerator => "async_generator".into(),
                crate::objects::generator::GenKind::Generator => "generator".into(),
            },
            _ => "object".into(),
        }
    }

    /// The integer, when this is an `int` that fits in `i64` (or a bool).
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            Raw::Int(i) => Some(i),
            Raw::Bool(b) => Some(b as i64),
            _ => None,
        }
    }

    /// The float, when this is a `float` or an `int` that fits in `i64`.
    pub fn as_f64(&self) -> Option<f64> {
        match self.0 {
            Raw::Float(f) => Some(f),
            Raw::Int(i) => Some(i as f64),
            _ => None,
        }
    }

    /// The text, when this is a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Raw::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Raw::None => write!(f, "None"),
            Raw::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Raw::Int(i) => write!(f, "{}", i),
            Raw::Float(x) => write!(f, "{:?}", x),
            Raw::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<{} object>", self.type_name()),
        }
    }
}

/// Plain data that maps onto script values: what crosses threads (a host
/// thread sending arguments to the loop, a coroutine's result coming back).
/// Converts to and from script values with [`crate::IntoValue`] and
/// [`crate::FromValue`]; a dict becomes `Map` (keys rendered with `str()`
/// when they are not strings), a tuple or list becomes `List`, and any
/// other object becomes `Repr` (its repr).
///
/// ```
/// use weft::Data;
/// let mut vm = weft::Vm::new();
/// let v: weft::Value = vm.eval("{'a': [1, 2.5, None]}").unwrap();
/// let d: Data = v.into_data(&mut vm).unwrap();
/// assert_eq!(
///     d,
///     Data::Map(vec![("a".into(), Data::List(vec![Data::Int(1), Data::Float(2.5), Data::None]))])
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Data {
    /// `None`.
    #[default]
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in i64.
    Int(i64),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(String),
    /// A `list` (tuples also arrive as lists).
    List(Vec<Data>),
    /// A `dict`, in insertion order.
    Map(Vec<(String, Data)>),
    /// Any other object, by its repr (one way: it becomes a `str`).
    Repr(String),
}

impl Value {
    /// Convert to plain [`Data`] (see there for the mapping).
    pub fn into_data(self, vm: &mut crate::Vm) -> crate::Result<Data> {
        vm.convert(&self)
    }
}

impl crate::Vm {
    /// A value of this VM's.
    pub(crate) fn val(&self, raw: Raw) -> Value {
        Value(raw, self.inner.embed.vm_id)
    }

    /// The object behind `v`, if this VM may use it.
    pub(crate) fn own<'a>(&self, v: &'a Value) -> crate::Result<&'a Raw> {
        if v.belongs_to(self) {
            Ok(&v.0)
        } else {
            Err(crate::Error::foreign_value(v.1, self.inner.embed.vm_id))
        }
    }
}
