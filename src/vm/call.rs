//! Calling: argument binding for script functions, native calls, class
//! instantiation, and re-entry from native code (`call_value`).

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use super::frame::{Frame, Resume};
use super::run::Exit;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{
    FLAG_ASYNC_GENERATOR, FLAG_COROUTINE, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS,
};
use crate::objects::class::Layout;
use crate::objects::function::BuiltinKind;
use crate::objects::generator::GenKind;
use crate::objects::{
    CellObj, ClassObj, DictObj, FunctionObj, GenObj, InstanceObj, NativeData, StrObj, Value,
};

pub type ArgVec = SmallVec<[Value; 8]>;
pub type KwVec = Vec<(Rc<StrObj>, Value)>;

/// The result of starting a call from the loop.
pub enum Outcome {
    /// The call completed with this value.
    Value(Value),
    /// A frame was pushed; its result will arrive when it returns.
    Pushed,
}

/// Create the cells a frame's code needs and install the closure.
pub fn setup_cells(frame: &mut Frame, f: &FunctionObj) {
    let code = frame.code.clone();
    for &slot in code.cell_slots.iter() {
        let s = slot as usize;
        let init = match std::mem::replace(&mut frame.locals[s], Value::Null) {
            Value::Null => None,
            v => Some(v),
        };
        let cell = Value::Cell(Rc::new(CellObj {
            gc: Default::default(),
            value: RefCell::new(init),
        }));
        crate::gc::track(&cell);
        frame.locals[s] = cell;
    }
    for (k, &slot) in code.free_slots.iter().enumerate() {
        if let Some(c) = f.closure.get(k) {
            frame.locals[slot as usize] = Value::Cell(c.clone());
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl Vm {
    /// The TypeError for `*x` of a non-iterable `x` in a ListExtend whose
    /// list sits at `stack[idx]`. CPython names the callee when the star is
    /// a call's only positional argument (it then skips building a list).
    #[cold]
    pub fn star_arg_error(&mut self, value: &Value, target: &Value, idx: usize) -> PyErr {
        let tn = self.type_name(value);
        let frame = self.frames.last();
        let sole_star_call = matches!(target, Value::List(l) if l.is_empty())
            && frame.is_some_and(|f| {
                matches!(f.code.ops.get(f.ip), Some(crate::bytecode::Op::ListToTuple))
                    && matches!(
                        f.code.ops.get(f.ip + 1),
                        Some(crate::bytecode::Op::CallEx(_) | crate::bytecode::Op::BuildMap(0))
                    )
            });
        let callee = match (sole_star_call, frame) {
            (true, Some(f)) => idx.checked_sub(1).and_then(|c| f.stack.get(c)).cloned(),
            _ => None,
        };
        let msg = match callee {
            Some(c) => match self.function_str(&c) {
                Ok(name) => format!("{} argument after * must be an iterable, not {}", name, tn),
                Err(e) => return e,
            },
            None => format!("Value after * must be an iterable, not {}", tn),
        };
        self.type_error(msg)
    }

    /// Bind `args`/`kwargs` to a new frame for `f`.
    pub fn bind_frame(
        &mut self,
        f: &Rc<FunctionObj>,
        args: ArgVec,
        kwargs: KwVec,
        resume: Resume,
    ) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        let mut frame = if code.is_generator_like() {
            self.new_frame_exact(code.clone(), f.globals.clone(), resume)
        } else {
            self.new_frame(code.clone(), f.globals.clone(), None, resume)
        };
        if let Err(e) = self.bind_args(&mut frame, f, args, kwargs) {
            self.recycle_frame(frame);
            return Err(e);
        }
        if !code.cell_slots.is_empty() || !code.free_slots.is_empty() {
            setup_cells(&mut frame, f);
        }
        Ok(frame)
    }

    fn bind_args(
        &mut self,
        frame: &mut Frame,
        f: &Rc<FunctionObj>,
        args: ArgVec,
        kwargs: KwVec,
    ) -> PyResult<()> {
        let code = f.code.clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let total = argcount + kwonly;
        let has_varargs = code.flags & FLAG_VARARGS != 0;
        let has_varkw = code.flags & FLAG_VARKEYWORDS != 0;
        let nargs = args.len();
        // Only error messages use the name: no copy on the normal path.
        let fname = f.qualname.borrow().clone();
        let fname = fname.as_str();

        let mut args = args.into_iter();
        for i in 0..nargs.min(argcount) {
            if let Some(v) = args.next() {
                frame.locals[i] = v;
            }
        }
        if nargs > argcount {
            if has_varargs {
                let rest: Vec<Value> = args.collect();
                frame.locals[total] = Value::tuple(rest);
            } else {
                let ndefaults = f.defaults.borrow().len();
                let given_kwonly = kwargs
                    .iter()
                    .filter(|(k, _)| {
                        code.varnames[argcount..total]
                            .iter()
                            .any(|n| n.as_str() == k.as_str())
                    })
                    .count();
                let takes = if ndefaults > 0 && ndefaults <= argcount {
                    format!("from {} to {}", argcount - ndefaults, argcount)
                } else {
                    argcount.to_string()
                };
                let plural_takes = if ndefaults == 0 && argcount == 1 {
                    "positional argument"
                } else {
                    "positional arguments"
                };
                let msg = if given_kwonly > 0 {
                    format!(
                        "{}() takes {} {} but {} positional argument{} (and {} keyword-only argument{}) were given",
                        fname,
                        takes,
                        plural_takes,
                        nargs,
                        if nargs == 1 { "" } else { "s" },
                        given_kwonly,
                        if given_kwonly == 1 { "" } else { "s" }
                    )
                } else {
                    format!(
                        "{}() takes {} {} but {} {} given",
                        fname,
                        takes,
                        plural_takes,
                        nargs,
                        if nargs == 1 { "was" } else { "were" }
                    )
                };
                return Err(self.type_error(msg));
            }
        } else if has_varargs {
            frame.locals[total] = Value::tuple(Vec::new());
        }
        let kwdict = if has_varkw {
            let d = Rc::new(DictObj::new());
            let slot = total + has_varargs as usize;
            frame.locals[slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in kwargs {
            let mut found = None;
            for (j, vn) in code.varnames[..total].iter().enumerate() {
                if Rc::ptr_eq(vn, &name) || vn.as_str() == name.as_str() {
                    found = Some(j);
                    break;
                }
            }
            match found {
                Some(j) if j >= posonly => {
                    if !matches!(frame.locals[j], Value::Null) {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname,
                            name.as_str()
                        )));
                    }
                    frame.locals[j] = value;
                }
                Some(_) if kwdict.is_none() => posonly_as_kw.push(name.as_str().to_string()),
                _ => match &kwdict {
                    Some(d) => {
                        if d.get_str(&name).is_some() {
                            return Err(self.type_error(format!(
                                "{}() got multiple values for keyword argument '{}'",
                                fname,
                                name.as_str()
                            )));
                        }
                        d.set_str(name, value);
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname,
                            name.as_str()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname,
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        if nargs < argcount {
            let defaults = f.defaults.borrow();
            let first_default = argcount.saturating_sub(defaults.len());
            let mut missing = Vec::new();
            for i in nargs..argcount {
                if matches!(frame.locals[i], Value::Null) {
                    if i >= first_default {
                        frame.locals[i] = defaults[defaults.len() - (argcount - i)].clone();
                    } else {
                        missing.push(code.varnames[i].as_str().to_string());
                    }
                }
            }
            if !missing.is_empty() {
                drop(defaults);
                return Err(self.type_error(format!(
                    "{}() missing {}: {}",
                    fname,
                    plural(missing.len(), "required positional argument"),
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for i in argcount..total {
                if matches!(frame.locals[i], Value::Null) {
                    let name = &code.varnames[i];
                    match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                        Some(v) => frame.locals[i] = v,
                        None => missing.push(name.as_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {}: {}",
                    fname,
                    plural(missing.len(), "required keyword-only argument"),
                    name_list(&missing)
                )));
            }
        }
        Ok(())
    }

    /// Wrap a bound frame in a generator, coroutine or async generator.
    pub fn make_generator(&mut self, f: &FunctionObj, frame: Box<Frame>) -> Value {
        let flags = frame.code.flags;
        let kind = if flags & FLAG_COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & FLAG_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        // A generator or coroutine whose arguments are all atoms (or
        // untracked) cannot be in a cycle before it runs; each time it
        // suspends, it is tracked if its frame then needs it (see
        // `gc::track_if_needed`).
        let untracked =
            kind != GenKind::AsyncGenerator && !crate::gc::trace::frame_pins_tracking(&frame);
        let g = GenObj::new(
            kind,
            frame.code.clone(),
            f.name.borrow().clone(),
            f.qualname.borrow().clone(),
            Some(frame),
            Some(self.gen_queues.clone()),
        );
        g.warn_unawaited.set(kind == GenKind::Coroutine);
        // A new generator counts as just suspended: it keeps its frame
        // while it is among the most recent ones (it is usually resumed at
        // once), and goes cold otherwise.
        let g = Rc::new(g);
        self.note_suspended(&g);
        let v = Value::Generator(g);
        if untracked {
            crate::gc::count_untracked_new();
        } else {
            crate::gc::track(&v);
        }
        v
    }

    /// Start a call. Script functions get a frame pushed with `resume`
    /// (the caller's loop continues into it); everything else runs now.
    pub fn invoke(
        &mut self,
        callee: Value,
        mut args: ArgVec,
        kwargs: KwVec,
        resume: Resume,
    ) -> PyResult<Outcome> {
        match callee {
            Value::Function(f) => {
                if self.frames.len() >= self.recursion_limit {
                    return Err(self.recursion_error());
                }
                let frame = self.bind_frame(&f, args, kwargs, resume)?;
                if f.code.flags & (FLAG_GENERATOR | FLAG_COROUTINE | FLAG_ASYNC_GENERATOR) != 0 {
                    return Ok(Outcome::Value(self.make_generator(&f, frame)));
                }
                self.push_frame(frame);
                Ok(Outcome::Pushed)
            }
            Value::BoundMethod(m) => {
                args.insert(0, m.self_.clone());
                self.invoke(m.func.clone(), args, kwargs, resume)
            }
            Value::Builtin(b) => {
                if !kwargs.is_empty() && !b.takes_kwargs {
                    return Err(match b.owner {
                        Some(o) if b.kind == BuiltinKind::Method => self
                            .type_error(format!("{}.{}() takes no keyword arguments", o, b.name)),
                        _ => self.type_error(format!("{}() takes no keyword arguments", b.name)),
                    });
                }
                let r = (b.func)(self, &args, &kwargs)?;
                Ok(Outcome::Value(r))
            }
            Value::Class(c) => self.call_class(&c, args, kwargs, resume),
            Value::Native(n) => match &n.data {
                NativeData::StaticMethod(f) | NativeData::ClassMethod(f) => {
                    let f = f.clone();
                    self.invoke(f, args, kwargs, resume)
                }
                _ => self.call_dunder_call(Value::Native(n), args, kwargs, resume),
            },
            other => self.call_dunder_call(other, args, kwargs, resume),
        }
    }

    fn call_dunder_call(
        &mut self,
        obj: Value,
        mut args: ArgVec,
        kwargs: KwVec,
        resume: Resume,
    ) -> PyResult<Outcome> {
        let cls = self.type_of(&obj);
        let name = self.names.call.clone();
        match cls.lookup(&name) {
            Some(f) => {
                args.insert(0, obj);
                self.invoke(f, args, kwargs, resume)
            }
            None => {
                let tn = self.type_name(&obj);
                Err(self.type_error(format!("'{}' object is not callable", tn)))
            }
        }
    }

    /// `C(*args, **kwargs)`.
    fn call_class(
        &mut self,
        cls: &Rc<ClassObj>,
        args: ArgVec,
        kwargs: KwVec,
        resume: Resume,
    ) -> PyResult<Outcome> {
        // A metaclass with its own __call__ takes over.
        if let Some(meta) = cls.metaclass.borrow().clone() {
            let name = self.names.call.clone();
            if let Some((f, owner)) = meta.lookup_with_owner(&name) {
                if !Rc::ptr_eq(&owner, &self.types.type_) {
                    let mut a = args;
                    a.insert(0, Value::Class(cls.clone()));
                    return self.invoke(f, a, kwargs, resume);
                }
            }
        }
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kwargs.is_empty() {
            return Ok(Outcome::Value(Value::Class(self.type_of(&args[0]))));
        }
        let new_name = self.names.new.clone();
        let new = cls.lookup(&new_name);
        let instance = match &new {
            Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == Some("object") => {
                self.object_new(cls, &args, &kwargs)?
            }
            Some(newf) => {
                let mut a: ArgVec = SmallVec::with_capacity(args.len() + 1);
                a.push(Value::Class(cls.clone()));
                a.extend(args.iter().cloned());
                let newf = match newf {
                    Value::Native(n) => match &n.data {
                        NativeData::StaticMethod(f) => f.clone(),
                        _ => newf.clone(),
                    },
                    _ => newf.clone(),
                };
                self.call_with(newf, a, kwargs.clone())?
            }
            None => self.object_new(cls, &args, &kwargs)?,
        };
        // __init__ runs only on instances of the class.
        let inst_cls = self.type_of(&instance);
        if !inst_cls.is_subclass(cls) {
            return Ok(Outcome::Value(instance));
        }
        let init_name = self.names.init.clone();
        match inst_cls.lookup(&init_name) {
            Some(Value::Builtin(b)) if b.owner == Some("object") => {
                let new_is_object =
                    matches!(&new, Some(Value::Builtin(nb)) if nb.owner == Some("object"));
                if (!args.is_empty() || !kwargs.is_empty()) && new_is_object {
                    let n = cls.name();
                    return Err(self.type_error(format!("{}() takes no arguments", n.as_str())));
                }
                Ok(Outcome::Value(instance))
            }
            Some(Value::Function(f)) => {
                if f.code.is_generator_like() {
                    return Err(self.type_error("__init__() should return None, not 'generator'"));
                }
                let mut a: ArgVec = SmallVec::with_capacity(args.len() + 1);
                a.push(instance.clone());
                a.extend(args);
                match resume {
                    Resume::Call => {
                        if self.frames.len() >= self.recursion_limit {
                            return Err(self.recursion_error());
                        }
                        let frame = self.bind_frame(&f, a, kwargs, Resume::Init(instance))?;
                        self.frames.push(frame);
                        Ok(Outcome::Pushed)
                    }
                    _ => {
                        let r = self.call_with(Value::Function(f), a, kwargs)?;
                        if !r.is_none() {
                            let tn = self.type_name(&r);
                            return Err(self.type_error(format!(
                                "__init__() should return None, not '{}'",
                                tn
                            )));
                        }
                        Ok(Outcome::Value(instance))
                    }
                }
            }
            Some(init) => {
                let mut a: ArgVec = SmallVec::with_capacity(args.len() + 1);
                a.push(instance.clone());
                a.extend(args);
                let init = self.bind_descriptor_for_call(init);
                let r = self.call_with(init, a, kwargs)?;
                if !r.is_none() {
                    let tn = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{}'", tn))
                    );
                }
                Ok(Outcome::Value(instance))
            }
            None => Ok(Outcome::Value(instance)),
        }
    }

    fn bind_descriptor_for_call(&self, v: Value) -> Value {
        match &v {
            Value::Native(n) => match &n.data {
                NativeData::StaticMethod(f) => f.clone(),
                _ => v,
            },
            _ => v,
        }
    }

    /// `object.__new__(cls)`: a bare instance of the class's layout.
    pub fn object_new(
        &mut self,
        cls: &Rc<ClassObj>,
        args: &[Value],
        kw: &KwVec,
    ) -> PyResult<Value> {
        // NoneType(), NotImplementedType() and ellipsis() give the singleton.
        let singleton = if Rc::ptr_eq(cls, &self.types.none_type) {
            Some(Value::None)
        } else if Rc::ptr_eq(cls, &self.types.not_implemented_type) {
            Some(Value::NotImplemented)
        } else if Rc::ptr_eq(cls, &self.types.ellipsis_type) {
            Some(Value::Ellipsis)
        } else {
            None
        };
        if let Some(v) = singleton {
            if !args.is_empty() || !kw.is_empty() {
                // CPython names ellipsis's type by its `types` name here.
                let n = match v {
                    Value::Ellipsis => "EllipsisType".to_string(),
                    _ => cls.name().as_str().to_string(),
                };
                return Err(self.type_error(format!("{} takes no arguments", n)));
            }
            return Ok(v);
        }
        if cls.builtin && cls.layout != Layout::Object {
            let n = cls.name();
            return Err(self.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                n.as_str(),
                n.as_str()
            )));
        }
        match cls.layout {
            Layout::Exception => {
                let v = Value::Exception(Rc::new(crate::objects::ExceptionObj::new(
                    cls.clone(),
                    Value::tuple(Vec::new()),
                )));
                crate::gc::track(&v);
                Ok(v)
            }
            _ => {
                let v = Value::Instance(Rc::new(InstanceObj::new(cls.clone(), None)));
                crate::gc::track(&v);
                Ok(v)
            }
        }
    }

    /// Call from native code and run to completion (re-entering the loop
    /// for script callees).
    pub fn call_with(&mut self, callee: Value, args: ArgVec, kwargs: KwVec) -> PyResult<Value> {
        // Native code calling native code can recurse without any script
        // frame (a __format__ calling format()): bound it here too.
        self.native_depth += 1;
        if self.native_depth > self.max_native_depth() {
            self.native_depth -= 1;
            return Err(self.recursion_error());
        }
        let r = match self.invoke(callee, args, kwargs, Resume::Native) {
            Ok(Outcome::Value(v)) => Ok(v),
            Ok(Outcome::Pushed) => self.run_pushed(),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        r
    }

    /// Run a frame just pushed with `Resume::Native` to completion.
    pub fn run_pushed(&mut self) -> PyResult<Value> {
        let r = self.run_frames();
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => Err(self.runtime_error("unexpected yield from a function")),
        }
    }

    /// How deep native re-entry may go before RecursionError: bounded by the
    /// recursion limit and by the Rust stack the host gave us.
    pub fn max_native_depth(&self) -> usize {
        self.recursion_limit.min(self.native_depth_cap)
    }

    /// Call with positional arguments only.
    pub fn call_value(&mut self, callee: Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(callee, args.iter().cloned().collect(), KwVec::new())
    }

    /// Call a method by name on an object (`obj.name(*args)`).
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (f, self_) = self.load_method(obj.clone(), &n)?;
        let mut a: ArgVec = SmallVec::new();
        if let Some(s) = self_ {
            a.push(s);
        }
        a.extend(args.iter().cloned());
        self.call_with(f, a, KwVec::new())
    }

    /// Look up a special method on the type (not the instance) and call it,
    /// or return None when the type has no such method.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(f) = cls.lookup(name) else {
            return Ok(None);
        };
        if let Value::Function(func) = &f {
            // `__iter__` written as a generator (`yield from obj` on an
            // instance): make the generator straight from the arguments.
            if super::run::is_simple_gen_call(func, args.len() + 1) {
                let mut nf =
                    self.new_frame_exact(func.code.clone(), func.globals.clone(), Resume::Call);
                nf.locals[0] = obj.clone();
                for (slot, v) in nf.locals[1..].iter_mut().zip(args) {
                    *slot = v.clone();
                }
                if !func.code.cell_slots.is_empty() || !func.code.free_slots.is_empty() {
                    setup_cells(&mut nf, func);
                }
                return Ok(Some(self.make_generator(func, nf)));
            }
        }
        let mut a: ArgVec = SmallVec::new();
        let callee = match &f {
            Value::None => return Ok(None),
            Value::Function(_) => {
                a.push(obj.clone());
                f
            }
            Value::Builtin(b) => match b.kind {
                BuiltinKind::Method => {
                    a.push(obj.clone());
                    f
                }
                BuiltinKind::ClassMethod => {
                    a.push(Value::Class(cls.clone()));
                    f
                }
                _ => f,
            },
            _ => self.bind_attr(f, obj.clone(), &cls)?,
        };
        a.extend(args.iter().cloned());
        self.call_with(callee, a, KwVec::new()).map(Some)
    }
}
