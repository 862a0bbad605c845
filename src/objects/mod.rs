//! The value model: a 16-byte `Value` enum with small scalars inline and
//! every other object behind an `Rc`. One file per built-in type.

pub mod array;
pub mod asyncgen;
pub mod bigarith;
pub mod bytearray;
pub mod bytes;
pub mod bytes_text;
pub mod class;
pub mod complex;
pub mod deque;
pub mod dict;
pub mod dict_table;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod int_ops;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod methods;
pub mod module;
pub mod native;
pub mod num_extra;
pub mod range;
pub mod set;
pub mod set_table;
pub mod slice;
pub mod str;
pub mod tuple;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use self::bytes::BytesObj;
pub use self::class::ClassObj;
pub use self::dict::DictObj;
pub use self::exception::ExceptionObj;
pub use self::function::{BoundMethodObj, BuiltinObj, FunctionObj, NativeFn};
pub use self::generator::GenObj;
pub use self::instance::InstanceObj;
pub use self::iter::IterObj;
pub use self::list::ListObj;
pub use self::module::ModuleObj;
pub use self::native::{NativeData, NativeObj};
pub use self::range::RangeObj;
pub use self::set::SetObj;
pub use self::slice::SliceObj;
pub use self::str::StrObj;
pub use self::tuple::TupleObj;
use crate::bytecode::CodeObject;

/// Install every built-in type's methods.
pub fn install_type_methods(vm: &mut crate::vm::Vm) {
    methods::install(vm);
}

/// A closure cell: a variable shared between a function and the functions
/// nested in it.
#[derive(Default)]
pub struct CellObj {
    /// The collector's bookkeeping (generation and position).
    pub gc: crate::gc::GcSlot,
    pub value: RefCell<Option<Value>>,
}

impl Drop for CellObj {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        if let Some(v) = self.value.get_mut().take() {
            crate::gc::deep_drop::guarded(v, |v, out| out.push(v.clone()));
        }
    }
}

/// Every script value. Scalars are stored inline; everything else is a
/// reference-counted object. Kept at 16 bytes (a test asserts it).
///
/// The tag is a full word so every payload sits at offset 8: with a byte
/// tag, `Bool` would sit at offset 1 and moves of a `Value` whose tag is
/// known become overlapping 15-byte copies, which stall store forwarding
/// when the value is read back whole (measurable in the loop's push/pop).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An integer outside i64; never holds a value that fits in i64.
    BigInt(Rc<BigInt>),
    Complex(Rc<complex::ComplexObj>),
    Str(Rc<StrObj>),
    Bytes(Rc<BytesObj>),
    Tuple(Rc<TupleObj>),
    List(Rc<ListObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    FrozenSet(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<FunctionObj>),
    Builtin(Rc<BuiltinObj>),
    BoundMethod(Rc<BoundMethodObj>),
    Class(Rc<ClassObj>),
    Instance(Rc<InstanceObj>),
    Exception(Rc<ExceptionObj>),
    Module(Rc<ModuleObj>),
    /// Generators, coroutines and async generators.
    Generator(Rc<GenObj>),
    /// The built-in iterators (list_iterator, enumerate, zip, ...).
    Iter(Rc<IterObj>),
    Cell(Rc<CellObj>),
    Code(Rc<CodeObject>),
    /// Every other native type (property, deque, Future, Task, ...).
    Native(Rc<NativeObj>),
    /// Internal marker, never visible to scripts: an unbound local slot, or
    /// the empty half of a LoadMethod pair.
    Null,
}

/// The `Value` variants that hold a reference-counted object, passed to
/// `$then!($arg; Variant, ...)`: the one list that clone, add_ref,
/// heap_ptr and the collector's strong_count are generated from.
macro_rules! with_rc_variants {
    ($then:ident!($arg:expr)) => {
        $then!($arg;
            BigInt, Complex, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
            Function, Builtin, BoundMethod, Class, Instance, Exception, Module, Generator, Iter,
            Cell, Code, Native)
    };
}
pub(crate) use with_rc_variants;

macro_rules! value_clone {
    ($self:expr; $($rc:ident),*) => {{
        // Count the new reference, then copy the 16 bytes whole. Building
        // the copy variant by variant writes tag and payload separately,
        // and the whole-value load that usually follows (a push) then
        // stalls on store forwarding.
        match $self {
            $(
                // SAFETY: `x` is a live Rc (borrowed from `$self`), so its
                // pointer came from an Rc and the count is at least one.
                Value::$rc(x) => unsafe { Rc::increment_strong_count(Rc::as_ptr(x)) },
            )*
            _ => {}
        }
        // SAFETY: the reference count taken above belongs to the copy;
        // scalar variants own nothing.
        unsafe { std::ptr::read($self) }
    }};
}

