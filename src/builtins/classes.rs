//! `object`, `type`, class creation (`__build_class__`), `super`,
//! `property`, `staticmethod` and `classmethod`.

use std::rc::Rc;

use super::args;
use crate::objects::class::{new_class, Layout};
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{ClassObj, DictObj, NativeData, NativeObj, StrObj, Value};
use crate::vm::call::{ArgVec, KwVec};
use crate::vm::frame::Resume;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    super::add_methods(
        vm,
        &object,
        "object",
        BuiltinKind::Method,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__hash__", object_hash),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__format__", object_format),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__dir__", object_dir),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    super::add_methods(
        vm,
        &object,
        "object",
        BuiltinKind::StaticMethod,
        &[("__new__", object_new)],
    );
    super::add_methods(
        vm,
        &object,
        "object",
        BuiltinKind::ClassMethod,
        &[
            ("__init_subclass__", object_init_subclass),
            ("__subclasshook__", object_subclasshook),
        ],
    );
    let type_ = vm.types.type_.clone();
    super::add_methods(
        vm,
        &type_,
        "type",
        BuiltinKind::StaticMethod,
        &[("__new__", type_new_fn)],
    );
    super::add_methods(
        vm,
        &type_,
        "type",
        BuiltinKind::Method,
        &[
            ("__init__", type_init),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__repr__", type_repr),
            ("__call__", type_call),
        ],
    );
    super::add_methods(
        vm,
        &type_,
        "type",
        BuiltinKind::ClassMethod,
        &[("__prepare__", type_prepare)],
    );
    let prop = vm.types.property.clone();
    super::add_methods(
        vm,
        &prop,
        "property",
        BuiltinKind::StaticMethod,
        &[("__new__", property_new)],
    );
    super::add_methods(
        vm,
        &prop,
        "property",
        BuiltinKind::Method,
        &[
            ("getter", property_getter),
            ("__set_name__", property_set_name),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    let sm = vm.types.staticmethod.clone();
    super::add_methods(
        vm,
        &sm,
        "staticmethod",
        BuiltinKind::StaticMethod,
        &[("__new__", staticmethod_new)],
    );
    super::add_methods(
        vm,
        &sm,
        "staticmethod",
        BuiltinKind::Method,
        &[("__get__", staticmethod_get)],
    );
    let cm = vm.types.classmethod.clone();
    super::add_methods(
        vm,
        &cm,
        "classmethod",
        BuiltinKind::StaticMethod,
        &[("__new__", classmethod_new)],
    );
    super::add_methods(
        vm,
        &cm,
        "classmethod",
        BuiltinKind::Method,
        &[("__get__", classmethod_get)],
    );
    let sup = vm.types.super_.clone();
    super::add_methods(
        vm,
        &sup,
        "super",
        BuiltinKind::StaticMethod,
        &[("__new__", super_new)],
    );
    let b = vm.builtins.clone();
    b.set_str_text(
        "__build_class__",
        super::func("__build_class__", build_class),
    );
}

fn self_arg<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("descriptor '{}' needs an argument", name))),
    }
}

// ---------------------------------------------------------------- object

fn object_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
    };
    let kwv: KwVec = kw.to_vec();
    // Extra arguments are an error only when __init__ is not overridden.
    if args.len() > 1 || !kw.is_empty() {
        let init_name = vm.names.init.clone();
        let init_is_object =
            matches!(cls.lookup(&init_name), Some(Value::Builtin(b)) if b.owner == Some("object"));
        let new_name = vm.names.new.clone();
        let new_is_object =
            matches!(cls.lookup(&new_name), Some(Value::Builtin(b)) if b.owner == Some("object"));
        if init_is_object || !new_is_object {
            {
                let n = cls.name();
                if init_is_object {
                    return Err(vm.type_error(format!("{}() takes no arguments", n.as_str())));
                }
            }
        }
    }
    vm.object_new(&cls, &args[1..], &kwv)
}

