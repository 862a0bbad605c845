//! The public [`Vm`]: running scripts, globals, calls and conversions.
//! Every entry point runs under a guard that arms the resource limits,
//! turns script exceptions into [`Error`]s and stops any panic at the
//! boundary.

use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::rc::Rc;

use super::error::SyntaxLocation;
use super::recover::Checkpoint;
use super::{Error, ErrorKind, FromValue, IntoValue, Result, Value, VmBuilder};
use crate::compiler::Mode;
use crate::objects::Value as Raw;
use crate::vm::PyErr;

/// An embedded interpreter. Not `Send`: it lives on the thread that made
/// it; other threads talk to it through a [`super::LoopHandle`].
///
/// ```
/// let mut vm = weft::Vm::new();
/// vm.run("def area(w, h):\n    return w * h\n", "geo.py").unwrap();
/// let a: f64 = vm.call("area", (2.5, 4)).unwrap();
/// assert_eq!(a, 10.0);
/// vm.set_global("limit", 3).unwrap();
/// assert_eq!(vm.eval::<i64>("limit + 1").unwrap(), 4);
/// ```
#[repr(transparent)]
pub struct Vm {
    pub(crate) inner: crate::vm::Vm,
}

/// Something [`Vm::call`] can call: a script value, or the name of a
/// global of the main module.
pub trait Callee {
    /// Find the callable.
    fn resolve(self, vm: &mut Vm) -> Result<Value>;
}

impl Callee for &str {
    fn resolve(self, vm: &mut Vm) -> Result<Value> {
        vm.get_global(self)
    }
}

impl Callee for &Value {
    fn resolve(self, vm: &mut Vm) -> Result<Value> {
        vm.own(self)?;
        Ok(self.clone())
    }
}

impl Callee for Value {
    fn resolve(self, vm: &mut Vm) -> Result<Value> {
        vm.own(&self)?;
        Ok(self)
    }
}

/// Positional arguments for [`Vm::call`]: `()`, a tuple of convertible
/// values, or a `Vec<Value>`.
pub trait Args {
    /// Convert every argument.
    fn into_args(self, vm: &mut Vm) -> Result<Vec<Raw>>;
}

impl Args for () {
    fn into_args(self, _vm: &mut Vm) -> Result<Vec<Raw>> {
        Ok(Vec::new())
    }
}

impl Args for Vec<Value> {
    fn into_args(self, vm: &mut Vm) -> Result<Vec<Raw>> {
        self.into_iter().map(|v| vm.own(&v).cloned()).collect()
    }
}

macro_rules! args_tuple {
    ($($t:ident $i:tt),+) => {
        impl<$($t: IntoValue),+> Args for ($($t,)+) {
            fn into_args(self, vm: &mut Vm) -> Result<Vec<Raw>> {
                Ok(vec![$(self.$i.into_value(vm)?.0),+])
            }
        }
    };
}

args_tuple!(A 0);
args_tuple!(A 0, B 1);
args_tuple!(A 0, B 1, C 2);
args_tuple!(A 0, B 1, C 2, D 3);
args_tuple!(A 0, B 1, C 2, D 3, E 4);
args_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

/// Ids tie an `Error` to the exception kept by the VM that made it. They
/// are unique across VMs: an error of one VM's returned by another VM's
/// host function must not re-raise an unrelated exception of the second.
fn next_error_id() -> std::num::NonZeroU64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::num::NonZeroU64::new(n).unwrap_or(std::num::NonZeroU64::MIN)
}

