//! The virtual machine: interpreter state, the run loop, calls, exceptions
//! and generators.

pub mod alloc;
pub mod asyncgen;
pub mod attr;
pub mod call;
mod class_namespace;
pub mod frame;
pub mod gen;
pub mod import;
pub mod items;
pub mod iterate;
pub mod kwcall;
pub mod limits;
pub mod member;
mod native_stand_ins;
#[macro_use]
mod inner_loop;
mod lazy_await;
mod matching;
pub mod names;
pub mod ops;
pub mod output;
pub mod protocol;
pub mod run;
pub mod sized;
pub mod special;
pub mod stack_tail;
pub mod suggest;
pub mod traceback;
pub mod types;

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::objects::str::Interner;
use crate::objects::{ClassObj, DictObj, ExceptionObj, StrObj, Value};

pub use self::frame::{Frame, Resume};
use self::names::Names;
pub use self::output::{Output, Sink};
use self::types::Types;

/// A script exception travelling through Rust code.
#[derive(Clone)]
pub struct PyErr(pub Rc<ExceptionObj>);

impl PyErr {
    pub fn class(&self) -> Rc<ClassObj> {
        self.0.class()
    }

    pub fn value(&self) -> Value {
        Value::Exception(self.0.clone())
    }

    pub fn is_instance(&self, cls: &ClassObj) -> bool {
        self.0.class().is_subclass(cls)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.class().name().as_str())
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// Which capabilities a VM grants its scripts.
#[derive(Clone, Debug)]
pub struct Capabilities {
    pub files: bool,
    pub env: bool,
    pub exit: bool,
    /// Reading the process's standard input (`input()`, `sys.stdin`).
    pub stdin: bool,
}

impl Capabilities {
    pub fn all() -> Capabilities {
        Capabilities {
            files: true,
            env: true,
            exit: true,
            stdin: true,
        }
    }

    pub fn none() -> Capabilities {
        Capabilities {
            files: false,
            env: false,
            exit: false,
            stdin: false,
        }
    }
}

pub struct Vm {
    pub frames: Vec<Box<Frame>>,
    pub(crate) frame_pool: Vec<Box<Frame>>,
    pub types: Types,
    pub names: Names,
    pub interner: Interner,
    pub builtins: Rc<DictObj>,
    pub sys_modules: Rc<DictObj>,
    pub recursion_limit: usize,
    /// Nesting of native-to-script re-entries (each one a Rust-level loop).
    pub native_depth: usize,
    /// The return value of the generator that last ran to its end under
    /// `Vm::next`, so `next(enumerate(gen))` and kin raise StopIteration
    /// with it, as CPython's iterators pass the generator's exception on.
    pub(crate) stop_value: Option<Value>,
    pub stdout: Output,
    pub stderr: Output,
    pub caps: Capabilities,
    /// Directories searched by `import` (sys.path), shared with the sys module.
    pub sys_path: Rc<crate::objects::ListObj>,
    /// Frames of dropped, suspended generators waiting to be closed, and
    /// warnings queued by their destructors (which cannot reach the VM).
    pub gen_queues: Rc<crate::objects::generator::GenQueues>,
    /// Recently suspended generators, which keep full frames (see
    /// `note_suspended`).
    pub hot_gens: std::collections::VecDeque<std::rc::Weak<crate::objects::GenObj>>,
    /// The `sys.argv` list.
    pub argv: Vec<String>,
    /// Native module builders, by name.
    pub native_modules: std::collections::HashMap<&'static str, fn(&mut Vm) -> PyResult<Value>>,
    /// Extra state for native modules (event loop, random, ...).
    pub ext: crate::builtins::ModuleState,
    /// Instruction budget, memory budget, deadline and interrupts.
    pub limits: limits::Limits,
    /// When the running program suspends itself for a snapshot.
    pub suspend: crate::snapshot::suspend::SuspendPolicy,
    /// Directories the host allowed for imports, even without file access.
    pub module_paths: Vec<String>,
    /// The arguments of the generator `throw()` call in progress, which
    /// become the exception's args as CPython's three-argument form does
    /// (see `gen_throw_with`).
    pub throw_args: Option<Vec<Value>>,
    /// Class bodies running in a mapping `__prepare__` returned that is
    /// not a plain dict: the frame's (empty) namespace dict, by address,
    /// and the mapping its names go to. Usually empty.
    pub custom_namespaces: Vec<(usize, Value)>,
    /// `sys.modules`' version when it was last seen without `contextvars`
    /// (so the event loop skips the lookup until a script imports it).
    pub contextvars_absent_at: Option<u64>,
    /// Set by a re-raise so unwinding adds no traceback entry for the frame.
    pub reraising: bool,
    /// Native re-entry depth the Rust stack can take (see `max_native_depth`).
    pub native_depth_cap: usize,
    /// Containers whose repr is in progress (to print `[...]` for cycles).
    pub repr_stack: Vec<i64>,
    /// One-character strings for ASCII, shared.
    pub ascii_chars: Vec<Rc<StrObj>>,
    /// `__iter__` and `__next__` of the built-in iterator classes.
    pub iter_methods: (Option<Value>, Option<Value>),
    /// Safe-point work is running (finalizers must not start it again).
    pub in_safe_point: bool,
    /// A collection must not run finalizers now (native code is asking
    /// for memory back at a point where no script code may run).
    pub defer_finalizers: bool,
    /// The embedding layer's state: limits, host objects, thread queue.
    pub embed: crate::embed::EmbedState,
    /// Builtins the loop runs inline (see `FastFns`).
    pub fast_fns: FastFns,
    /// Reused argument buffer for native calls made by the loop.
    pub arg_buf: Vec<Value>,
    /// Where every code object came from, for snapshots.
    pub code_units: crate::snapshot::units::Units,
}

/// Built-in functions the interpreter loop recognises by identity and runs
/// without a native call: resuming a generator from `send()`/`next()` then
/// needs no nested loop.
#[derive(Default)]
pub struct FastFns {
    /// `generator.send` and `coroutine.send`.
    pub send: Vec<Rc<crate::objects::BuiltinObj>>,
    /// The builtin `next`.
    pub next: Option<Rc<crate::objects::BuiltinObj>>,
    /// `collections.deque` once created, with its version then (truth and
    /// length are native for exact deques while the class is unchanged;
    /// subclasses may override them).
    pub deque: Option<(Rc<ClassObj>, u64)>,
}

impl FastFns {
    #[inline]
    pub fn is_send(&self, b: &Rc<crate::objects::BuiltinObj>) -> bool {
        self.send.iter().any(|s| Rc::ptr_eq(s, b))
    }