fn object_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let obj = self_arg(vm, args, "__init__")?.clone();
        let cls = vm.type_of(&obj);
        let init_name = vm.names.init.clone();
        let new_name = vm.names.new.clone();
        let init_overridden =
            !matches!(cls.lookup(&init_name), Some(Value::Builtin(b)) if b.owner == Some("object"));
        let new_overridden =
            !matches!(cls.lookup(&new_name), Some(Value::Builtin(b)) if b.owner == Some("object"));
        if init_overridden || !new_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = self_arg(vm, args, "__repr__")?.clone();
    Ok(Value::string(vm.default_repr(&obj)))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = self_arg(vm, args, "__str__")?.clone();
    vm.repr(&obj).map(Value::Str)
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = self_arg(vm, args, "__hash__")?;
    Ok(Value::Int(obj.id() >> 4))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__eq__", args, 2, 2)?;
    if args[0].is(&args[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(Value::NotImplemented)
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__ne__", args, 2, 2)?;
    let eq_name = vm.names.eq.clone();
    let r = vm.call_special(&args[0], &eq_name, &[args[1].clone()])?;
    match r {
        Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
        Some(v) => {
            let t = vm.is_true(&v)?;
            Ok(Value::Bool(!t))
        }
    }
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__format__", args, 2, 2)?;
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => vm.to_str(&args[0]).map(Value::Str),
        Value::Str(_) => {
            let tn = vm.type_name(&args[0]);
            Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                tn
            )))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("__format__() argument must be str, not {}", tn)))
        }
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__setattr__", args, 3, 3)?;
    let name = args::str_arg(vm, &args[1], "attribute name")?;
    let name = vm.intern(name.as_str());
    match &args[0] {
        Value::Instance(inst) => {
            // Data descriptors still apply; only the instance-level hook is skipped.
            let cls = inst.class();
            vm.instance_setattr(&args[0], inst, &cls, &name, args[2].clone())?;
            Ok(Value::None)
        }
        // The plain store a metaclass's __setattr__ falls back to.
        Value::Class(c) if !c.builtin => {
            vm.class_store(c, &name, args[2].clone())?;
            Ok(Value::None)
        }
        other => {
            let o = other.clone();
            vm.set_attr(&o, &name, args[2].clone())?;
            Ok(Value::None)
        }
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__delattr__", args, 2, 2)?;
    let name = args::str_arg(vm, &args[1], "attribute name")?;
    let name = vm.intern(name.as_str());
    match &args[0] {
        Value::Instance(inst) => {
            let cls = inst.class();
            vm.instance_delattr(&args[0], inst, &cls, &name)?;
            Ok(Value::None)
        }
        other => {
            let o = other.clone();
            vm.del_attr(&o, &name)?;
            Ok(Value::None)
        }
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__getattribute__", args, 2, 2)?;
    let name = args::str_arg(vm, &args[1], "attribute name")?;
    let name = vm.intern(name.as_str());
    let o = args[0].clone();
    // The generic lookup, never the class's own __getattribute__ again.
    if let Value::Instance(inst) = &o {
        return match vm.instance_getattr(&o, inst, inst.class(), &name, false)? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(&o, &name)),
        };
    }
    vm.get_attr(&o, &name)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = self_arg(vm, args, "__dir__")?.clone();
    let names = vm.dir_names(&obj);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_reduce_ex(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle objects"))
}

/// `object.__init_subclass__`: class keywords nobody took end here.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Class(c)) => c.name().as_str().to_string(),
        _ => "object".to_string(),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            name,
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

// ---------------------------------------------------------------- type

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    let a: ArgVec = args[1..].iter().cloned().collect();
    // Bypass any metaclass __call__ (this *is* type.__call__).
    let meta = c.metaclass.borrow_mut().take();
    let r = vm.call_with(Value::Class(c.clone()), a, kw.to_vec());
    *c.metaclass.borrow_mut() = meta;
    r
}

fn type_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let obj = self_arg(vm, args, "__repr__")?.clone();
    Ok(Value::string(vm.default_repr(&obj)))
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.full_mro().into_iter().map(Value::Class).collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let subs: Vec<Value> = c
                .subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade().map(Value::Class))
                .collect();
            Ok(Value::list(subs))
        }
        _ => Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")),
    }
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__instancecheck__", args, 2, 2)?;
    match &args[0] {
        Value::Class(c) => {
            let t = vm.type_of(&args[1]);
            Ok(Value::Bool(t.is_subclass(c)))
        }
        _ => Ok(Value::Bool(false)),
    }
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__subclasscheck__", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Class(c), Value::Class(d)) => Ok(Value::Bool(d.is_subclass(c))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(DictObj::new())))
}

