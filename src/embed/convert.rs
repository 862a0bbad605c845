//! Conversions between Rust values and script values: [`IntoValue`] (Rust
//! to script) and [`FromValue`] (script to Rust), for the scalar types,
//! strings, `Vec`, `HashMap<String, _>`, `Option`, tuples, `()` and the
//! dynamic [`Value`] and [`Data`].

use std::collections::HashMap;
use std::rc::Rc;

use super::{Data, Error, Result, Value, Vm};
use crate::objects::{DictObj, StrObj, Value as Raw};

/// A Rust value that can become a script value.
///
/// ```
/// let mut vm = weft::Vm::new();
/// vm.set_global("xs", vec![1i64, 2, 3]).unwrap();
/// vm.set_global("name", "weft").unwrap();
/// assert_eq!(vm.eval::<String>("name * len(xs)").unwrap(), "weftweftweft");
/// ```
pub trait IntoValue {
    /// Make the script value.
    fn into_value(self, vm: &mut Vm) -> Result<Value>;
}

/// A Rust value that can be read from a script value. Failing conversions
/// report a `TypeError` (`OverflowError` for an int out of range).
///
/// ```
/// use std::collections::HashMap;
/// let mut vm = weft::Vm::new();
/// let m: HashMap<String, Option<f64>> = vm.eval("{'a': 1.5, 'b': None}").unwrap();
/// assert_eq!(m["a"], Some(1.5));
/// assert_eq!(m["b"], None);
/// let (n, s): (i64, String) = vm.eval("(7, 'x')").unwrap();
/// assert_eq!((n, s.as_str()), (7, "x"));
/// ```
pub trait FromValue: Sized {
    /// Read the Rust value.
    fn from_value(v: &Value, vm: &mut Vm) -> Result<Self>;
}

fn mismatch(expected: &str, v: &Value) -> Error {
    Error::conversion(format!("expected {}, got {}", expected, v.type_name()))
}

impl IntoValue for Value {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        vm.own(&self)?;
        Ok(self)
    }
}

impl FromValue for Value {
    fn from_value(v: &Value, _vm: &mut Vm) -> Result<Value> {
        Ok(v.clone())
    }
}

impl IntoValue for &Value {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        vm.own(self)?;
        Ok(self.clone())
    }
}

impl IntoValue for () {
    fn into_value(self, _vm: &mut Vm) -> Result<Value> {
        Ok(Value::none())
    }
}

impl FromValue for () {
    fn from_value(v: &Value, _vm: &mut Vm) -> Result<()> {
        match v.0 {
            Raw::None => Ok(()),
            _ => Err(mismatch("None", v)),
        }
    }
}

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl IntoValue for $t {
            fn into_value(self, vm: &mut Vm) -> Result<Value> {
                match i64::try_from(self) {
                    Ok(i) => Ok(vm.val(Raw::Int(i))),
                    Err(_) => Ok(vm.val(Raw::from_bigint(num_bigint::BigInt::from(self)))),
                }
            }
        }

        impl FromValue for $t {
            fn from_value(v: &Value, _vm: &mut Vm) -> Result<$t> {
                let overflow = || Error::new(
                    "OverflowError",
                    format!("int too large to convert to {}", stringify!($t)),
                );
                match &v.0 {
                    Raw::Int(i) => <$t>::try_from(*i).map_err(|_| overflow()),
                    Raw::Bool(b) => Ok(*b as $t),
                    Raw::BigInt(b) => <$t>::try_from(&**b).map_err(|_| overflow()),
                    _ => Err(mismatch("int", v)),
                }
            }
        }
    )*};
}

int_conv!(i64, i32, u32, u64, usize, isize, u8, i8, u16, i16);

impl IntoValue for f64 {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(Raw::Float(self)))
    }
}

impl FromValue for f64 {
    fn from_value(v: &Value, _vm: &mut Vm) -> Result<f64> {
        match &v.0 {
            Raw::Float(f) => Ok(*f),
            Raw::Int(i) => Ok(*i as f64),
            Raw::Bool(b) => Ok(*b as i64 as f64),
            Raw::BigInt(b) => Ok(num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY)),
            _ => Err(mismatch("float", v)),
        }
    }
}

impl IntoValue for f32 {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(Raw::Float(self as f64)))
    }
}

impl FromValue for f32 {
    fn from_value(v: &Value, vm: &mut Vm) -> Result<f32> {
        f64::from_value(v, vm).map(|f| f as f32)
    }
}

impl IntoValue for bool {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(Raw::Bool(self)))
    }
}

impl FromValue for bool {
    fn from_value(v: &Value, _vm: &mut Vm) -> Result<bool> {
        match &v.0 {
            Raw::Bool(b) => Ok(*b),
            _ => Err(mismatch("bool", v)),
        }
    }
}

impl IntoValue for String {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(Raw::string(self)))
    }
}

impl IntoValue for &str {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(Raw::str(self)))
    }
}

impl IntoValue for &String {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(Raw::str(self)))
    }
}

impl FromValue for String {
    fn from_value(v: &Value, _vm: &mut Vm) -> Result<String> {
        match &v.0 {
            Raw::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(mismatch("str", v)),
        }
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        match self {
            Some(t) => t.into_value(vm),
            None => Ok(Value::none()),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value, vm: &mut Vm) -> Result<Option<T>> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_value(v, vm).map(Some)
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        let mut items = Vec::with_capacity(self.len());
        for x in self {
            items.push(x.into_value(vm)?.0);
        }
        Ok(vm.val(Raw::list(items)))
    }
}