impl Clone for Value {
    /// Hand-written so it inlines into the interpreter loop (the derived
    /// one is an out-of-line call).
    #[inline(always)]
    fn clone(&self) -> Value {
        with_rc_variants!(value_clone!(self))
    }
}

macro_rules! value_add_ref {
    ($self:expr; $($rc:ident),*) => {{
        match $self {
            $(
                // SAFETY: `x` is a live Rc (borrowed from `$self`), so its
                // pointer came from an Rc and the count is at least one.
                Value::$rc(x) => unsafe { Rc::increment_strong_count(Rc::as_ptr(x)) },
            )*
            _ => {}
        }
    }};
}

impl Value {
    /// Count one more reference to the object `self` points at (nothing
    /// for scalars). The caller then owns a bitwise copy of `self`.
    ///
    /// # Safety
    /// The count must be given back: the copy must end up owned (and
    /// eventually dropped) as a `Value`.
    #[inline(always)]
    pub unsafe fn add_ref(&self) {
        with_rc_variants!(value_add_ref!(self))
    }

    /// Whether dropping this value releases a reference (false for the
    /// scalar variants and Null).
    #[inline(always)]
    pub fn owns_heap(&self) -> bool {
        !matches!(
            self,
            Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Null
        )
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(StrObj::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(StrObj::from_string(s)))
    }

    /// A new tuple, registered with the cycle collector if it holds
    /// containers.
    pub fn tuple(items: Vec<Value>) -> Value {
        let v = Value::Tuple(Rc::new(TupleObj::new(items)));
        crate::gc::track(&v);
        v
    }

    /// A new list, registered with the cycle collector.
    pub fn list(items: Vec<Value>) -> Value {
        let v = Value::List(Rc::new(ListObj::new(items)));
        crate::gc::track(&v);
        v
    }

    /// A new dict, registered with the cycle collector.
    pub fn dict(d: DictObj) -> Value {
        let v = Value::Dict(Rc::new(d));
        crate::gc::track(&v);
        v
    }

    pub fn from_bigint(b: BigInt) -> Value {
        int::normalize(b)
    }

    /// Identity, as `is` sees it.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            // CPython has one empty tuple, one empty str and one empty
            // bytes; here each is made where needed, so they share identity.
            (Str(a), Str(b)) => {
                Rc::ptr_eq(a, b) || (a.as_str().is_empty() && b.as_str().is_empty())
            }
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints and floats have no identity of their own here; treat
            // equal values as identical, which is what CPython shows for the
            // cached small ints people compare with `is`.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if any (for `id()` and identity).
    pub fn heap_ptr(&self) -> Option<usize> {
        macro_rules! addr {
            ($v:expr; $($rc:ident),*) => {
                match $v {
                    $(Value::$rc(o) => Some(Rc::as_ptr(o) as *const u8 as usize),)*
                    _ => Option::None,
                }
            };
        }
        with_rc_variants!(addr!(self))
    }

    /// `id()`: the object's address, or a stable number for inline scalars.
    pub fn id(&self) -> i64 {
        match self {
            Value::Tuple(t) if t.is_empty() => return 0x1060,
            Value::Str(t) if t.as_str().is_empty() => return 0x1070,
            Value::Bytes(t) if t.is_empty() => return 0x1080,
            _ => {}
        }
        match self.heap_ptr() {
            Some(p) => p as i64,
            None => match self {
                Value::None => 0x1000,
                Value::NotImplemented => 0x1010,
                Value::Ellipsis => 0x1020,
                Value::Bool(b) => 0x1030 + *b as i64 * 0x10,
                Value::Int(i) => 0x7f00_0000_0000i64.wrapping_add(i.wrapping_mul(32)),
                Value::Float(f) => (f.to_bits() >> 4) as i64,
                _ => 0,
            },
        }
    }

    pub fn as_str(&self) -> Option<&StrObj> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

impl From<Rc<StrObj>> for Value {
    fn from(s: Rc<StrObj>) -> Value {
        Value::Str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    /// Every native object (futures, handles, deques...) is as large as the
    /// largest variant: big state belongs behind a Box.
    #[test]
    fn native_objects_stay_small() {
        let n = std::mem::size_of::<NativeObj>();
        assert!(n <= 256, "NativeObj is {} bytes", n);
    }

    /// A million suspended generators are a million of these (plus a cold
    /// block each): with the reference counts, 104 bytes is the largest
    /// size that still fits a 112-byte malloc chunk.
    #[test]
    fn generator_objects_stay_small() {
        let n = std::mem::size_of::<GenObj>();
        assert!(n <= 88, "GenObj is {} bytes", n);
    }
}