/// `type(name, bases, dict)` / `type.__new__(meta, name, bases, dict)`.
/// The metaclass a class with these bases gets, starting from `meta`.
fn most_derived_meta(vm: &mut Vm, meta: Rc<ClassObj>, bases: &[Value]) -> PyResult<Rc<ClassObj>> {
    let mut winner = meta;
    for b in bases {
        let mt = vm.type_of(b);
        if mt.is_subclass(&winner) {
            winner = mt;
        } else if !winner.is_subclass(&mt) {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    Ok(winner)
}

fn type_new_fn(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let meta = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("type.__new__(X): X is not a type object")),
    };
    if args.len() == 2 && kw.is_empty() {
        return Ok(Value::Class(vm.type_of(&args[1])));
    }
    if args.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = args::str_arg(vm, &args[1], "type.__new__() argument 1")?;
    let bases = match &args[2] {
        Value::Tuple(t) => t.as_slice().to_vec(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                tn
            )));
        }
    };
    let base_dict = match &args[3] {
        Value::Instance(i) => match i.base.borrow().as_ref() {
            Some(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    };
    let ns = match &args[3] {
        Value::Dict(d) => d.clone(),
        // A dict subclass (a __prepare__ namespace): the class gets a copy.
        _ if base_dict.is_some() => {
            let d = base_dict.expect("checked");
            let t = d.borrow().clone();
            Rc::new(DictObj::from_table(t))
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                tn
            )));
        }
    };
    // A base's more derived metaclass takes over, through its own __new__
    // when it has one.
    let winner = most_derived_meta(vm, meta.clone(), &bases)?;
    if !Rc::ptr_eq(&winner, &meta) {
        let new_name = vm.names.new.clone();
        if let Some(f) = winner.lookup(&new_name) {
            let is_type_new = matches!(&f, Value::Builtin(b) if b.owner == Some("type"));
            if !is_type_new {
                let mut a = ArgVec::new();
                a.push(Value::Class(winner.clone()));
                a.extend(args[1..].iter().cloned());
                return vm.call_with(f, a, kw.to_vec());
            }
        }
    }
    let cls = vm.make_class(&winner, name, bases, &ns, kw)?;
    Ok(Value::Class(cls))
}

