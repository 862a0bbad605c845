//! [`VmBuilder`]: output sinks, capabilities, module paths, native module
//! allow-list and resource limits.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use super::Vm;
use crate::vm::{Capabilities, Sink};

enum Out {
    Inherit,
    Capture,
    Callback(Box<dyn FnMut(&str)>),
}

/// Builds a [`Vm`]. Everything is off by default: no file access, no
/// environment, no process exit, no limits, output to the process's own
/// stdout and stderr.
///
/// ```
/// use std::time::Duration;
/// let mut vm = weft::Vm::builder()
///     .capture_output()
///     .instruction_budget(1_000_000)
///     .memory_budget(64 << 20)
///     .time_limit(Duration::from_secs(5))
///     .recursion_limit(200)
///     .allow_native_modules(&["math", "time"])
///     .build();
/// vm.run("import math\nprint(math.sqrt(16))", "m.py").unwrap();
/// assert_eq!(vm.take_stdout(), "4.0\n");
/// let e = vm.run("import time", "j.py");
/// assert!(e.is_ok());
/// let e = vm.run("import _json", "j.py").unwrap_err();
/// assert_eq!(e.type_name(), "ModuleNotFoundError");
/// ```
pub struct VmBuilder {
    stdout: Out,
    stderr: Out,
    caps: Capabilities,
    module_paths: Vec<String>,
    allowed_modules: Option<Vec<String>>,
    recursion_limit: Option<usize>,
    instruction_budget: Option<u64>,
    memory_budget: Option<usize>,
    time_limit: Option<Duration>,
    deadline: Option<Instant>,
    native_depth: Option<usize>,
    sigint: bool,
    virtual_time: bool,
}

impl VmBuilder {
    /// The defaults: sandboxed, no limits, inherited output.
    pub fn new() -> VmBuilder {
        VmBuilder {
            stdout: Out::Inherit,
            stderr: Out::Inherit,
            caps: Capabilities::none(),
            module_paths: Vec::new(),
            allowed_modules: None,
            recursion_limit: None,
            instruction_budget: None,
            memory_budget: None,
            time_limit: None,
            deadline: None,
            native_depth: None,
            sigint: false,
            virtual_time: false,
        }
    }

    /// Keep stdout and stderr in memory; read them with
    /// [`Vm::take_stdout`] and [`Vm::take_stderr`].
    pub fn capture_output(mut self) -> VmBuilder {
        self.stdout = Out::Capture;
        self.stderr = Out::Capture;
        self
    }

    /// Hand stdout to a callback, a chunk at a time.
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// let seen = Rc::new(RefCell::new(String::new()));
    /// let s = seen.clone();
    /// let mut vm = weft::Vm::builder().stdout(move |t| s.borrow_mut().push_str(t)).build();
    /// vm.run("print('hi')", "p.py").unwrap();
    /// assert_eq!(*seen.borrow(), "hi\n");
    /// ```
    pub fn stdout(mut self, f: impl FnMut(&str) + 'static) -> VmBuilder {
        self.stdout = Out::Callback(Box::new(f));
        self
    }

    /// Hand stderr to a callback, a chunk at a time.
    pub fn stderr(mut self, f: impl FnMut(&str) + 'static) -> VmBuilder {
        self.stderr = Out::Callback(Box::new(f));
        self
    }

    /// Let scripts read and write files (`open()`, `os`).
    pub fn allow_files(mut self) -> VmBuilder {
        self.caps.files = true;
        self
    }

    /// Let scripts read the environment (`os.environ`, `os.getenv`).
    pub fn allow_env(mut self) -> VmBuilder {
        self.caps.env = true;
        self
    }

    /// Let scripts read the process's standard input (`input()`,
    /// `sys.stdin`). Without it they raise PermissionError.
    pub fn allow_stdin(mut self) -> VmBuilder {
        self.caps.stdin = true;
        self
    }

    /// Let `sys.exit()` (and `exit()`) end the process: the host call it
    /// ends flushes the output and exits with its status, instead of
    /// returning [`ErrorKind::Exit`](super::ErrorKind::Exit) to the host.
    pub fn allow_exit(mut self) -> VmBuilder {
        self.caps.exit = true;
        self
    }

    /// Every capability, ending the process included.
    pub fn allow_all(mut self) -> VmBuilder {
        self.caps = Capabilities::all();
        self
    }

    /// A directory `import` searches for `.py` modules and packages. Works
    /// without file access: the host chose the directory.
    pub fn module_path(mut self, dir: impl Into<String>) -> VmBuilder {
        self.module_paths.push(dir.into());
        self
    }

    /// Only these native modules can be imported; the others are
    /// ModuleNotFoundError. A name may also be a stdlib module written in
    /// weft (`"asyncio"`, `"json"`, `"random"`): allowing a module allows
    /// the native modules it needs, directly or through the stdlib modules
    /// it imports (`"json"` allows `_json`, `"asyncio"` allows `_asyncio`
    /// and `_collections`), as their embedded source imports them. `sys`,
    /// `gc`, `_weft`, `_io` and `_os` stay available (files and the
    /// environment are capabilities of their own). Stdlib modules that
    /// need no native module import whatever the list; those that need a
    /// native module not allowed fail when they import it.
    ///
    /// ```
    /// let mut vm = weft::Vm::builder()
    ///     .capture_output()
    ///     .allow_native_modules(&["math", "asyncio", "json"])
    ///     .build();
    /// vm.run("import asyncio, json, math\nprint(json.dumps([math.pi > 3]))", "a.py").unwrap();
    /// assert_eq!(vm.take_stdout(), "[true]\n");
    /// let e = vm.run("import time", "t.py").unwrap_err();
    /// assert_eq!(e.message(), "No module named 'time'");
    /// ```
    pub fn allow_native_modules(mut self, names: &[&str]) -> VmBuilder {
        self.allowed_modules = Some(names.iter().map(|s| s.to_string()).collect());
        self
    }

