//! Host types: Rust structs exposed to scripts as classes whose methods
//! and properties are Rust closures. An instance owns its Rust value (in a
//! `RefCell`), freed with the script object.

use std::any::TypeId;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use super::host_fn::{erase, make_fn_object, HostFn, RawFn};
use super::{Error, FromValue, IntoValue, Result, Value, Vm};
use crate::objects::class::{new_class, Layout};
use crate::objects::{ClassObj, DictObj, NativeData, NativeObj, Value as Raw};

/// A Rust value to hand to a script as an instance of its registered host
/// type (what a constructor returns).
pub struct Host<T>(pub T);

impl<T: 'static> IntoValue for Host<T> {
    fn into_value(self, vm: &mut Vm) -> Result<Value> {
        vm.wrap(self.0)
    }
}

/// A method of a host type: a closure taking `&mut T` and up to four
/// converted arguments.
pub trait HostMethod<T, Marker>: 'static {
    /// Number of arguments after the receiver.
    fn arity(&self) -> usize;
    /// Convert the arguments and call with the receiver borrowed.
    fn call_method(
        &self,
        vm: &mut Vm,
        name: &str,
        this: &RefCell<T>,
        args: &[Raw],
    ) -> Result<Value>;
}

fn arg<A: FromValue>(vm: &mut Vm, name: &str, args: &[Raw], i: usize) -> Result<A> {
    let v = vm.val(args.get(i).cloned().unwrap_or(Raw::None));
    A::from_value(&v, vm).map_err(|e| {
        Error::new(
            e.type_name(),
            format!("{}() argument {}: {}", name, i + 1, e.message()),
        )
    })
}

macro_rules! host_method {
    ($n:expr; $($a:ident $i:tt),*) => {
        impl<T: 'static, F, R, $($a),*> HostMethod<T, ($($a,)*)> for F
        where
            F: Fn(&mut T, $($a),*) -> R + 'static,
            R: IntoValue,
            $($a: FromValue,)*
        {
            fn arity(&self) -> usize {
                $n
            }

            #[allow(unused_variables, non_snake_case)]
            fn call_method(
                &self,
                vm: &mut Vm,
                name: &str,
                this: &RefCell<T>,
                args: &[Raw],
            ) -> Result<Value> {
                $(let $a: $a = arg(vm, name, args, $i)?;)*
                let r = {
                    let Ok(mut t) = this.try_borrow_mut() else {
                        return Err(Error::new("RuntimeError", format!("{}: object already in use", name)));
                    };
                    (self)(&mut t, $($a),*)
                };
                r.into_value(vm)
            }
        }
    };
}

host_method!(0;);
host_method!(1; A 0);
host_method!(2; A 0, B 1);
host_method!(3; A 0, B 1, C 2);
host_method!(4; A 0, B 1, C 2, D 3);

/// Defines a host type; made by [`Vm::register_type`].
///
/// ```
/// use weft::Host;
/// struct Counter { n: i64 }
/// let mut vm = weft::Vm::builder().capture_output().build();
/// vm.register_type::<Counter>("Counter")
///     .constructor(|start: i64| Host(Counter { n: start }))
///     .method("add", |c: &mut Counter, by: i64| { c.n += by; c.n })
///     .getter("value", |c: &mut Counter| c.n);
/// vm.run("c = Counter(10)\nc.add(5)\nprint(c.value, type(c).__name__)", "c.py").unwrap();
/// assert_eq!(vm.take_stdout(), "15 Counter\n");
/// let c = vm.get_global::<weft::Value>("c").unwrap();
/// assert_eq!(vm.with_object(&c, |c: &mut Counter| c.n).unwrap(), 15);
/// ```
pub struct TypeBuilder<'vm, T> {
    vm: &'vm mut Vm,
    cls: Rc<ClassObj>,
    _t: PhantomData<T>,
}