/// The items of a list or tuple.
fn sequence_items(v: &Value) -> Option<Vec<Raw>> {
    match &v.0 {
        Raw::List(l) => Some(l.to_vec()),
        Raw::Tuple(t) => Some(t.as_slice().to_vec()),
        _ => None,
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(v: &Value, vm: &mut Vm) -> Result<Vec<T>> {
        let items = sequence_items(v).ok_or_else(|| mismatch("list", v))?;
        items
            .into_iter()
            .map(|x| T::from_value(&Value(x, v.1), vm))
            .collect()
    }
}

fn str_key(k: &str) -> Rc<StrObj> {
    Rc::new(StrObj::new(k))
}

impl<T: IntoValue> IntoValue for HashMap<String, T> {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        let d = DictObj::new();
        let mut entries: Vec<(String, T)> = self.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (k, x) in entries {
            let v = x.into_value(vm)?;
            d.set_str(str_key(&k), v.0);
        }
        Ok(vm.val(Raw::dict(d)))
    }
}

/// A dict's entries, keys as strings (non-string keys are an error unless
/// `lenient`, which renders them with `str()`).
fn dict_entries(v: &Value, vm: &mut Vm, lenient: bool) -> Result<Vec<(String, Raw)>> {
    let Raw::Dict(d) = &v.0 else {
        return Err(mismatch("dict", v));
    };
    let items = d.borrow().items();
    let mut out = Vec::with_capacity(items.len());
    for (k, x) in items {
        let key = match &k {
            Raw::Str(s) => s.as_str().to_string(),
            _ if lenient => vm.str_of(&Value(k.clone(), v.1))?,
            _ => return Err(Error::conversion("dict keys must be str")),
        };
        out.push((key, x));
    }
    Ok(out)
}

impl<T: FromValue> FromValue for HashMap<String, T> {
    fn from_value(v: &Value, vm: &mut Vm) -> Result<HashMap<String, T>> {
        let mut m = HashMap::new();
        for (k, x) in dict_entries(v, vm, false)? {
            m.insert(k, T::from_value(&Value(x, v.1), vm)?);
        }
        Ok(m)
    }
}

macro_rules! tuple_conv {
    ($n:expr; $($t:ident $i:tt),+) => {
        impl<$($t: IntoValue),+> IntoValue for ($($t,)+) {
            fn into_value(self, vm: &mut Vm) -> Result<Value> {
                let items = vec![$(self.$i.into_value(vm)?.0),+];
                Ok(vm.val(Raw::tuple(items)))
            }
        }

        impl<$($t: FromValue),+> FromValue for ($($t,)+) {
            fn from_value(v: &Value, vm: &mut Vm) -> Result<Self> {
                let items = sequence_items(v).ok_or_else(|| mismatch("tuple", v))?;
                if items.len() != $n {
                    return Err(Error::conversion(format!(
                        "expected a tuple of length {}, got length {}", $n, items.len()
                    )));
                }
                Ok(($($t::from_value(&Value(items[$i].clone(), v.1), vm)?,)+))
            }
        }
    };
}

tuple_conv!(1; A 0);
tuple_conv!(2; A 0, B 1);
tuple_conv!(3; A 0, B 1, C 2);
tuple_conv!(4; A 0, B 1, C 2, D 3);
tuple_conv!(5; A 0, B 1, C 2, D 3, E 4);

impl IntoValue for Data {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        Ok(vm.val(data_to_raw(self)))
    }
}

fn data_to_raw(d: Data) -> Raw {
    match d {
        Data::None => Raw::None,
        Data::Bool(b) => Raw::Bool(b),
        Data::Int(i) => Raw::Int(i),
        Data::Float(f) => Raw::Float(f),
        Data::Str(s) | Data::Repr(s) => Raw::string(s),
        Data::List(xs) => {
            let mut items = Vec::with_capacity(xs.len());
            for x in xs {
                items.push(data_to_raw(x));
            }
            Raw::list(items)
        }
        Data::Map(entries) => {
            let d = DictObj::new();
            for (k, x) in entries {
                d.set_str(str_key(&k), data_to_raw(x));
            }
            Raw::dict(d)
        }
    }
}

impl FromValue for Data {
    fn from_value(v: &Value, vm: &mut Vm) -> Result<Data> {
        data_of(v, vm, 0)
    }
}

fn data_of(v: &Value, vm: &mut Vm, depth: usize) -> Result<Data> {
    if depth > 100 {
        return Err(Error::new("RecursionError", "value nested too deeply"));
    }
    Ok(match &v.0 {
        Raw::None => Data::None,
        Raw::Bool(b) => Data::Bool(*b),
        Raw::Int(i) => Data::Int(*i),
        Raw::Float(f) => Data::Float(*f),
        Raw::Str(s) => Data::Str(s.as_str().to_string()),
        Raw::List(_) | Raw::Tuple(_) => {
            let items = sequence_items(v).unwrap_or_default();
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(data_of(&Value(x, v.1), vm, depth + 1)?);
            }
            Data::List(out)
        }
        Raw::Dict(_) => {
            let mut out = Vec::new();
            for (k, x) in dict_entries(v, vm, true)? {
                out.push((k, data_of(&Value(x, v.1), vm, depth + 1)?));
            }
            Data::Map(out)
        }
        _ => Data::Repr(vm.repr(v)?),
    })
}

impl<T: IntoValue> IntoValue for Result<T> {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        self.and_then(|t| t.into_value(vm))
    }
}
