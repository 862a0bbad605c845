//! Data attributes of built-in objects (`f.__name__`, `gen.gi_frame`,
//! `range.start`, `exc.args`, ...) and of classes (`C.__mro__`).

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::class::new_class;
use crate::objects::generator::GenKind;
use crate::objects::{ClassObj, DictObj, NativeData, StrObj, Value};

impl Vm {
    /// Attributes stored in the native object rather than a dict; None
    /// when `name` is not one of them.
    pub fn builtin_attr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        let v = match obj {
            Value::Function(f) => match n {
                "__name__" => Value::Str(f.name.borrow().clone()),
                "__qualname__" => Value::Str(f.qualname.borrow().clone()),
                "__code__" => Value::Code(f.code.clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    }
                }
                "__kwdefaults__" => match &*f.kwdefaults.borrow() {
                    Some(d) => Value::Dict(d.clone()),
                    None => Value::None,
                },
                "__globals__" => Value::Dict(f.globals.clone()),
                "__closure__" => {
                    if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                    }
                }
                "__module__" => {
                    if let Some(v) = f.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                        v
                    } else {
                        f.module.clone()
                    }
                }
                "__doc__" => {
                    if let Some(v) = f.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                        v
                    } else if f.code.flags & crate::bytecode::FLAG_HAS_DOC != 0 {
                        f.code.consts.first().cloned().unwrap_or(Value::None)
                    } else {
                        Value::None
                    }
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Value::Dict(d.get_or_insert_with(|| Rc::new(DictObj::new())).clone())
                }
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    a.get_or_insert_with(|| Value::Dict(Rc::new(DictObj::new())))
                        .clone()
                }
                _ => return Ok(None),
            },
            Value::Builtin(b) => match n {
                "__name__" => Value::str(b.name),
                "__qualname__" => match b.owner {
                    Some(o) => Value::string(format!("{}.{}", o, b.name)),
                    None => Value::str(b.name),
                },
                "__module__" => match b.module {
                    Some(m) => Value::str(m),
                    None => {
                        if b.owner.is_some() {
                            Value::None
                        } else {
                            Value::str("builtins")
                        }
                    }
                },
                "__doc__" => Value::None,
                "__self__" => Value::None,
                _ => return Ok(None),
            },
            Value::BoundMethod(m) => match n {
                "__self__" => m.self_.clone(),
                "__func__" => m.func.clone(),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
                | "__defaults__" | "__wrapped__" | "__dict__" | "__annotations__" => {
                    let f = m.func.clone();
                    return self.get_attr_opt(&f, name);
                }
                _ => {
                    // Other attributes come from the function.
                    let f = m.func.clone();
                    if let Value::Function(func) = &f {
                        if let Some(v) = func.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                            return Ok(Some(v));
                        }
                    }
                    return Ok(None);
                }
            },
            Value::Generator(g) => {
                let prefix = match g.kind {
                    GenKind::Generator => "gi_",
                    GenKind::Coroutine => "cr_",
                    GenKind::AsyncGenerator => "ag_",
                };
                match n {
                    "__name__" => Value::Str(g.name.get()),
                    "__qualname__" => Value::Str(g.qualname.get()),
                    _ if n.starts_with(prefix) => match &n[3..] {
                        "running" => Value::Bool(if g.kind == GenKind::AsyncGenerator {
                            g.ag_running.get()
                        } else {
                            g.running.get()
                        }),
                        "code" => Value::Code(g.code.clone()),
                        "frame" => {
                            if g.finished.get() || (!g.running.get() && !g.has_frame()) {
                                Value::None
                            } else {
                                self.frame_object_for_gen(g)
                            }
                        }
                        "yieldfrom" if g.kind == GenKind::Generator => self.gen_yieldfrom(g),
                        "await" if g.kind != GenKind::Generator => self.gen_yieldfrom(g),
                        "suspended" => {
                            Value::Bool(g.started.get() && !g.running.get() && g.has_frame())
                        }
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                }
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match n {
                "real" | "numerator" => match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                },
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            Value::Float(f) => match n {
                "real" => Value::Float(*f),
                "imag" => Value::Float(0.0),
                _ => return Ok(None),
            },
            Value::Range(r) => match n {
                "start" => Value::Int(r.start),
                "stop" => Value::Int(r.stop),
                "step" => Value::Int(r.step),
                _ => return Ok(None),
            },
            Value::Slice(s) => match n {
                "start" => s.start.clone(),
                "stop" => s.stop.clone(),
                "step" => s.step.clone(),
                _ => return Ok(None),
            },
            Value::Exception(e) => match n {
                "args" => e.args(),
                "__traceback__" => self.traceback_value(e),
                "__cause__" => e.cause.borrow().clone(),
                "__context__" => e.context.borrow().clone(),
                "__suppress_context__" => Value::Bool(e.suppress_context.get()),
                "__dict__" => Value::Dict(e.attr_dict()),
                "__notes__" => match e.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                    Some(v) => v,
                    None => return Ok(None),
                },
                _ => {
                    if let Some(v) = e.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                        return Ok(Some(v));
                    }
                    let cls = e.class();
                    let a = e.args();
                    let args: Vec<Value> = match &a {
                        Value::Tuple(t) => t.as_slice().to_vec(),
                        _ => Vec::new(),
                    };
                    let is = |c: &str| -> bool {
                        self.builtin_class(c).is_some_and(|k| cls.is_subclass(&k))
                    };
                    match n {
                        "value" if is("StopIteration") || is("StopAsyncIteration") => {
                            args.first().cloned().unwrap_or(Value::None)
                        }
                        "code" if is("SystemExit") => match args.len() {
                            0 => Value::None,
                            1 => args[0].clone(),
                            _ => a.clone(),
                        },
                        "errno" if is("OSError") => {
                            if args.len() >= 2 {
                                args[0].clone()
                            } else {
                                Value::None
                            }
                        }
                        "strerror" if is("OSError") => {
                            if args.len() >= 2 {
                                args[1].clone()
                            } else {
                                Value::None
                            }
                        }
                        "filename" if is("OSError") && (3..=5).contains(&args.len()) => {
                            args[2].clone()
                        }
                        "filename2" if is("OSError") && args.len() == 5 => args[4].clone(),
                        "filename" | "filename2" if is("OSError") => Value::None,
                        "name" | "path" if is("ImportError") => Value::None,
                        "msg" if is("ImportError") => args.first().cloned().unwrap_or(Value::None),
                        "obj" | "name" if is("AttributeError") || is("NameError") => Value::None,
                        _ => return Ok(None),
                    }
                }
            },
            Value::Code(c) => match n {
                "co_name" => Value::Str(c.name.clone()),
                "co_qualname" => Value::Str(c.qualname.clone()),
                "co_filename" => Value::str(&c.filename),
                "co_firstlineno" => Value::Int(c.firstlineno as i64),
                "co_argcount" => Value::Int(c.argcount as i64),
                "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
                "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
                "co_flags" => Value::Int(cpython_code_flags(c.flags)),
                "co_nlocals" => Value::Int(c.varnames.len() as i64),
                "co_varnames" => {
                    Value::tuple(c.varnames.iter().map(|v| Value::Str(v.clone())).collect())
                }
                _ => return Ok(None),
            },
            Value::Cell(c) => match n {
                "cell_contents" => match &*c.value.borrow() {
                    Some(v) => v.clone(),
                    None => return Err(self.value_error("Cell is empty")),
                },
                _ => return Ok(None),
            },
            Value::Native(nobj) => match &nobj.data {
                NativeData::Property {
                    fget,
                    fset,
                    fdel,
                    doc,
                    ..
                } => match n {
                    "fget" => fget.clone(),
                    "fset" => fset.clone(),
                    "fdel" => fdel.clone(),
                    "__doc__" => doc.clone(),
                    "__isabstractmethod__" => Value::Bool(false),
                    _ => return Ok(None),
                },
                NativeData::Member { name: mname, .. } => match n {
                    "__name__" => Value::Str(mname.clone()),
                    "__objclass__" => match crate::vm::member::member_of(obj) {
                        Some(m) => m.owner.map(Value::Class).unwrap_or(Value::None),
                        None => return Ok(None),
                    },
                    _ => return Ok(None),
                },
                NativeData::StaticMethod(f) | NativeData::ClassMethod(f) => match n {
                    "__func__" | "__wrapped__" => f.clone(),
                    "__isabstractmethod__" => Value::Bool(false),
                    _ => {
                        let f = f.clone();
                        if matches!(n, "__name__" | "__qualname__" | "__doc__") {
                            return self.get_attr_opt(&f, name);
                        }
                        return Ok(None);
                    }
                },
                NativeData::Super {
                    this_class,
                    obj: sobj,
                    obj_type,
                } => {
                    let unbound = matches!(sobj, Value::None);
                    match n {
                        "__class__" => return Ok(Some(Value::Class(self.types.super_.clone()))),
                        "__thisclass__" => return Ok(Some(Value::Class(this_class.clone()))),
                        "__self__" => return Ok(Some(sobj.clone())),
                        "__self_class__" if unbound => return Ok(Some(Value::None)),
                        "__self_class__" => return Ok(Some(Value::Class(obj_type.clone()))),
                        _ => {}
                    }
                    let (tc, so, ot) = (this_class.clone(), sobj.clone(), obj_type.clone());
                    return self.super_getattr(&tc, &so, &ot, name);
                }
                NativeData::Traceback(e) => match n {
                    "tb_lineno" => Value::Int(
                        e.traceback
                            .borrow()
                            .last()
                            .map(|t| t.line as i64)
                            .unwrap_or(0),
                    ),
                    "tb_next" => Value::None,
                    "tb_frame" => Value::None,
                    _ => return Ok(None),
                },
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `C.__name__`, `C.__mro__` and the other data attributes of classes.
    pub fn class_special_attr(
        &mut self,
        c: &Rc<ClassObj>,
        name: &Rc<StrObj>,
    ) -> PyResult<Option<Value>> {
        Ok(Some(match name.as_str() {
            "__name__" => Value::Str(c.name()),
            "__qualname__" => Value::Str(c.qualname.borrow().clone()),
            "__mro__" => Value::tuple(c.full_mro().into_iter().map(Value::Class).collect()),
            "__bases__" => {
                let b = c.bases.borrow();
                Value::tuple(b.iter().cloned().map(Value::Class).collect())
            }
            "__base__" => match c.bases.borrow().first() {
                Some(b) => Value::Class(b.clone()),
                None => Value::None,
            },
            "__dict__" => {
                // A copy: CPython's is a read-only proxy, and writes must go
                // through setattr so attribute caches stay right.
                Value::Dict(Rc::new(DictObj::from_table(c.dict.borrow().clone())))
            }
            "__module__" => Value::str("builtins"),
            "__doc__" => Value::None,
            "__class__" => Value::Class(self.type_of(&Value::Class(c.clone()))),
            "__abstractmethods__" => return Ok(None),
            _ => return Ok(None),
        }))
    }

    /// The namespace of a built-in iterator class: `__iter__`/`__next__`.
    pub fn builtin_iterator_dict(&self) -> Rc<DictObj> {
        let d = Rc::new(DictObj::new());
        if let Some(v) = self.iter_methods.0.clone() {
            d.set_str(self.names.iter.clone(), v);
        }
        if let Some(v) = self.iter_methods.1.clone() {
            d.set_str(self.names.next.clone(), v);
        }
        d
    }

    pub fn traceback_class(&mut self) -> Rc<ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get("traceback") {
            return c.clone();
        }
        let c = new_class(
            self.intern("traceback"),
            vec![self.types.object.clone()],
            Rc::new(DictObj::new()),
            crate::objects::class::Layout::Other,
            true,
        )
        .unwrap_or_else(|_| self.types.object.clone());
        self.types
            .iterators
            .borrow_mut()
            .insert("traceback", c.clone());
        c
    }

    /// A frame object for `gi_frame` (a plain namespace carrying the code
    /// and line, enough for introspection).
    fn frame_object_for_gen(&mut self, g: &crate::objects::GenObj) -> Value {
        g.warm(&self.builtins);
        // An unstarted frame sits on its `def` line, as in CPython.
        let line = match g.frame.borrow().as_ref() {
            Some(f) if g.started.get() => f.line(),
            _ => g.code.firstlineno,
        };
        let d = Rc::new(DictObj::new());
        d.set_str_text("f_code", Value::Code(g.code.clone()));
        d.set_str_text("f_lineno", Value::Int(line as i64));
        if let Some(f) = g.frame.borrow().as_ref() {
            d.set_str_text("f_locals", crate::builtins::functions::locals_of(f));
            d.set_str_text("f_globals", Value::Dict(f.globals.clone()));
        }
        let cls = self.frame_class();
        Value::Native(Rc::new(crate::objects::NativeObj {
            gc: Default::default(),
            class: cls,
            data: NativeData::Slots(std::cell::RefCell::new(Vec::new())),
            dict: Some(d),
        }))
    }

    fn frame_class(&mut self) -> Rc<ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get("frame") {
            return c.clone();
        }
        let c = new_class(
            self.intern("frame"),
            vec![self.types.object.clone()],
            Rc::new(DictObj::new()),
            crate::objects::class::Layout::Other,
            true,
        )
        .unwrap_or_else(|_| self.types.object.clone());
        self.types.iterators.borrow_mut().insert("frame", c.clone());
        c
    }
}

/// Code flags as CPython numbers them (`inspect.CO_COROUTINE` etc.).
pub fn cpython_code_flags(flags: u32) -> i64 {
    use crate::bytecode::*;
    let mut f = 0;
    if flags & (FLAG_MODULE | FLAG_CLASS_BODY) == 0 {
        f |= 0x1 | 0x2;
    }
    for (ours, theirs) in [
        (FLAG_VARARGS, 0x4),
        (FLAG_VARKEYWORDS, 0x8),
        (FLAG_GENERATOR, 0x20),
        (FLAG_COROUTINE, 0x80),
        (FLAG_ITERABLE_COROUTINE, 0x100),
        (FLAG_ASYNC_GENERATOR, 0x200),
    ] {
        if flags & ours != 0 {
            f |= theirs;
        }
    }
    f
}
