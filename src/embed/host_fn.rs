//! Host functions: Rust closures that scripts call. Arguments are
//! converted with [`FromValue`] (a wrong count or type is a TypeError in
//! the script), results with [`IntoValue`]; a closure returning
//! `Err(weft::Error)` raises that exception.

use std::panic::AssertUnwindSafe;
use std::rc::Rc;

use super::recover::Checkpoint;
use super::{Error, FromValue, IntoValue, Result, Value, Vm};
use crate::builtins::add_methods;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{ClassObj, DictObj, NativeData, NativeObj, Value as Raw};
use crate::vm::PyResult;

/// The calling convention every host function is reduced to.
pub(crate) type RawFn = Rc<dyn Fn(&mut Vm, &[Raw]) -> Result<Raw>>;

/// What a host function object owns.
pub(crate) struct HostFnData {
    pub name: String,
    pub f: RawFn,
    /// Set when the function stands for something outside the VM that a
    /// snapshot cannot carry (a thread waiting for a result): what it is.
    pub stays: std::cell::Cell<Option<&'static str>>,
}

/// A Rust closure callable from scripts with automatic conversion, for
/// closures of up to six arguments whose types implement [`FromValue`]
/// and whose result implements [`IntoValue`] (including
/// `Result<T, weft::Error>`). `Marker` only tells the implementations
/// apart.
///
/// ```
/// let mut vm = weft::Vm::builder().capture_output().build();
/// vm.register_fn("join", |xs: Vec<String>, sep: String| xs.join(&sep));
/// vm.register_fn("checked_div", |a: i64, b: i64| {
///     if b == 0 {
///         Err(weft::Error::new("ZeroDivisionError", "no"))
///     } else {
///         Ok(a / b)
///     }
/// });
/// vm.run("print(join(['a', 'b'], '-'), checked_div(7, 2))", "j.py").unwrap();
/// assert_eq!(vm.take_stdout(), "a-b 3\n");
/// let e = vm.run("join(1, 2)", "j.py").unwrap_err();
/// assert_eq!(e.message(), "join() argument 1: expected list, got int");
/// let e = vm.run("checked_div(1)", "j.py").unwrap_err();
/// assert_eq!(e.message(), "checked_div() takes exactly 2 arguments (1 given)");
/// ```
pub trait HostFn<Marker>: 'static {
    /// How many arguments the closure takes.
    fn arity(&self) -> usize;
    /// Convert the arguments, call, convert the result.
    fn call_host(&self, vm: &mut Vm, name: &str, args: &[Raw]) -> Result<Value>;
}

fn arg<T: FromValue>(vm: &mut Vm, name: &str, args: &[Raw], i: usize) -> Result<T> {
    let v = vm.val(args.get(i).cloned().unwrap_or(Raw::None));
    T::from_value(&v, vm).map_err(|e| {
        Error::new(
            e.type_name(),
            format!("{}() argument {}: {}", name, i + 1, e.message()),
        )
    })
}

macro_rules! host_fn {
    ($n:expr; $($a:ident $i:tt),*) => {
        impl<F, R, $($a),*> HostFn<($($a,)*)> for F
        where
            F: Fn($($a),*) -> R + 'static,
            R: IntoValue,
            $($a: FromValue,)*
        {
            fn arity(&self) -> usize {
                $n
            }

            #[allow(unused_variables, non_snake_case)]
            fn call_host(&self, vm: &mut Vm, name: &str, args: &[Raw]) -> Result<Value> {
                $(let $a: $a = arg(vm, name, args, $i)?;)*
                (self)($($a),*).into_value(vm)
            }
        }
    };
}

host_fn!(0;);
host_fn!(1; A 0);
host_fn!(2; A 0, B 1);
host_fn!(3; A 0, B 1, C 2);
host_fn!(4; A 0, B 1, C 2, D 3);
host_fn!(5; A 0, B 1, C 2, D 3, E 4);
host_fn!(6; A 0, B 1, C 2, D 3, E 4, G 5);

/// Reduce a typed closure to the raw convention, with the arity check.
pub(crate) fn erase<M, F: HostFn<M>>(name: &str, f: F) -> RawFn {
    let name = name.to_string();
    Rc::new(move |vm: &mut Vm, args: &[Raw]| {
        let n = f.arity();
        if args.len() != n {
            return Err(Error::type_error(format!(
                "{}() takes exactly {} argument{} ({} given)",
                name,
                n,
                if n == 1 { "" } else { "s" },
                args.len()
            )));
        }
        f.call_host(vm, &name, args).map(|v| v.0)
    })
}

/// Wrap a raw host function as a script object.
pub(crate) fn make_fn_object(vm: &mut Vm, name: &str, f: RawFn, method: bool) -> Raw {
    let cls = host_class(vm, method);
    Raw::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Host(Box::new(HostFnData {
            name: name.to_string(),
            f,
            stays: std::cell::Cell::new(None),
        })),
        dict: None,
    }))
}