    /// Whether `n` is an exact deque.
    #[inline]
    pub fn is_deque(&self, n: &crate::objects::NativeObj) -> bool {
        matches!(n.data, crate::objects::NativeData::Deque(_))
            && self
                .deque
                .as_ref()
                .is_some_and(|(c, v)| Rc::ptr_eq(c, &n.class) && c.version.get() == *v)
    }

    #[inline]
    pub fn is_next(&self, b: &Rc<crate::objects::BuiltinObj>) -> bool {
        self.next.as_ref().is_some_and(|s| Rc::ptr_eq(s, b))
    }

    fn find(vm: &Vm) -> FastFns {
        let mut send = Vec::new();
        for cls in [&vm.types.generator, &vm.types.coroutine] {
            if let Some(Value::Builtin(b)) = cls.dict.get_str_text("send") {
                send.push(b);
            }
        }
        let next = match vm.builtins.get_str_text("next") {
            Some(Value::Builtin(b)) => Some(b),
            _ => None,
        };
        FastFns {
            send,
            next,
            deque: None,
        }
    }
}

impl Vm {
    /// A VM with the full builtins and every capability (the command line's VM).
    pub fn new() -> Vm {
        Vm::with_options(Capabilities::all(), Sink::Stdout, Sink::Stderr)
    }

    pub fn with_options(caps: Capabilities, out: Sink, err: Sink) -> Vm {
        let mut interner = Interner::default();
        let names = Names::new(&mut interner);
        let types = Types::new(&mut interner);
        let builtins = Rc::new(DictObj::new());
        let mut vm = Vm {
            frames: Vec::with_capacity(64),
            frame_pool: Vec::new(),
            types,
            names,
            interner,
            builtins,
            sys_modules: Rc::new(DictObj::new()),
            recursion_limit: 1000,
            native_depth: 0,
            stop_value: None,
            stdout: Output::new(out),
            stderr: Output::new(err),
            caps,
            sys_path: Rc::new(crate::objects::ListObj::new(Vec::new())),
            gen_queues: Default::default(),
            hot_gens: Default::default(),
            argv: Vec::new(),
            native_modules: std::collections::HashMap::new(),
            ext: Default::default(),
            limits: Default::default(),
            suspend: Default::default(),
            module_paths: Vec::new(),
            throw_args: None,
            custom_namespaces: Vec::new(),
            contextvars_absent_at: None,
            reraising: false,
            native_depth_cap: 1_000_000,
            repr_stack: Vec::new(),
            ascii_chars: Vec::new(),
            iter_methods: (None, None),
            in_safe_point: false,
            defer_finalizers: false,
            embed: Default::default(),
            fast_fns: FastFns::default(),
            arg_buf: Vec::new(),
            code_units: Default::default(),
        };
        crate::builtins::install(&mut vm);
        vm.fast_fns = FastFns::find(&vm);
        vm
    }