impl Vm {
    /// Create a class object (the work of `type.__new__`).
    pub fn make_class(
        &mut self,
        meta: &Rc<ClassObj>,
        name: Rc<StrObj>,
        bases: Vec<Value>,
        ns: &Rc<DictObj>,
        kw: KwArgs,
    ) -> PyResult<Rc<ClassObj>> {
        let mut base_classes: Vec<Rc<ClassObj>> = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => {
                    if c.builtin && c.layout == Layout::Other {
                        let name = match c.dict.get_str_text("__module__") {
                            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                                format!("{}.{}", m.as_str(), c.name().as_str())
                            }
                            _ => c.name().as_str().to_string(),
                        };
                        return Err(self.type_error(format!(
                            "type '{}' is not an acceptable base type",
                            name
                        )));
                    }
                    if c.layout == Layout::Bool {
                        return Err(self.type_error("type 'bool' is not an acceptable base type"));
                    }
                    base_classes.push(c.clone())
                }
                other => {
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!("bases must be types, not {}", tn)));
                }
            }
        }
        for (i, b) in base_classes.iter().enumerate() {
            if base_classes[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                return Err(self.type_error(format!("duplicate base class {}", b.name().as_str())));
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        // The instance layout comes from the built-in base, if any.
        let mut layout = Layout::Object;
        for b in &base_classes {
            if b.layout != Layout::Object {
                if layout != Layout::Object && layout != b.layout {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = b.layout;
            }
        }
        let dict = Rc::new(DictObj::from_table(ns.borrow().clone()));
        let classcell = dict.del_str(&self.names.classcell);
        // __eq__ without __hash__ makes instances unhashable.
        if dict.get_str(&self.names.eq).is_some() && dict.get_str(&self.names.hash).is_none() {
            dict.set_str(self.names.hash.clone(), Value::None);
        }
        // __new__ is implicitly static; __init_subclass__ and
        // __class_getitem__ implicitly class methods.
        for (n, wrap_static) in [
            (self.names.new.clone(), true),
            (self.names.init_subclass.clone(), false),
            (self.names.class_getitem.clone(), false),
        ] {
            if let Some(f @ Value::Function(_)) = dict.get_str(&n) {
                let data = if wrap_static {
                    NativeData::StaticMethod(f)
                } else {
                    NativeData::ClassMethod(f)
                };
                let cls = if wrap_static {
                    self.types.staticmethod.clone()
                } else {
                    self.types.classmethod.clone()
                };
                dict.set_str(
                    n,
                    Value::Native(Rc::new(NativeObj {
                        gc: Default::default(),
                        class: cls,
                        data,
                        dict: None,
                    })),
                );
            }
        }
        if dict.get_str(&self.names.module).is_none() {
            let module = self
                .frames
                .last()
                .and_then(|f| f.globals.get_str(&self.names.name))
                .unwrap_or(Value::str("builtins"));
            dict.set_str(self.names.module.clone(), module);
        }
        let slot_plan = self.plan_slots(&dict, &base_classes, layout)?;
        let qualname = match dict.del_str(&self.names.qualname) {
            Some(Value::Str(q)) => q,
            _ => name.clone(),
        };
        if dict.get_str(&self.names.doc).is_none() {
            dict.set_str(self.names.doc.clone(), Value::None);
        }
        let cls = match new_class(name, base_classes.clone(), dict.clone(), layout, false) {
            Ok(c) => c,
            Err(msg) => return Err(self.type_error(msg)),
        };
        *cls.qualname.borrow_mut() = qualname;
        if let Some(plan) = slot_plan {
            self.apply_slots(&cls, plan);
        }
        if !Rc::ptr_eq(meta, &self.types.type_) {
            *cls.metaclass.borrow_mut() = Some(meta.clone());
        } else {
            // Inherit a base's metaclass.
            for b in &base_classes {
                if let Some(m) = b.metaclass.borrow().clone() {
                    *cls.metaclass.borrow_mut() = Some(m);
                    break;
                }
            }
        }
        for b in &base_classes {
            b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
        if let Some(Value::Cell(c)) = classcell {
            *c.value.borrow_mut() = Some(Value::Class(cls.clone()));
        }
        // __set_name__ on descriptors.
        // A snapshot: a `__set_name__` may change the class namespace.
        let set_name = self.names.set_name.clone();
        let entries = dict.borrow().items();
        for (k, v) in entries {
            let vcls = self.type_of(&v);
            if let Some(f) = vcls.lookup(&set_name) {
                let bound = self.bind_attr(f, v.clone(), &vcls)?;
                self.call_value(bound, &[Value::Class(cls.clone()), k])?;
            }
        }
        // The parent's __init_subclass__.
        let isc = self.names.init_subclass.clone();
        let parent_mro: Vec<Rc<ClassObj>> = cls.mro.borrow().clone();
        for p in parent_mro {
            if let Some(f) = p.dict.get_str(&isc) {
                let bound = self.bind_attr(f, Value::Class(cls.clone()), &cls)?;
                self.call_with(bound, ArgVec::new(), kw.to_vec())?;
                break;
            }
        }
        Ok(cls)
    }

    /// Attribute names of an object, as `dir()` lists them.
    pub fn dir_names(&mut self, obj: &Value) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let add = |d: &DictObj, names: &mut Vec<String>| {
            for k in d.borrow().keys() {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_string());
                }
            }
        };
        match obj {
            Value::Instance(i) => {
                if let Some(d) = &i.dict {
                    add(d, &mut names);
                }
            }
            Value::Module(m) => add(&m.dict, &mut names),
            Value::Class(_) => {}
            Value::Exception(e) => {
                if let Some(d) = e.dict.borrow().as_ref() {
                    add(d, &mut names);
                }
            }
            _ => {}
        }
        if !matches!(obj, Value::Module(_)) {
            let cls = match obj {
                Value::Class(c) => c.clone(),
                _ => self.type_of(obj),
            };
            for c in cls.full_mro() {
                add(&c.dict, &mut names);
            }
        }
        names.sort();
        names.dedup();
        names
    }
}