/// A SyntaxError's location attributes.
fn syntax_location(err: &PyErr) -> SyntaxLocation {
    let d = err.0.dict.borrow();
    let get = |name: &str| d.as_ref().and_then(|d| d.get_str_text(name));
    let text = |name: &str| match get(name) {
        Some(Raw::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    };
    let number = |name: &str| match get(name) {
        Some(Raw::Int(i)) => usize::try_from(i).ok(),
        _ => None,
    };
    SyntaxLocation {
        filename: text("filename"),
        lineno: number("lineno"),
        offset: number("offset"),
        text: text("text").map(|t| t.trim_end_matches(['\n', '\r']).to_string()),
        end_lineno: number("end_lineno"),
        end_offset: number("end_offset"),
    }
}

impl Vm {
    /// A sandboxed VM writing to the process's stdout and stderr: no file
    /// access, no environment variables, `sys.exit()` returns an error.
    /// Same as `Vm::builder().build()`.
    pub fn new() -> Vm {
        VmBuilder::new().build()
    }

    /// Configure a VM: output sinks, capabilities, module paths, limits.
    pub fn builder() -> VmBuilder {
        VmBuilder::new()
    }

    /// The embedding view of an interpreter (for native code holding the
    /// interpreter itself).
    pub(crate) fn from_interpreter(inner: &mut crate::vm::Vm) -> &mut Vm {
        // SAFETY: `Vm` is a repr(transparent) wrapper of the interpreter.
        unsafe { &mut *(inner as *mut crate::vm::Vm as *mut Vm) }
    }

    /// Run `f` as a host call: limits armed by the outermost call, panics
    /// stopped here, output flushed at the end.
    pub(crate) fn guard<T>(&mut self, f: impl FnOnce(&mut Vm) -> Result<T>) -> Result<T> {
        let outer = self.inner.embed.depth == 0;
        if outer {
            self.inner.begin_host_call();
        }
        self.inner.embed.depth += 1;
        let checkpoint = Checkpoint::take(&self.inner);
        let r = std::panic::catch_unwind(AssertUnwindSafe(|| f(self)));
        self.inner.embed.depth -= 1;
        let mut r = match r {
            Ok(r) => r,
            Err(p) => {
                checkpoint.restore(&mut self.inner);
                Err(Vm::caught_panic(p.as_ref()))
            }
        };
        if outer {
            if let Some((limit, detail)) = self.inner.limits.halted.take() {
                if !matches!(&r, Err(e) if e.limit().is_some()) {
                    r = Err(Error::limit_error(limit, detail));
                }
            }
            if self.inner.caps.exit {
                if let Some(code) = r.as_ref().err().and_then(Error::exit_code) {
                    // The host let `sys.exit()` end the process (after
                    // `os._exit()`, without writing out stdout's buffer).
                    self.inner.end_host_call();
                    if self.inner.limits.hard_exit.is_some() {
                        self.inner.stdout.discard_process_buffer();
                    }
                    self.inner.flush();
                    std::process::exit(code);
                }
            }
            self.inner.end_host_call();
            self.inner.flush();
        }
        r
    }

    /// A script exception as a host error (keeping the object, so that
    /// propagating the error through a host function re-raises it).
    pub(crate) fn error_from(&mut self, err: PyErr) -> Error {
        if let Some((limit, detail)) = self.inner.limits.halted.clone() {
            return Error::limit_error(limit, detail);
        }
        let internal = self.is_internal(&err.0);
        let vm = &mut self.inner;
        let type_name = err.class().name().as_str().to_string();
        let message = match vm.to_str(&err.value()) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => String::new(),
        };
        let se = vm.types.system_exit.clone();
        let kind = if err.is_instance(&se) {
            ErrorKind::Exit(match err.0.first_arg() {
                Raw::None => 0,
                Raw::Int(i) => i as i32,
                Raw::Bool(b) => b as i32,
                _ => 1,
            })
        } else if internal {
            ErrorKind::Internal
        } else {
            ErrorKind::Exception
        };
        let rendered = err
            .0
            .dict
            .borrow()
            .as_ref()
            .and_then(|d| d.get_str_text("_rendered"));
        let traceback = match (rendered, err.0.traceback.borrow().is_empty()) {
            (Some(Raw::Str(r)), true) => r.as_str().to_string(),
            _ => vm.format_exception(&err),
        };
        let syntax = if err.is_instance(&vm.types.syntax_error.clone()) {
            Some(Box::new(syntax_location(&err)))
        } else {
            None
        };
        let id = next_error_id();
        vm.embed.kept.push_back((id, err));
        if vm.embed.kept.len() > 8 {
            vm.embed.kept.pop_front();
        }
        Error {
            kind,
            type_name,
            message,
            traceback,
            origin: Some(id),
            syntax,
        }
    }

    /// A host error as a script exception (the original object when the
    /// error came from the script).
    pub(crate) fn raise_from(&mut self, err: Error) -> PyErr {
        if let Some(id) = err.origin {
            if let Some((_, e)) = self.inner.embed.kept.iter().find(|(i, _)| *i == id) {
                return e.clone();
            }
        }
        if let Some(l) = err.limit() {
            let detail = err
                .message
                .split_once(" (")
                .map(|(_, d)| format!(" ({}", d))
                .unwrap_or_default();
            return self.inner.halt(l, detail);
        }
        let internal = err.kind == ErrorKind::Internal;
        let cls = self.host_error_class(&err.type_name);
        let e = self.inner.new_error(&cls, err.message);
        if internal {
            self.note_internal(&e.0);
        }
        e
    }

    /// Compile and run `source` in the main module's namespace; `name` is
    /// the file name tracebacks show.
    ///
    /// ```
    /// let mut vm = weft::Vm::new();
    /// vm.run("x = 6 * 7", "a.py").unwrap();
    /// assert_eq!(vm.get_global::<i64>("x").unwrap(), 42);
    /// let e = vm.run("if x\n", "b.py").unwrap_err();
    /// assert_eq!(e.type_name(), "SyntaxError");
    /// assert!(e.traceback().contains("expected ':'"));
    /// ```
    pub fn run(&mut self, source: &str, name: &str) -> Result<()> {
        self.guard(|vm| {
            let r = vm.run_raw(source, name, Mode::Exec);
            r.map(|_| ())
        })
    }

    fn run_raw(&mut self, source: &str, name: &str, mode: Mode) -> Result<Raw> {
        let globals = self.main_module().dict.clone();
        let r = match self.inner.compile_source(source, name, mode) {
            Ok(code) => self.inner.run_code(code, globals),
            Err(e) => Err(e),
        };
        r.map_err(|e| self.error_from(e))
    }

    /// Read a file (the host reads it, whatever the script may do) and run
    /// it in the main module.
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        let source = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                "FileNotFoundError",
                format!("can't open file '{}': {}", path.display(), e),
            )
        })?;
        self.run(&source, &path.to_string_lossy())
    }

    /// Evaluate one expression in the main module and convert its value.
    ///
    /// ```
    /// let mut vm = weft::Vm::new();
    /// let v: Vec<String> = vm.eval("sorted(['b', 'a'])").unwrap();
    /// assert_eq!(v, ["a", "b"]);
    /// ```
    pub fn eval<T: FromValue>(&mut self, expr: &str) -> Result<T> {
        self.guard(|vm| {
            let v = vm.run_raw(expr, "<eval>", Mode::Eval)?;
            T::from_value(&vm.val(v), vm)
        })
    }

    /// The main module (`__main__`), made on first use.
    pub(crate) fn main_module(&mut self) -> Rc<crate::objects::ModuleObj> {
        if let Some(m) = &self.inner.embed.main {
            return m.clone();
        }
        let m = self.inner.new_module("__main__", None);
        let key = self.inner.intern("__main__");
        self.inner.sys_modules.set_str(key, Raw::Module(m.clone()));
        self.inner.embed.main = Some(m.clone());
        m
    }

    /// A global of the main module (or a builtin), converted. A missing
    /// name is a `NameError`.
    pub fn get_global<T: FromValue>(&mut self, name: &str) -> Result<T> {
        let m = self.main_module();
        let v = match m.dict.get_str_text(name) {
            Some(v) => v,
            None => match self.inner.builtins.get_str_text(name) {
                Some(v) => v,
                None => {
                    return Err(Error::new(
                        "NameError",
                        format!("name '{}' is not defined", name),
                    ))
                }
            },
        };
        self.guard(|vm| T::from_value(&vm.val(v), vm))
    }

    /// Set a global of the main module.
    pub fn set_global(&mut self, name: &str, value: impl IntoValue) -> Result<()> {
        let v = self.guard(|vm| value.into_value(vm))?;
        let m = self.main_module();
        let key = self.inner.intern(name);
        m.dict.set_str(key, v.0);
        Ok(())
    }

    /// Call a script callable (a [`Value`], or a global's name) with
    /// positional arguments and convert the result.
    ///
    /// ```
    /// let mut vm = weft::Vm::new();
    /// vm.run("def greet(who, n=1):\n    return ('hi ' + who + '!') * n\n", "g.py").unwrap();
    /// let s: String = vm.call("greet", ("bob", 2)).unwrap();
    /// assert_eq!(s, "hi bob!hi bob!");
    /// let e = vm.call::<String>("greet", ()).unwrap_err();
    /// assert_eq!(e.type_name(), "TypeError");
    /// ```
    pub fn call<R: FromValue>(&mut self, callee: impl Callee, args: impl Args) -> Result<R> {
        self.guard(|vm| {
            let f = callee.resolve(vm)?;
            let a = args.into_args(vm)?;
            let r = vm.inner.call_value(f.0, &a).map_err(|e| vm.error_from(e))?;
            R::from_value(&vm.val(r), vm)
        })
    }

    /// Call a method: `obj.name(*args)`.
    pub fn call_method<R: FromValue>(
        &mut self,
        obj: &Value,
        name: &str,
        args: impl Args,
    ) -> Result<R> {
        self.guard(|vm| {
            let obj = vm.own(obj)?;
            let a = args.into_args(vm)?;
            let r = vm
                .inner
                .call_method(obj, name, &a)
                .map_err(|e| vm.error_from(e))?;
            R::from_value(&vm.val(r), vm)
        })
    }

    /// An attribute: `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> Result<Value> {
        self.guard(|vm| {
            let obj = vm.own(obj)?;
            let r = vm.inner.get_attr_str(obj, name);
            r.map(|v| vm.val(v)).map_err(|e| vm.error_from(e))
        })
    }

    /// Import a module (as `import name` would) and return it.
    pub fn import(&mut self, name: &str) -> Result<Value> {
        self.guard(|vm| {
            let r = vm.inner.import(name);
            r.map(|v| vm.val(v)).map_err(|e| vm.error_from(e))
        })
    }

    /// Convert a script value to a Rust value.
    pub fn convert<T: FromValue>(&mut self, v: &Value) -> Result<T> {
        self.own(v)?;
        T::from_value(v, self)
    }

    /// Convert a Rust value to a script value.
    pub fn to_value(&mut self, x: impl IntoValue) -> Result<Value> {
        x.into_value(self)
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> Result<String> {
        self.guard(|vm| {
            let r = vm.inner.repr(vm.own(v)?);
            r.map(|s| s.as_str().to_string())
                .map_err(|e| vm.error_from(e))
        })
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> Result<String> {
        self.guard(|vm| {
            let r = vm.inner.to_str(vm.own(v)?);
            r.map(|s| s.as_str().to_string())
                .map_err(|e| vm.error_from(e))
        })
    }

    /// Everything the script printed since the last call, when the VM was
    /// built with [`VmBuilder::capture_output`] (empty otherwise).
    pub fn take_stdout(&mut self) -> String {
        self.inner.flush();
        match &self.inner.embed.captured_out {
            Some(b) => String::from_utf8_lossy(&std::mem::take(&mut *b.borrow_mut())).into_owned(),
            None => String::new(),
        }
    }

    /// Like [`Vm::take_stdout`], for stderr (tracebacks the loop reports,
    /// warnings).
    pub fn take_stderr(&mut self) -> String {
        self.inner.flush();
        match &self.inner.embed.captured_err {
            Some(b) => String::from_utf8_lossy(&std::mem::take(&mut *b.borrow_mut())).into_owned(),
            None => String::new(),
        }
    }

    /// Flush buffered script output to its sinks.
    pub fn flush(&mut self) {
        self.inner.flush();
    }

    /// Set (or clear) the instruction budget for each later host call.
    pub fn set_instruction_budget(&mut self, budget: Option<u64>) {
        self.inner.limits.instruction_budget = budget;
    }

    /// Set (or clear) the time limit for each later host call.
    pub fn set_time_limit(&mut self, limit: Option<std::time::Duration>) {
        self.inner.limits.time_limit = limit;
    }

    /// Set (or clear) an absolute wall-clock deadline.
    pub fn set_deadline(&mut self, deadline: Option<std::time::Instant>) {
        self.inner.limits.fixed_deadline = deadline;
        self.inner.limits.deadline = deadline;
    }

    /// Set (or clear) the memory budget; takes effect at once, also
    /// from a host function in the middle of a call.
    pub fn set_memory_budget(&mut self, bytes: Option<usize>) {
        self.inner.set_memory_budget(bytes);
    }

    /// Bytes this VM holds: what was allocated while it ran (building it,
    /// host calls into it) and not freed since, whatever other VMs on the
    /// thread hold. The memory budget compares against it. 0 without the
    /// counting allocator.
    pub fn memory_used(&self) -> usize {
        self.inner.memory_held().max(0) as usize
    }

    /// Set `sys.argv`, and put `script_dir` first on `sys.path` (the
    /// command line does this before running a script).
    pub fn set_argv(&mut self, argv: Vec<String>, script_dir: Option<String>) {
        self.inner.set_script(argv, script_dir);
    }

    /// Run `source` as the `__main__` program with the command line's
    /// conventions: an uncaught exception is printed to stderr, and the
    /// return value is the process exit status (SystemExit honoured).
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        let r = self.guard(|vm| {
            let m = vm.main_module();
            let key = vm.inner.intern("__file__");
            m.dict.set_str(key, Raw::str(filename));
            let outcome = vm.inner.run_main_in(&m, source, filename);
            Ok(vm.status_of(outcome))
        });
        match r {
            Ok(code) => code,
            Err(e) if e.limit() == Some(super::Limit::Suspended) => 0,
            Err(e) => {
                self.inner.write_err(e.traceback());
                1
            }
        }
    }

    /// Run module `name` as the `__main__` program, as `python -m name`
    /// does (found on the module search path or in the embedded stdlib; a
    /// package runs its `__main__`), with `run_main`'s conventions. Set
    /// `sys.argv` first (`["-m", args...]`): its first item becomes the
    /// module's file.
    pub fn run_module(&mut self, name: &str) -> i32 {
        let r = self.guard(|vm| {
            let m = vm.main_module();
            let outcome = vm.inner.run_module_main(&m, name);
            Ok(vm.status_of(outcome))
        });
        match r {
            Ok(code) => code,
            Err(e) if e.limit() == Some(super::Limit::Suspended) => 0,
            Err(e) => {
                self.inner.write_err(e.traceback());
                1
            }
        }
    }

    /// The exit status of a main program run, remembering whether it was
    /// an interrupt.
    pub(crate) fn status_of(&mut self, outcome: crate::runner::Outcome) -> i32 {
        self.inner.ext.main_interrupted = matches!(outcome, crate::runner::Outcome::Interrupted);
        outcome.status()
    }

    /// Whether the last `run_main` (or `resume_main`) ended with an
    /// uncaught KeyboardInterrupt; its status is then 130. CPython's
    /// command line kills itself with SIGINT instead of exiting with it,
    /// so that a shell running it stops too.
    pub fn main_interrupted(&self) -> bool {
        self.inner.ext.main_interrupted
    }

    /// Whether `name` is defined in the main module.
    pub fn has_global(&mut self, name: &str) -> bool {
        self.main_module().dict.get_str_text(name).is_some()
    }

    /// The names defined in the main module.
    pub fn global_names(&mut self) -> Vec<String> {
        let m = self.main_module();
        let keys = m.dict.borrow().keys();
        keys.iter()
            .filter_map(|k| k.as_str().map(|s| s.as_str().to_string()))
            .collect()
    }
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

impl std::fmt::Debug for Vm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vm")
            .field("frames", &self.inner.frames.len())
            .finish_non_exhaustive()
    }
}