    /// The recursion limit (`sys.getrecursionlimit()`), default 1000.
    pub fn recursion_limit(mut self, n: usize) -> VmBuilder {
        self.recursion_limit = Some(n.max(1));
        self
    }

    /// How deeply native code may re-enter the interpreter (a `__repr__`
    /// calling `repr()`...), which uses the host thread's stack. The
    /// default suits a 2 MB thread stack; raise it on a bigger stack.
    pub fn native_depth(mut self, n: usize) -> VmBuilder {
        self.native_depth = Some(n.max(1));
        self
    }

    /// Stop each host call after about `n` instructions (counted at loop
    /// back-edges and function entries).
    pub fn instruction_budget(mut self, n: u64) -> VmBuilder {
        self.instruction_budget = Some(n);
        self
    }

    /// Stop a script when the VM holds more than `bytes` (needs the
    /// counting allocator, installed by default).
    pub fn memory_budget(mut self, bytes: usize) -> VmBuilder {
        self.memory_budget = Some(bytes);
        self
    }

    /// Stop each host call after `d` of wall-clock time.
    pub fn time_limit(mut self, d: Duration) -> VmBuilder {
        self.time_limit = Some(d);
        self
    }

    /// Stop any script still running at `when`.
    pub fn deadline(mut self, when: Instant) -> VmBuilder {
        self.deadline = Some(when);
        self
    }

    /// Raise KeyboardInterrupt in scripts when the process gets SIGINT
    /// (the host installs the handler; see `weft::embed::limits::SIGINT`).
    pub fn watch_sigint(mut self) -> VmBuilder {
        self.sigint = true;
        self
    }

    /// Run the event loop on a simulated clock: when nothing is ready,
    /// time jumps to the next timer instead of sleeping, so a script that
    /// sleeps for hours finishes at once with the same output and order
    /// (`loop.time()` reports the simulated time).
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().virtual_time(true).capture_output().build();
    /// vm.run("import asyncio\nasync def main():\n    await asyncio.sleep(3600)\n    print('an hour later')\nasyncio.run(main())\n", "<t>").unwrap();
    /// assert_eq!(vm.take_stdout(), "an hour later\n");
    /// ```
    pub fn virtual_time(mut self, on: bool) -> VmBuilder {
        self.virtual_time = on;
        self
    }

    /// Make the VM.
    pub fn build(self) -> Vm {
        let mut captured_out = None;
        let mut captured_err = None;
        let out = match self.stdout {
            Out::Inherit => Sink::Stdout,
            Out::Capture => {
                let b = Rc::new(RefCell::new(Vec::new()));
                captured_out = Some(b.clone());
                Sink::Buffer(b)
            }
            Out::Callback(f) => Sink::Callback(f),
        };
        let err = match self.stderr {
            Out::Inherit => Sink::Stderr,
            Out::Capture => {
                let b = Rc::new(RefCell::new(Vec::new()));
                captured_err = Some(b.clone());
                Sink::Buffer(b)
            }
            Out::Callback(f) => Sink::Callback(f),
        };
        // What building allocates is the new VM's own.
        let outer = crate::vm::alloc::enter(0, None);
        let mut inner = crate::vm::Vm::with_options(self.caps, out, err);
        let e = &mut inner.embed;
        e.captured_out = captured_out;
        e.captured_err = captured_err;
        inner.module_paths = self.module_paths.clone();
        let l = &mut inner.limits;
        l.instruction_budget = self.instruction_budget;
        l.memory_budget = self.memory_budget;
        l.time_limit = self.time_limit;
        l.fixed_deadline = self.deadline;
        l.deadline = self.deadline;
        l.watch_sigint = self.sigint;
        if let Some(n) = self.recursion_limit {
            inner.recursion_limit = n;
        }
        if self.virtual_time {
            inner.set_virtual_time(true);
        }
        inner.native_depth_cap = self
            .native_depth
            .unwrap_or(crate::vm::limits::DEFAULT_NATIVE_DEPTH);
        if let Some(allowed) = self.allowed_modules {
            let allowed = super::module_deps::closure(&allowed);
            inner.native_modules.retain(|name, _| {
                super::module_deps::CORE.contains(name) || allowed.contains(*name)
            });
        }
        let paths: Vec<crate::objects::Value> = self
            .module_paths
            .iter()
            .map(|p| crate::objects::Value::str(p))
            .collect();
        *inner.sys_path.borrow_mut() = paths;
        let mut vm = Vm { inner };
        vm.main_module();
        vm.inner.limits.mem_held = crate::vm::alloc::leave(outer);
        vm
    }
}

impl Default for VmBuilder {
    fn default() -> VmBuilder {
        VmBuilder::new()
    }
}