/// `__build_class__(func, name, *bases, metaclass=..., **kw)`.
fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = match &args[0] {
        Value::Function(f) => f.clone(),
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let name = args::str_arg(vm, &args[1], "__build_class__: name")?;
    let mut bases: Vec<Value> = Vec::new();
    let mut replaced = false;
    for b in &args[2..] {
        // __mro_entries__ lets non-classes stand in as bases.
        if !matches!(b, Value::Class(_)) {
            let me = vm.names.mro_entries.clone();
            // Looked up on the object itself, as CPython does (typing's
            // NamedTuple is a function carrying `__mro_entries__`).
            if let Some(f) = vm.get_attr_opt(b, &me)? {
                let r = vm.call_value(f, &[Value::tuple(args[2..].to_vec())])?;
                bases.extend(vm.iterate(&r)?);
                replaced = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut rest: KwVec = Vec::new();
    for (k, v) in kw {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    // The most derived metaclass among the given one and the bases'.
    let meta = match meta {
        Some(Value::Class(m)) => Value::Class(most_derived_meta(vm, m, &bases)?),
        Some(m) => m,
        None => {
            let t = vm.types.type_.clone();
            Value::Class(most_derived_meta(vm, t, &bases)?)
        }
    };
    let bases_tuple = Value::tuple(bases.clone());
    // The namespace, from __prepare__ when the metaclass has one.
    let prepare = vm.names.prepare.clone();
    let ns = match &meta {
        Value::Class(m) if !Rc::ptr_eq(m, &vm.types.type_) => match m.lookup(&prepare) {
            Some(p) => {
                let p = vm.bind_attr(p, meta.clone(), m)?;
                let mut a = ArgVec::new();
                a.push(Value::Str(name.clone()));
                a.push(bases_tuple.clone());
                let r = vm.call_with(p, a, rest.clone())?;
                match r {
                    Value::Dict(d) => (d, None),
                    other => {
                        let getitem = vm.intern("__getitem__");
                        if !vm.has_attr(&other, &getitem)? {
                            let mn = match &meta {
                                Value::Class(c) => c.name().as_str().to_string(),
                                _ => "type".to_string(),
                            };
                            let tn = vm.type_name(&other);
                            return Err(vm.type_error(format!(
                                "{}.__prepare__() must return a mapping, not {}",
                                mn, tn
                            )));
                        }
                        (Rc::new(DictObj::new()), Some(other))
                    }
                }
            }
            None => (Rc::new(DictObj::new()), None),
        },
        _ => (Rc::new(DictObj::new()), None),
    };
    let (ns, mapping) = ns;
    // Run the class body with the namespace as its locals; a mapping that
    // is not a dict receives the body's names itself.
    let code = func.code.clone();
    let mut frame = vm.new_frame(code, func.globals.clone(), Some(ns.clone()), Resume::Native);
    if !func.code.cell_slots.is_empty() || !func.code.free_slots.is_empty() {
        crate::vm::call::setup_cells(&mut frame, &func);
    }
    if let Some(m) = &mapping {
        vm.custom_namespaces
            .push((Rc::as_ptr(&ns) as usize, m.clone()));
    }
    vm.frames.push(frame);
    let ran = vm.run_pushed();
    if mapping.is_some() {
        let key = Rc::as_ptr(&ns) as usize;
        if let Some(i) = vm.custom_namespaces.iter().rposition(|(k, _)| *k == key) {
            vm.custom_namespaces.remove(i);
        }
    }
    ran?;
    let orig = Value::tuple(args[2..].to_vec());
    let ns_value = match &mapping {
        Some(m) => {
            if replaced {
                vm.call_method(m, "__setitem__", &[Value::str("__orig_bases__"), orig])?;
            }
            m.clone()
        }
        None => {
            if replaced {
                // typing.Generic reads the bases as written (`Box[T]`) from here.
                ns.set_str_text("__orig_bases__", orig);
            }
            Value::Dict(ns)
        }
    };
    let mut a = ArgVec::new();
    a.push(Value::Str(name));
    a.push(bases_tuple);
    a.push(ns_value);
    vm.call_with(meta, a, rest)
}

// ---------------------------------------------------------------- super

fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // args[0] is the `super` class itself.
    let (this_class, obj) = match args.len() {
        1 => {
            // Zero-argument form: the caller's first argument and __class__ cell.
            let Some(frame) = vm.frames.last() else {
                return Err(vm.runtime_error("super(): no current frame"));
            };
            let code = frame.code.clone();
            if code.argcount == 0 && code.flags & crate::bytecode::FLAG_VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let first = match &frame.locals.first() {
                Some(Value::Cell(c)) if code.cell_slots.contains(&0) => {
                    c.value.borrow().clone().unwrap_or(Value::Null)
                }
                Some(v) => (*v).clone(),
                None => Value::Null,
            };
            if matches!(first, Value::Null) {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            let slot = code.varnames.iter().position(|n| n.as_str() == "__class__");
            let cls = match slot.and_then(|s| frame.locals.get(s)) {
                Some(Value::Cell(c)) => c.value.borrow().clone(),
                _ => None,
            };
            match cls {
                Some(Value::Class(c)) => (c, first),
                Some(_) => return Err(vm.runtime_error("super(): __class__ is not a type")),
                None => return Err(vm.runtime_error("super(): __class__ cell not found")),
            }
        }
        2 | 3 => {
            let c = match &args[1] {
                Value::Class(c) => c.clone(),
                other => {
                    let tn = vm.type_name(other);
                    return Err(
                        vm.type_error(format!("super() argument 1 must be a type, not {}", tn))
                    );
                }
            };
            (c, args.get(2).cloned().unwrap_or(Value::None))
        }
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let obj_type = match &obj {
        Value::Class(c) if c.is_subclass(&this_class) => c.clone(),
        Value::None if args.len() == 2 => this_class.clone(),
        other => {
            let t = vm.type_of(other);
            if !t.is_subclass(&this_class) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    let cls = vm.types.super_.clone();
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Super {
            this_class,
            obj,
            obj_type,
        },
        dict: None,
    })))
}

impl Vm {
    /// Attribute lookup through a `super` object.
    pub fn super_getattr(
        &mut self,
        this_class: &Rc<ClassObj>,
        obj: &Value,
        obj_type: &Rc<ClassObj>,
        name: &Rc<StrObj>,
    ) -> PyResult<Option<Value>> {
        let mro = obj_type.full_mro();
        let start = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, this_class))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for c in &mro[start..] {
            if let Some(a) = c.dict.get_str(name) {
                let bound = match (&a, obj) {
                    // super() in a classmethod or with a class argument.
                    (Value::Function(_), Value::Class(_)) => a,
                    _ => self.bind_attr(a, obj.clone(), obj_type)?,
                };
                return Ok(Some(bound));
            }
        }
        Ok(None)
    }
}

// ---------------------------------------------------------------- property

fn native(vm: &Vm, cls: Rc<ClassObj>, data: NativeData) -> Value {
    let _ = vm;
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data,
        dict: None,
    }))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let get =
        |i: usize, name: &str| args::arg_or_kw(&args[1..], i, kw, name).unwrap_or(Value::None);
    let (fget, fset, fdel, doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    let doc = if doc.is_none() {
        match &fget {
            Value::Function(f) => f
                .dict
                .borrow()
                .as_ref()
                .and_then(|d| d.get_str_text("__doc__"))
                .or_else(|| {
                    if f.code.flags & crate::bytecode::FLAG_HAS_DOC != 0 {
                        f.code.consts.first().cloned()
                    } else {
                        None
                    }
                })
                .unwrap_or(Value::None),
            _ => Value::None,
        }
    } else {
        doc
    };
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.types.property.clone(),
    };
    Ok(native(
        vm,
        cls,
        NativeData::Property {
            fget,
            fset,
            fdel,
            doc,
            name: Default::default(),
        },
    ))
}