fn cell_of<T: 'static>(v: &Raw) -> Option<&RefCell<T>> {
    match v {
        Raw::Native(n) => match &n.data {
            NativeData::Host(b) => b.downcast_ref::<RefCell<T>>(),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Make a class for the Rust type `T`, available to scripts as the
    /// builtin `name`.
    pub fn register_type<T: 'static>(&mut self, name: &str) -> TypeBuilder<'_, T> {
        let inner = &mut self.inner;
        let n = inner.intern(name);
        let base = inner.types.object.clone();
        let cls = new_class(
            n.clone(),
            vec![base],
            Rc::new(DictObj::new()),
            Layout::Object,
            true,
        )
        .unwrap_or_else(|_| inner.types.object.clone());
        cls.dict.set_str_text("__module__", Raw::str("builtins"));
        inner
            .embed
            .host_classes
            .insert(TypeId::of::<T>(), cls.clone());
        inner.builtins.set_str(n, Raw::Class(cls.clone()));
        TypeBuilder {
            vm: self,
            cls,
            _t: PhantomData,
        }
    }

    /// A script object owning `value`, an instance of its registered type.
    pub fn wrap<T: 'static>(&mut self, value: T) -> Result<Value> {
        let Some(cls) = self
            .inner
            .embed
            .host_classes
            .get(&TypeId::of::<T>())
            .cloned()
        else {
            return Err(Error::type_error(format!(
                "host type {} is not registered",
                std::any::type_name::<T>()
            )));
        };
        Ok(self.val(Raw::Native(Rc::new(NativeObj {
            gc: Default::default(),
            class: cls,
            data: NativeData::Host(Box::new(RefCell::new(value))),
            dict: None,
        }))))
    }

    /// Borrow the Rust value inside a host object.
    pub fn with_object<T: 'static, R>(
        &mut self,
        v: &Value,
        f: impl FnOnce(&mut T) -> R,
    ) -> Result<R> {
        let Some(cell) = cell_of::<T>(self.own(v)?) else {
            return Err(Error::type_error(format!(
                "expected {}, got {}",
                std::any::type_name::<T>(),
                v.type_name()
            )));
        };
        let Ok(mut t) = cell.try_borrow_mut() else {
            return Err(Error::new("RuntimeError", "object already in use"));
        };
        Ok(f(&mut t))
    }
}

impl<'vm, T: 'static> TypeBuilder<'vm, T> {
    fn qualified(&self, name: &str) -> String {
        format!("{}.{}", self.cls.name().as_str(), name)
    }

    /// How scripts make instances: `Name(args...)` calls `f`, which
    /// returns `Host(value)`.
    pub fn constructor<M, F: HostFn<M>>(self, f: F) -> Self {
        let name = self.cls.name().as_str().to_string();
        let ctor = erase(&name, f);
        let raw: RawFn =
            Rc::new(move |vm: &mut Vm, args: &[Raw]| ctor(vm, args.get(1..).unwrap_or(&[])));
        let obj = make_fn_object(self.vm, "__new__", raw, false);
        self.cls.dict.set_str_text("__new__", obj);
        self.cls.invalidate();
        self
    }

    fn method_fn<M, F: HostMethod<T, M>>(&mut self, name: &str, f: F) -> Raw {
        let qual = self.qualified(name);
        let raw: RawFn = Rc::new(move |vm: &mut Vm, args: &[Raw]| {
            let this = args.first().cloned().unwrap_or(Raw::None);
            let Some(cell) = cell_of::<T>(&this) else {
                return Err(Error::type_error(format!(
                    "{}() needs a {} receiver",
                    qual,
                    std::any::type_name::<T>()
                )));
            };
            let rest = args.get(1..).unwrap_or(&[]);
            let n = f.arity();
            if rest.len() != n {
                return Err(Error::type_error(format!(
                    "{}() takes exactly {} argument{} ({} given)",
                    qual,
                    n,
                    if n == 1 { "" } else { "s" },
                    rest.len()
                )));
            }
            f.call_method(vm, &qual, cell, rest).map(|v| v.0)
        });
        make_fn_object(self.vm, name, raw, true)
    }

    /// A method: `obj.name(args...)` calls `f(&mut value, args...)`.
    pub fn method<M, F: HostMethod<T, M>>(mut self, name: &str, f: F) -> Self {
        let m = self.method_fn(name, f);
        self.cls.dict.set_str_text(name, m);
        self.cls.invalidate();
        self
    }

    /// A read-only property: `obj.name` is `f(&mut value)`.
    pub fn getter<R: IntoValue + 'static>(
        mut self,
        name: &str,
        f: impl Fn(&mut T) -> R + 'static,
    ) -> Self {
        let g = self.method_fn(name, f);
        let prop = Raw::Native(Rc::new(NativeObj {
            gc: Default::default(),
            class: self.vm.inner.types.property.clone(),
            data: NativeData::Property {
                fget: g,
                fset: Raw::None,
                fdel: Raw::None,
                doc: Raw::None,
                name: Default::default(),
            },
            dict: None,
        }));
        self.cls.dict.set_str_text(name, prop);
        self.cls.invalidate();
        self
    }

    /// The class object.
    pub fn class(&self) -> Value {
        self.vm.val(Raw::Class(self.cls.clone()))
    }
}