fn host_class(vm: &mut Vm, method: bool) -> Rc<ClassObj> {
    let inner = &mut vm.inner;
    let cached = if method {
        &inner.embed.host_method_class
    } else {
        &inner.embed.host_fn_class
    };
    if let Some(c) = cached {
        return c.clone();
    }
    let name = inner.intern(if method {
        "host_method"
    } else {
        "host_function"
    });
    let base = inner.types.object.clone();
    let cls = new_class(
        name,
        vec![base],
        Rc::new(DictObj::new()),
        Layout::Object,
        true,
    )
    .unwrap_or_else(|_| inner.types.object.clone());
    add_methods(
        inner,
        &cls,
        "host_function",
        BuiltinKind::Method,
        &[("__call__", host_call), ("__repr__", host_repr)],
    );
    if method {
        add_methods(
            inner,
            &cls,
            "host_method",
            BuiltinKind::Method,
            &[("__get__", host_get)],
        );
        inner.embed.host_method_class = Some(cls.clone());
    } else {
        inner.embed.host_fn_class = Some(cls.clone());
    }
    cls
}

fn data_of(v: &Raw) -> Option<(&str, RawFn)> {
    match v {
        Raw::Native(n) => match &n.data {
            NativeData::Host(b) => b
                .downcast_ref::<HostFnData>()
                .map(|d| (d.name.as_str(), d.f.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn host_call(vm: &mut crate::vm::Vm, args: &[Raw], kw: KwArgs) -> PyResult<Raw> {
    let Some((name, f)) = args.first().and_then(data_of) else {
        return Err(vm.type_error("host function expected"));
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let api = Vm::from_interpreter(vm);
    // A panic stops here, as an exception of the script's: unwinding it
    // through the interpreter would skip the cleanup that the loop and
    // `finally` blocks do.
    let checkpoint = Checkpoint::take(&api.inner);
    let r = std::panic::catch_unwind(AssertUnwindSafe(|| f(api, &args[1..])));
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(api.raise_from(e)),
        Err(p) => {
            checkpoint.restore(&mut api.inner);
            Err(api.host_panic(name, p.as_ref()))
        }
    }
}

fn host_repr(vm: &mut crate::vm::Vm, args: &[Raw], _kw: KwArgs) -> PyResult<Raw> {
    match args.first().and_then(data_of) {
        Some((name, _)) => Ok(Raw::string(format!("<host function {}>", name))),
        None => Err(vm.type_error("host function expected")),
    }
}

/// `__get__`: a host method looked up on an instance binds to it.
fn host_get(_vm: &mut crate::vm::Vm, args: &[Raw], _kw: KwArgs) -> PyResult<Raw> {
    let this = args.first().cloned().unwrap_or(Raw::None);
    match args.get(1) {
        None | Some(Raw::None) => Ok(this),
        Some(obj) => Ok(crate::objects::function::bound_method(
            crate::objects::BoundMethodObj {
                gc: Default::default(),
                self_: obj.clone(),
                func: this,
            },
        )),
    }
}

impl Vm {
    /// Make `f` a builtin callable from every script of this VM, converting
    /// arguments and result (see [`HostFn`]).
    pub fn register_fn<M, F: HostFn<M>>(&mut self, name: &str, f: F) {
        let raw = erase(name, f);
        let obj = make_fn_object(self, name, raw, false);
        let key = self.inner.intern(name);
        self.inner.builtins.set_str(key, obj);
    }

    /// Register a builtin that takes the VM and the raw arguments (any
    /// number), for functions that call back into scripts or build
    /// futures.
    ///
    /// ```
    /// let mut vm = weft::Vm::new();
    /// vm.register_native("apply", |vm, args| {
    ///     let f = args[0].clone();
    ///     let x: i64 = vm.convert(&args[1])?;
    ///     vm.call::<weft::Value>(&f, (x + 1,))
    /// });
    /// assert_eq!(vm.eval::<i64>("apply(lambda n: n * 10, 4)").unwrap(), 50);
    /// ```
    pub fn register_native(
        &mut self,
        name: &str,
        f: impl Fn(&mut Vm, &[Value]) -> Result<Value> + 'static,
    ) {
        let obj = self.native_fn(name, f);
        let key = self.inner.intern(name);
        self.inner.builtins.set_str(key, obj.0);
    }

    /// A script callable (not registered anywhere) running `f`.
    pub fn native_fn(
        &mut self,
        name: &str,
        f: impl Fn(&mut Vm, &[Value]) -> Result<Value> + 'static,
    ) -> Value {
        let raw: RawFn = Rc::new(move |vm: &mut Vm, args: &[Raw]| {
            let a: Vec<Value> = args.iter().map(|x| vm.val(x.clone())).collect();
            let r = f(vm, &a)?;
            vm.own(&r).cloned()
        });
        let obj = make_fn_object(self, name, raw, false);
        self.val(obj)
    }
}

/// Mark a host function object as one a snapshot must refuse, saying why.
pub(crate) fn pin_host_fn(v: &Raw, why: &'static str) {
    if let Raw::Native(n) = v {
        if let NativeData::Host(b) = &n.data {
            if let Some(d) = b.downcast_ref::<HostFnData>() {
                d.stays.set(Some(why));
            }
        }
    }
}