fn property_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    if let Value::Native(n) = v {
        if let NativeData::Property {
            fget,
            fset,
            fdel,
            doc,
            ..
        } = &n.data
        {
            return Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone()));
        }
    }
    Err(vm.type_error("descriptor requires a 'property' object"))
}

fn property_name_of(v: &Value) -> Option<Rc<StrObj>> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::Property { name, .. } => name.borrow().clone(),
            _ => None,
        },
        _ => None,
    }
}

fn property_set_name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__set_name__", args, 3, 3)?;
    if let (Value::Native(n), Value::Str(s)) = (&args[0], &args[2]) {
        if let NativeData::Property { name, .. } = &n.data {
            *name.borrow_mut() = Some(s.clone());
        }
    }
    Ok(Value::None)
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "getter", args, 2, 2)?;
    let (_, s, d, doc) = property_parts(vm, &args[0])?;
    let cls = vm.type_of(&args[0]);
    Ok(native(
        vm,
        cls,
        NativeData::Property {
            fget: args[1].clone(),
            fset: s,
            fdel: d,
            doc,
            name: std::cell::RefCell::new(property_name_of(&args[0])),
        },
    ))
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "setter", args, 2, 2)?;
    let (g, _, d, doc) = property_parts(vm, &args[0])?;
    let cls = vm.type_of(&args[0]);
    Ok(native(
        vm,
        cls,
        NativeData::Property {
            fget: g,
            fset: args[1].clone(),
            fdel: d,
            doc,
            name: std::cell::RefCell::new(property_name_of(&args[0])),
        },
    ))
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "deleter", args, 2, 2)?;
    let (g, s, _, doc) = property_parts(vm, &args[0])?;
    let cls = vm.type_of(&args[0]);
    Ok(native(
        vm,
        cls,
        NativeData::Property {
            fget: g,
            fset: s,
            fdel: args[1].clone(),
            doc,
            name: std::cell::RefCell::new(property_name_of(&args[0])),
        },
    ))
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0].clone());
    }
    let (g, ..) = property_parts(vm, &args[0])?;
    if g.is_none() {
        return Err(vm.attribute_error("property has no getter"));
    }
    vm.call_value(g, &[args[1].clone()])
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__set__", args, 3, 3)?;
    let (_, s, ..) = property_parts(vm, &args[0])?;
    if s.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call_value(s, &[args[1].clone(), args[2].clone()])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__delete__", args, 2, 2)?;
    let (_, _, d, _) = property_parts(vm, &args[0])?;
    if d.is_none() {
        return Err(vm.attribute_error("can't delete attribute"));
    }
    vm.call_value(d, &[args[1].clone()])?;
    Ok(Value::None)
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "staticmethod", args, 2, 2)?;
    let cls = vm.types.staticmethod.clone();
    Ok(native(vm, cls, NativeData::StaticMethod(args[1].clone())))
}

fn staticmethod_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Native(n)) => match &n.data {
            NativeData::StaticMethod(f) => Ok(f.clone()),
            _ => Err(vm.type_error("descriptor requires a 'staticmethod' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'staticmethod' object")),
    }
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "classmethod", args, 2, 2)?;
    let cls = vm.types.classmethod.clone();
    Ok(native(vm, cls, NativeData::ClassMethod(args[1].clone())))
}

fn classmethod_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "__get__", args, 2, 3)?;
    match &args[0] {
        Value::Native(n) => match &n.data {
            NativeData::ClassMethod(f) => {
                let owner = match args.get(2) {
                    Some(c @ Value::Class(_)) => c.clone(),
                    _ => Value::Class(vm.type_of(&args[1])),
                };
                Ok(Value::BoundMethod(Rc::new(
                    crate::objects::BoundMethodObj {
                        gc: Default::default(),
                        self_: owner,
                        func: f.clone(),
                    },
                )))
            }
            _ => Err(vm.type_error("descriptor requires a 'classmethod' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'classmethod' object")),
    }
}
