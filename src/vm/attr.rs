//! Attribute access: `obj.name` lookup with descriptors, binding of
//! methods, `__getattr__`, and attribute assignment and deletion.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::function::BuiltinKind;
use crate::objects::generator::GenKind;
use crate::objects::{BoundMethodObj, ClassObj, NativeData, StrObj, Value};

impl Vm {
    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> Rc<ClassObj> {
        let t = &self.types;
        match v {
            Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => match &*c.metaclass.borrow() {
                Some(m) => m.clone(),
                None => t.type_.clone(),
            },
            Value::Instance(i) => i.class(),
            Value::Exception(e) => e.class(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iter(it) => self.iterator_class(it.type_name()),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Native(n) => n.class.clone(),
            Value::Null => t.null.clone(),
        }
    }

    /// The class object for a built-in iterator kind, made on first use.
    pub fn iterator_class(&self, name: &'static str) -> Rc<ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get(name) {
            return c.clone();
        }
        let c = match crate::objects::class::new_class(
            Rc::new(StrObj::new(name)),
            vec![self.types.object.clone()],
            self.builtin_iterator_dict(),
            crate::objects::class::Layout::Other,
            true,
        ) {
            Ok(c) => c,
            Err(_) => self.types.object.clone(),
        };
        self.types.iterators.borrow_mut().insert(name, c.clone());
        c
    }