    #[inline]
    pub fn intern(&mut self, s: &str) -> Rc<StrObj> {
        self.interner.intern(s)
    }

    // ------------------------------------------------------------ frames

    /// A fresh frame for `code` (from the pool when possible).
    pub fn new_frame(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<DictObj>,
        namespace: Option<Rc<DictObj>>,
        resume: Resume,
    ) -> Box<Frame> {
        let n = code.nlocals();
        let cap = code.stacksize as usize;
        self.charge_frame(code.ops.len());
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.locals.reserve(n);
                // SAFETY: capacity reserved above; every slot is written
                // before the length covers it. (Writing slot by slot
                // stores the tag word directly; `push` in a loop copied a
                // freshly built temporary and stalled on it.)
                unsafe {
                    let p = f.locals.as_mut_ptr();
                    for i in 0..n {
                        p.add(i).write(Value::Null);
                    }
                    f.locals.set_len(n);
                }
                f.stack.reserve(cap);
                f.code = code;
                f.ip = 0;
                f.globals = globals;
                // `recycle_frame` left these empty: overwrite them without
                // running (out-of-line) drop code for the old values.
                debug_assert!(f.namespace.is_none() && f.handled.is_none() && f.gen.is_none());
                // SAFETY: each field holds a value that owns nothing (see above).
                unsafe {
                    std::ptr::write(&mut f.namespace, namespace);
                    std::ptr::write(&mut f.handled, Value::None);
                    std::ptr::write(&mut f.gen, None);
                }
                f.resume = resume;
                f
            }
            None => {
                let mut locals = Vec::with_capacity(n.max(4));
                locals.resize(n, Value::Null);
                Box::new(Frame {
                    code,
                    ip: 0,
                    locals,
                    stack: Vec::with_capacity(cap.max(8)),
                    globals,
                    builtins: self.builtins.clone(),
                    namespace,
                    handled: Value::None,
                    gen: None,
                    resume,
                })
            }
        }
    }

    /// A frame allocated to fit `code` exactly, for generators and
    /// coroutines: they stay suspended, possibly in large numbers, so
    /// their frames should not carry the slack of pooled ones.
    pub fn new_frame_exact(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<DictObj>,
        resume: Resume,
    ) -> Box<Frame> {
        let n = code.nlocals();
        let cap = code.stacksize as usize;
        // A pooled frame that fits closely is as good (a coroutine call
        // usually finds the frame of the previous one of the same code).
        let fits = self.frame_pool.last().is_some_and(|f| {
            let (lc, sc) = (f.locals.capacity(), f.stack.capacity());
            lc >= n && lc <= n + 2 && sc >= cap && sc <= cap + 4
        });
        if fits {
            return self.new_frame(code, globals, None, resume);
        }
        let mut locals = Vec::with_capacity(n);
        locals.resize(n, Value::Null);
        Box::new(Frame {
            stack: Vec::with_capacity(cap),
            code,
            ip: 0,
            locals,
            globals,
            builtins: self.builtins.clone(),
            namespace: None,
            handled: Value::None,
            gen: None,
            resume,
        })
    }

    /// Push a frame onto the running chain. `Vec::push` stays out of line
    /// in the interpreter loop (a call per generator hop); this is the
    /// same push, inlined.
    #[inline(always)]
    pub fn push_frame(&mut self, f: Box<Frame>) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(1);
        }
        let len = self.frames.len();
        // SAFETY: capacity checked above; the slot past the end is
        // uninitialised and becomes the new last element.
        unsafe {
            self.frames.as_mut_ptr().add(len).write(f);
            self.frames.set_len(len + 1);
        }
    }

    /// Return a finished frame to the pool.
    #[inline]
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 128 {
            clear_values(&mut f.locals);
            clear_values(&mut f.stack);
            if f.namespace.is_some() {
                f.namespace = None;
            }
            if f.gen.is_some() {
                f.gen = None;
            }
            if !f.handled.is_none() {
                f.handled = Value::None;
            }
            self.frame_pool.push(f);
        }
    }

    /// The exception currently being handled (`sys.exc_info()`), looking
    /// from the innermost frame outward.
    pub fn current_handled(&self) -> Value {
        for f in self.frames.iter().rev() {
            if !f.handled.is_none() {
                return f.handled.clone();
            }
        }
        Value::None
    }

    // ------------------------------------------------------------ errors

    /// A new exception of `class` with `args`, its context set to the
    /// exception being handled (this is the moment it is "raised").
    pub fn new_exception(&mut self, class: &Rc<ClassObj>, args: Vec<Value>) -> PyErr {
        let exc = Rc::new(ExceptionObj::new(class.clone(), Value::tuple(args)));
        let err = PyErr(exc);
        self.set_context(&err);
        err
    }

    pub fn new_error(&mut self, class: &Rc<ClassObj>, msg: impl Into<String>) -> PyErr {
        let m = Value::string(msg.into());
        self.new_exception(class, vec![m])
    }

    /// Link `err.__context__` to the exception being handled, as raising does.
    pub fn set_context(&self, err: &PyErr) {
        let handled = self.current_handled();
        if let Value::Exception(h) = &handled {
            if Rc::ptr_eq(h, &err.0) {
                return;
            }
            // Break a cycle the new link would make (CPython does the same).
            let mut cur = handled.clone();
            let mut steps = 0;
            while let Value::Exception(c) = cur {
                let next = c.context.borrow().clone();
                if let Value::Exception(n) = &next {
                    if Rc::ptr_eq(n, &err.0) {
                        *c.context.borrow_mut() = Value::None;
                        break;
                    }
                }
                cur = next;
                steps += 1;
                if steps > 10_000 {
                    break;
                }
            }
            *err.0.context.borrow_mut() = handled;
        }
    }

    #[cold]
    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.type_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.value_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.index_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.types.key_error.clone();
        self.new_exception(&c, vec![key])
    }

    #[cold]
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.attribute_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let c = self.types.name_error.clone();
        let err = self.new_error(&c, format!("name '{}' is not defined", name));
        // What the "Did you mean" hint searches: the frame's names.
        let d = err.0.attr_dict();
        d.set_str_text("name", Value::str(name));
        if let Some(f) = self.frames.last() {
            d.set_str_text("scope", Value::Dict(f.globals.clone()));
            let locals: Vec<Value> = f
                .code
                .varnames
                .iter()
                .map(|v| Value::Str(v.clone()))
                .collect();
            d.set_str_text("locals", Value::list(locals));
        }
        err
    }

    #[cold]
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.runtime_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.zero_division_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.overflow_error.clone();
        self.new_error(&c, msg)
    }

    #[cold]
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let c = self.types.stop_iteration.clone();
        if value.is_none() {
            self.new_exception(&c, vec![])
        } else {
            self.new_exception(&c, vec![value])
        }
    }

    #[cold]
    pub fn recursion_error(&mut self) -> PyErr {
        let c = self.types.recursion_error.clone();
        self.new_error(&c, "maximum recursion depth exceeded")
    }

    /// Run `f` one level deeper in a native recursion over nested
    /// containers (repr, comparison, hash), which counts against the
    /// recursion limit like a script call; `what` completes CPython's
    /// "maximum recursion depth exceeded" message.
    pub fn nested<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Self) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.native_depth + self.frames.len() >= self.max_native_depth() {
            let c = self.types.recursion_error.clone();
            return Err(self.new_error(&c, format!("maximum recursion depth exceeded{}", what)));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    #[cold]
    pub fn not_implemented_error(&mut self, msg: impl Into<String>) -> PyErr {
        let c = self.types.not_implemented_error.clone();
        self.new_error(&c, msg)
    }

    /// Look up a builtin class by name (exception classes not in `Types`).
    pub fn builtin_class(&self, name: &str) -> Option<Rc<ClassObj>> {
        match self.builtins.get_str_text(name) {
            Some(Value::Class(c)) => Some(c),
            _ => None,
        }
    }

    pub fn error_by_name(&mut self, class: &str, msg: impl Into<String>) -> PyErr {
        let c = self
            .builtin_class(class)
            .unwrap_or_else(|| self.types.exception.clone());
        self.new_error(&c, msg)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// `v.clear()`, calling the out-of-line drop only for values that own a
/// reference (most locals of a returning frame are scalars).
#[inline]
fn clear_values(v: &mut Vec<Value>) {
    let len = v.len();
    // SAFETY: the length drops to zero first, so a panicking drop cannot
    // see a slot twice; every slot below the old length is initialised and
    // dropped (or, for scalars, forgotten) exactly once.
    unsafe {
        v.set_len(0);
        let p = v.as_mut_ptr();
        for i in 0..len {
            let slot = p.add(i);
            if (*slot).owns_heap() {
                std::ptr::drop_in_place(slot);
            }
        }
    }
}