    /// The name of a value's type, as error messages show it.
    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name().as_str().to_string()
    }

    /// Bind an attribute found on a class to the instance it was looked
    /// up through (functions become bound methods, descriptors run).
    pub fn bind_attr(&mut self, attr: Value, obj: Value, cls: &Rc<ClassObj>) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(crate::objects::function::bound_method(BoundMethodObj {
                gc: Default::default(),
                self_: obj,
                func: attr,
            })),
            Value::Builtin(b) => match b.kind {
                BuiltinKind::Method => Ok(crate::objects::function::bound_method(BoundMethodObj {
                    gc: Default::default(),
                    self_: obj,
                    func: attr.clone(),
                })),
                BuiltinKind::ClassMethod => {
                    Ok(crate::objects::function::bound_method(BoundMethodObj {
                        gc: Default::default(),
                        self_: Value::Class(cls.clone()),
                        func: attr.clone(),
                    }))
                }
                _ => Ok(attr.clone()),
            },
            Value::Native(n) => match &n.data {
                NativeData::StaticMethod(f) => Ok(f.clone()),
                NativeData::ClassMethod(f) => {
                    Ok(crate::objects::function::bound_method(BoundMethodObj {
                        gc: Default::default(),
                        self_: Value::Class(cls.clone()),
                        func: f.clone(),
                    }))
                }
                NativeData::Property { fget, .. } => {
                    if fget.is_none() {
                        let what = self.property_label(&attr);
                        let tn = self.type_name(&obj);
                        return Err(self.attribute_error(format!(
                            "{} of '{}' object has no getter",
                            what, tn
                        )));
                    }
                    let g = fget.clone();
                    self.call_value(g, &[obj])
                }
                NativeData::Member { .. } => match super::member::member_of(&attr) {
                    Some(m) => {
                        self.member_check(&m, &obj)?;
                        self.member_get(&m, &obj)
                    }
                    None => Ok(attr.clone()),
                },
                _ => self.user_descriptor_get(attr.clone(), obj, cls),
            },
            Value::Instance(_) => self.user_descriptor_get(attr.clone(), obj, cls),
            _ => Ok(attr.clone()),
        }
    }

    /// A user object found on a class: call its `__get__` if it has one.
    fn user_descriptor_get(
        &mut self,
        attr: Value,
        obj: Value,
        cls: &Rc<ClassObj>,
    ) -> PyResult<Value> {
        let acls = self.type_of(&attr);
        let get = self.names.get.clone();
        match acls.lookup(&get) {
            Some(g) => self.call_value(g, &[attr, obj, Value::Class(cls.clone())]),
            None => Ok(attr),
        }
    }

    /// Whether a class attribute is a data descriptor (takes precedence over
    /// the instance dict).
    fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Native(n) => match &n.data {
                NativeData::Property { .. } | NativeData::Member { .. } => true,
                NativeData::StaticMethod(_) | NativeData::ClassMethod(_) => false,
                _ => {
                    n.class.lookup(&self.names.set).is_some()
                        || n.class.lookup(&self.names.delete).is_some()
                }
            },
            Value::Instance(i) => {
                let c = i.class();
                c.lookup(&self.names.set).is_some() || c.lookup(&self.names.delete).is_some()
            }
            _ => false,
        }
    }

    /// `obj.name`, or None when absent (no AttributeError is made).
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.custom_getattribute.get() {
                    return self.call_getattribute(obj, &cls, name);
                }
                self.instance_getattr(obj, inst, cls, name, true)
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_str(name) {
                    return Ok(Some(v));
                }
                if Rc::ptr_eq(name, &self.names.dict) {
                    return Ok(Some(Value::Dict(m.dict.clone())));
                }
                if Rc::ptr_eq(name, &self.names.class) {
                    return Ok(Some(Value::Class(self.types.module.clone())));
                }
                // PEP 562: a module-level __getattr__.
                if let Some(hook) = m.dict.get_str(&self.names.getattr) {
                    let r = self.call_value(hook, &[Value::Str(name.clone())]);
                    return match r {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.is_instance(&self.types.attribute_error.clone()) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
            _ => {
                if let Some(v) = self.builtin_attr(obj, name)? {
                    return Ok(Some(v));
                }
                let cls = self.type_of(obj);
                if let Some(a) = cls.lookup(name) {
                    return self.bind_attr(a, obj.clone(), &cls).map(Some);
                }
                if Rc::ptr_eq(name, &self.names.class) {
                    return Ok(Some(Value::Class(cls)));
                }
                if let Value::Exception(e) = obj {
                    if let Some(d) = e.dict.borrow().as_ref() {
                        if let Some(v) = d.get_str(name) {
                            return Ok(Some(v));
                        }
                    }
                    return self.getattr_hook(obj, &cls, name);
                }
                if let Value::Function(f) = obj {
                    if let Some(d) = f.dict.borrow().as_ref() {
                        if let Some(v) = d.get_str(name) {
                            return Ok(Some(v));
                        }
                    }
                }
                if let Value::Native(n) = obj {
                    if let Some(d) = &n.dict {
                        if let Some(v) = d.get_str(name) {
                            return Ok(Some(v));
                        }
                    }
                    return self.getattr_hook(obj, &cls, name);
                }
                Ok(None)
            }
        }
    }

    /// `__getattr__` fallback on user classes.
    /// `object.__getattribute__` for instances: data descriptors, the
    /// instance dict, then class attributes; `__getattr__` last when
    /// `with_hook`.
    pub fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &crate::objects::InstanceObj,
        cls: Rc<ClassObj>,
        name: &Rc<StrObj>,
        with_hook: bool,
    ) -> PyResult<Option<Value>> {
        let cls_attr = cls.lookup(name);
        if let Some(a) = &cls_attr {
            if self.is_data_descriptor(a) {
                return self.bind_attr(a.clone(), obj.clone(), &cls).map(Some);
            }
        }
        if let Some(d) = &inst.dict {
            if let Some(v) = d.get_str(name) {
                return Ok(Some(v));
            }
            if Rc::ptr_eq(name, &self.names.dict) {
                return Ok(Some(Value::Dict(d.clone())));
            }
        }
        if Rc::ptr_eq(name, &self.names.class) {
            return Ok(Some(Value::Class(cls)));
        }
        if let Some(a) = cls_attr {
            return self.bind_attr(a, obj.clone(), &cls).map(Some);
        }
        if !with_hook {
            return Ok(None);
        }
        self.getattr_hook(obj, &cls, name)
    }

    /// Attribute access through a class's own `__getattribute__`, falling
    /// back to `__getattr__` on AttributeError.
    #[cold]
    fn call_getattribute(
        &mut self,
        obj: &Value,
        cls: &Rc<ClassObj>,
        name: &Rc<StrObj>,
    ) -> PyResult<Option<Value>> {
        let ga_name = self.names.getattribute.clone();
        let Some(ga) = cls.lookup(&ga_name) else {
            return Ok(None);
        };
        let r = match ga {
            Value::Function(_) => self.call_value(ga, &[obj.clone(), Value::Str(name.clone())]),
            other => {
                let b = self.bind_attr(other, obj.clone(), cls)?;
                self.call_value(b, &[Value::Str(name.clone())])
            }
        };
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&self.types.attribute_error.clone()) => {
                let hook_name = self.names.getattr.clone();
                if cls.lookup(&hook_name).is_some() {
                    return self.getattr_hook(obj, cls, name);
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    fn getattr_hook(
        &mut self,
        obj: &Value,
        cls: &Rc<ClassObj>,
        name: &Rc<StrObj>,
    ) -> PyResult<Option<Value>> {
        let hook_name = self.names.getattr.clone();
        if let Some(hook) = cls.lookup(&hook_name) {
            let r = match hook {
                Value::Function(_) => {
                    self.call_value(hook, &[obj.clone(), Value::Str(name.clone())])
                }
                other => {
                    let b = self.bind_attr(other, obj.clone(), cls)?;
                    self.call_value(b, &[Value::Str(name.clone())])
                }
            };
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    fn class_getattr(&mut self, c: &Rc<ClassObj>, name: &Rc<StrObj>) -> PyResult<Option<Value>> {
        if let Some((a, _owner)) = c.lookup_with_owner(name) {
            let v = match &a {
                Value::Native(n) => match &n.data {
                    NativeData::StaticMethod(f) => f.clone(),
                    NativeData::ClassMethod(f) => {
                        crate::objects::function::bound_method(BoundMethodObj {
                            gc: Default::default(),
                            self_: Value::Class(c.clone()),
                            func: f.clone(),
                        })
                    }
                    NativeData::Property { .. } | NativeData::Member { .. } => a.clone(),
                    _ => {
                        let acls = n.class.clone();
                        match acls.lookup(&self.names.get) {
                            Some(g) => self.call_value(
                                g,
                                &[a.clone(), Value::None, Value::Class(c.clone())],
                            )?,
                            None => a.clone(),
                        }
                    }
                },
                Value::Builtin(b) if b.kind == BuiltinKind::ClassMethod => {
                    crate::objects::function::bound_method(BoundMethodObj {
                        gc: Default::default(),
                        self_: Value::Class(c.clone()),
                        func: a.clone(),
                    })
                }
                Value::Instance(i) => {
                    let acls = i.class();
                    match acls.lookup(&self.names.get) {
                        Some(g) => {
                            self.call_value(g, &[a.clone(), Value::None, Value::Class(c.clone())])?
                        }
                        None => a.clone(),
                    }
                }
                _ => a.clone(),
            };
            return Ok(Some(v));
        }
        if let Some(v) = self.class_special_attr(c, name)? {
            return Ok(Some(v));
        }
        // Then the metaclass (methods of `type` such as mro(), or a user
        // metaclass's methods bound to the class).
        let meta = c
            .metaclass
            .borrow()
            .clone()
            .unwrap_or_else(|| self.types.type_.clone());
        if let Some(a) = meta.lookup(name) {
            return self.bind_attr(a, Value::Class(c.clone()), &meta).map(Some);
        }
        if !meta.builtin {
            return self.getattr_hook(&Value::Class(c.clone()), &meta, name);
        }
        Ok(None)
    }

    /// `obj.name` with CPython's AttributeError when absent.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.get_attr(obj, &n)
    }

    #[cold]
    pub fn no_attribute(&mut self, obj: &Value, name: &Rc<StrObj>) -> super::PyErr {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{}'",
                c.name().as_str(),
                name.as_str()
            ),
            Value::Module(m) => format!(
                "module '{}' has no attribute '{}'",
                m.name.as_str(),
                name.as_str()
            ),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name.as_str()
            ),
        };
        let err = self.attribute_error(msg);
        let d = err.0.attr_dict();
        d.set_str_text("name", Value::Str(name.clone()));
        d.set_str_text("obj", obj.clone());
        err
    }

    /// Method lookup for a call: `(function, Some(self))` when the
    /// attribute is a plain method (no bound-method object is made), else
    /// `(attribute, None)`.
    pub fn load_method(
        &mut self,
        obj: Value,
        name: &Rc<StrObj>,
    ) -> PyResult<(Value, Option<Value>)> {
        match &obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.custom_getattribute.get() {
                    let v = self.get_attr(&obj, name)?;
                    return Ok((v, None));
                }
                if let Some(a) = cls.lookup(name) {
                    if let Value::Function(_) = a {
                        if inst
                            .dict
                            .as_ref()
                            .is_none_or(|d| d.is_empty() || d.get_str(name).is_none())
                        {
                            return Ok((a, Some(obj)));
                        }
                    }
                }
                let v = self.get_attr(&obj, name)?;
                Ok((v, None))
            }
            Value::Module(_) | Value::Class(_) => {
                let v = self.get_attr(&obj, name)?;
                Ok((v, None))
            }
            // `super()` resolves names past its own class, never through
            // the `super` type's dictionary.
            Value::Native(n) if matches!(n.data, NativeData::Super { .. }) => {
                let v = self.get_attr(&obj, name)?;
                Ok((v, None))
            }
            _ => {
                let cls = self.type_of(&obj);
                if let Some(a) = cls.lookup(name) {
                    if let Value::Builtin(b) = &a {
                        if b.kind == BuiltinKind::Method {
                            return Ok((a, Some(obj)));
                        }
                    }
                    if let Value::Function(_) = &a {
                        if !matches!(obj, Value::Exception(_)) {
                            return Ok((a, Some(obj)));
                        }
                    }
                }
                let v = self.get_attr(&obj, name)?;
                Ok((v, None))
            }
        }
    }

    /// `obj.name = value`.
    #[inline(never)]
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<StrObj>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                let hook_name = self.names.setattr.clone();
                if let Some(hook) = cls.lookup(&hook_name) {
                    if !matches!(&hook, Value::Builtin(b) if b.owner == Some("object")) {
                        self.call_value(hook, &[obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.instance_setattr(obj, inst, &cls, name, value)
            }
            Value::Class(c) => {
                // A metaclass's own __setattr__ (Enum guards its members).
                if let Some(meta) = c.metaclass.borrow().clone() {
                    let sname = self.intern("__setattr__");
                    if let Some(f @ Value::Function(_)) = meta.lookup(&sname) {
                        self.call_value(f, &[obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                if c.builtin {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        c.name().as_str()
                    )));
                }
                self.class_store(c, name, value)
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), value);
                Ok(())
            }
            Value::Exception(e) => {
                let cls = e.class();
                if let Some(a) = cls.lookup(name) {
                    if self.set_via_descriptor(&a, obj, value.clone())? {
                        return Ok(());
                    }
                }
                let what = match name.as_str() {
                    "__cause__" => "cause",
                    "__context__" => "context",
                    _ => "",
                };
                if !what.is_empty() && !matches!(value, Value::None | Value::Exception(_)) {
                    return Err(self.type_error(format!(
                        "exception {} must be None or derive from BaseException",
                        what
                    )));
                }
                match name.as_str() {
                    "__cause__" => {
                        *e.cause.borrow_mut() = value;
                        e.suppress_context.set(true);
                    }
                    "__context__" => *e.context.borrow_mut() = value,
                    "__suppress_context__" => e.suppress_context.set(self.is_true(&value)?),
                    "args" => {
                        let items = self.iterate(&value)?;
                        *e.args.borrow_mut() = Value::tuple(items);
                    }
                    "__traceback__" => {
                        if value.is_none() {
                            e.traceback.borrow_mut().clear();
                        }
                    }
                    _ => e.attr_dict().set_str(name.clone(), value),
                }
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = value {
                            *f.name.borrow_mut() = s;
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = value {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.as_slice().to_vec(),
                            _ => Vec::new(),
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match value {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    }
                    // functools.wraps copies the wrapped function's here.
                    "__annotations__" => match value {
                        Value::Dict(_) => *f.annotations.borrow_mut() = Some(value),
                        Value::None => *f.annotations.borrow_mut() = None,
                        _ => {
                            return Err(
                                self.type_error("__annotations__ must be set to a dict object")
                            )
                        }
                    },
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        d.get_or_insert_with(|| Rc::new(crate::objects::DictObj::new()))
                            .set_str(name.clone(), value);
                    }
                }
                Ok(())
            }
            Value::Native(n) => {
                if let Some(a) = n.class.lookup(name) {
                    if self.set_via_descriptor(&a, obj, value.clone())? {
                        return Ok(());
                    }
                }
                if let Some(d) = &n.dict {
                    d.set_str(name.clone(), value);
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    tn,
                    name.as_str()
                )))
            }
            Value::Generator(g) if matches!(name.as_str(), "__name__" | "__qualname__") => {
                match value {
                    Value::Str(s) => {
                        if name.as_str() == "__name__" {
                            g.name.set(s);
                        } else {
                            g.qualname.set(s);
                        }
                        Ok(())
                    }
                    _ => Err(self
                        .type_error(format!("{} must be set to a string object", name.as_str()))),
                }
            }
            _ => {
                let tn = self.type_name(obj);
                let found = self.type_of(obj).lookup(name);
                let has = found.is_some();
                if let Some(a) = found.as_ref().filter(|a| is_native_getter(a)) {
                    Err(self.attribute_error(not_writable(a, &tn)))
                } else if has {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        tn,
                        name.as_str()
                    )))
                } else if self.builtin_attr(obj, name)?.is_some() {
                    Err(self.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name.as_str(),
                        tn
                    )))
                } else {
                    Err(self.attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        tn,
                        name.as_str()
                    )))
                }
            }
        }
    }

    /// `object.__setattr__` for instances: a data descriptor, `__class__`,
    /// else the instance dict (an AttributeError without one).
    pub fn instance_setattr(
        &mut self,
        obj: &Value,
        inst: &crate::objects::InstanceObj,
        cls: &Rc<ClassObj>,
        name: &Rc<StrObj>,
        value: Value,
    ) -> PyResult<()> {
        if let Some(a) = cls.lookup(name) {
            if self.set_via_descriptor(&a, obj, value.clone())? {
                return Ok(());
            }
        }
        if Rc::ptr_eq(name, &self.names.class) {
            if let Value::Class(c) = value {
                self.check_class_layout(cls, &c)?;
                *inst.class.borrow_mut() = c;
                return Ok(());
            }
            return Err(self.type_error("__class__ must be set to a class"));
        }
        match &inst.dict {
            Some(d) => {
                d.set_str(name.clone(), value);
                Ok(())
            }
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `object.__delattr__` for instances: a data descriptor, else the
    /// instance dict.
    pub fn instance_delattr(
        &mut self,
        obj: &Value,
        inst: &crate::objects::InstanceObj,
        cls: &Rc<ClassObj>,
        name: &Rc<StrObj>,
    ) -> PyResult<()> {
        if let Some(a) = cls.lookup(name) {
            if let Value::Native(n) = &a {
                if let NativeData::Property { fdel, .. } = &n.data {
                    if fdel.is_none() {
                        let what = self.property_label(&a);
                        let tn = self.type_name(obj);
                        return Err(self.attribute_error(format!(
                            "{} of '{}' object has no deleter",
                            what, tn
                        )));
                    }
                    let f = fdel.clone();
                    self.call_value(f, std::slice::from_ref(obj))?;
                    return Ok(());
                }
            }
            if let Some(m) = super::member::member_of(&a) {
                self.member_check(&m, obj)?;
                return self.member_delete(&m, obj);
            }
            let acls = self.type_of(&a);
            let delete = self.names.delete.clone();
            if let Some(d) = acls.lookup(&delete) {
                self.call_value(d, &[a, obj.clone()])?;
                return Ok(());
            }
        }
        if inst.dict.as_ref().and_then(|d| d.del_str(name)).is_none() {
            return Err(self.no_attribute(obj, name));
        }
        Ok(())
    }

    /// Assignment through a data descriptor; false when `attr` is not one.
    fn set_via_descriptor(&mut self, attr: &Value, obj: &Value, value: Value) -> PyResult<bool> {
        match attr {
            Value::Native(n) => match &n.data {
                NativeData::Property { fset, .. } => {
                    if fset.is_none() && is_native_getter(attr) {
                        let tn = self.type_name(obj);
                        return Err(self.attribute_error(not_writable(attr, &tn)));
                    }
                    if fset.is_none() {
                        let what = self.property_label(attr);
                        let tn = self.type_name(obj);
                        return Err(self.attribute_error(format!(
                            "{} of '{}' object has no setter",
                            what, tn
                        )));
                    }
                    let f = fset.clone();
                    self.call_value(f, &[obj.clone(), value])?;
                    Ok(true)
                }
                NativeData::StaticMethod(_) | NativeData::ClassMethod(_) => Ok(false),
                NativeData::Member { .. } => match super::member::member_of(attr) {
                    Some(m) => {
                        self.member_check(&m, obj)?;
                        self.member_set(&m, obj, value).map(|_| true)
                    }
                    None => Ok(false),
                },
                _ => self.user_descriptor_set(attr, obj, value),
            },
            Value::Instance(_) => self.user_descriptor_set(attr, obj, value),
            _ => Ok(false),
        }
    }

    fn user_descriptor_set(&mut self, attr: &Value, obj: &Value, value: Value) -> PyResult<bool> {
        let acls = self.type_of(attr);
        let set = self.names.set.clone();
        match acls.lookup(&set) {
            Some(s) => {
                self.call_value(s, &[attr.clone(), obj.clone(), value])?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// "property 'x'" once `__set_name__` named it, else "property", as
    /// CPython words its missing getter/setter/deleter errors.
    fn property_label(&self, prop: &Value) -> String {
        if let Value::Native(n) = prop {
            if let NativeData::Property { name, .. } = &n.data {
                if let Some(nm) = name.borrow().as_ref() {
                    return format!("property '{}'", nm.as_str());
                }
            }
        }
        "property".to_string()
    }

    /// `del obj.name`.
    #[inline(never)]
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                let hook_name = self.names.delattr.clone();
                if let Some(hook) = cls.lookup(&hook_name) {
                    if !matches!(&hook, Value::Builtin(b) if b.owner == Some("object")) {
                        self.call_value(hook, &[obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.instance_delattr(obj, inst, &cls, name)
            }
            Value::Class(c) if !c.builtin => {
                if c.dict.del_str(name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                c.invalidate();
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.del_str(name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            Value::Exception(e) => {
                let removed = e.dict.borrow().as_ref().and_then(|d| d.del_str(name));
                if removed.is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            Value::Function(f) => {
                let removed = f.dict.borrow().as_ref().and_then(|d| d.del_str(name));
                if removed.is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// After a slow attribute access on an instance: remember where the
    /// attribute lives in the instance dict, when nothing on the class
    /// (a data descriptor, a custom `__setattr__`) could intercept it.
    #[inline(never)]
    pub fn fill_attr_cache(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        cache: &crate::bytecode::AttrCache,
        store: bool,
    ) {
        let Value::Instance(inst) = obj else { return };
        let cls = inst.class();
        let mut slot = None;
        if let Some(a) = cls.lookup(name) {
            if self.is_data_descriptor(&a) {
                // A slot of this instance's own layout reads and writes
                // its slot array directly.
                match super::member::member_of(&a) {
                    Some(m)
                        if m.index < inst.slots.len()
                            && m.index < crate::bytecode::SLOT_INDEX
                            && m.owner.as_ref().is_some_and(|o| cls.is_subclass(o)) =>
                    {
                        slot = Some(m.index)
                    }
                    _ => return,
                }
            }
        }
        if store {
            let hook = self.names.setattr.clone();
            match cls.lookup(&hook) {
                Some(Value::Builtin(b)) if b.owner == Some("object") => {}
                _ => return,
            }
        }
        let ga = self.names.getattribute.clone();
        match cls.lookup(&ga) {
            Some(Value::Builtin(b)) if b.owner == Some("object") => {}
            _ => return,
        }
        if let Some(i) = slot {
            cache.set_index(cls.version.get(), (crate::bytecode::SLOT_INDEX + i) as u32);
            return;
        }
        let Some(d) = &inst.dict else { return };
        if let Some(ix) = d.borrow().find_str(name) {
            cache.set_index(cls.version.get(), ix as u32);
        }
    }

    /// `type.__setattr__`'s store into a user class: `__name__` and
    /// `__qualname__` are the class's own fields (not inherited through
    /// the dict), anything else goes in its dict.
    pub fn class_store(
        &mut self,
        c: &Rc<ClassObj>,
        name: &Rc<StrObj>,
        value: Value,
    ) -> PyResult<()> {
        match name.as_str() {
            "__name__" | "__qualname__" => {
                let Value::Str(s) = value else {
                    let tn = self.type_name(&value);
                    return Err(self.type_error(format!(
                        "can only assign string to {}.{}, not '{}'",
                        c.name().as_str(),
                        name.as_str(),
                        tn
                    )));
                };
                if name.as_str() == "__name__" {
                    *c.name.borrow_mut() = s;
                } else {
                    *c.qualname.borrow_mut() = s;
                }
                return Ok(());
            }
            "__getattribute__" => c.custom_getattribute.set(true),
            _ => {}
        }
        c.dict.set_str(name.clone(), value);
        c.invalidate();
        Ok(())
    }

    /// `obj.__class__ = new` is allowed only between classes whose
    /// instances have the same layout.
    fn check_class_layout(&mut self, old: &Rc<ClassObj>, new: &Rc<ClassObj>) -> PyResult<()> {
        if old.nslots.get() != new.nslots.get()
            || old.inst_dict.get() != new.inst_dict.get()
            || old.layout != new.layout
            || (old.nslots.get() > 0 && slot_names(old) != slot_names(new))
        {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name().as_str(),
                old.name().as_str()
            )));
        }
        Ok(())
    }

    /// `hasattr`-style check that swallows only AttributeError.
    pub fn has_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<bool> {
        match self.get_attr_opt(obj, name) {
            Ok(v) => Ok(v.is_some()),
            Err(e) if e.is_instance(&self.types.attribute_error.clone()) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// A read-only attribute of a built-in type (`int.real`, `memoryview.nbytes`):
/// a property whose getter is native.
fn is_native_getter(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(
        &n.data,
        NativeData::Property { fget: Value::Builtin(_), fset: Value::None, .. }
    ))
}

/// CPython's refusal to assign a built-in type's read-only attribute.
fn not_writable(attr: &Value, type_name: &str) -> String {
    let (name, owner) = match attr {
        Value::Native(n) => match &n.data {
            NativeData::Property {
                fget: Value::Builtin(b),
                ..
            } => (b.name, b.owner),
            _ => ("", None),
        },
        _ => ("", None),
    };
    // complex's parts are struct members, which word it differently.
    if owner == Some("complex") {
        return "readonly attribute".to_string();
    }
    // Named after the type that defines it (`bool` objects report `int`).
    format!(
        "attribute '{}' of '{}' objects is not writable",
        name,
        owner.unwrap_or(type_name)
    )
}

/// The names of a class's instance slots, in layout order.
fn slot_names(cls: &Rc<ClassObj>) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for c in cls.full_mro() {
        for v in c.dict.borrow().values() {
            if let Some(m) = super::member::member_of(&v) {
                if m.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &c)) {
                    found.push((m.index, m.name.as_str().to_string()));
                }
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}
