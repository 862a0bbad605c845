//! The embedding API: what a Rust program uses to run weft scripts.
//!
//! A host makes a [`Vm`] (sandboxed by default; a [`VmBuilder`] sets output
//! sinks, module paths, allowed native modules, capabilities and resource
//! limits), runs source, reads and sets globals, calls script functions with
//! Rust values ([`IntoValue`] / [`FromValue`]), registers native functions,
//! modules and types, and drives the asyncio event loop — from its own
//! thread, or from other threads through a [`LoopHandle`].
//!
//! ```
//! let mut vm = weft::Vm::builder().capture_output().build();
//! vm.register_fn("double", |x: i64| x * 2);
//! vm.run("print(double(21))", "main.py").unwrap();
//! assert_eq!(vm.take_stdout(), "42\n");
//! ```

pub mod alloc;
pub mod async_host;
pub mod builder;
pub mod convert;
pub mod error;
pub mod host_fn;
pub mod host_type;
pub mod interactive;
pub mod limits;
pub mod module;
pub mod snapshot;
pub mod thread;
pub mod value;
pub mod vm;

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use self::alloc::CountingAlloc;
pub use self::async_host::FutureToken;
pub use self::builder::VmBuilder;
pub use self::convert::{FromValue, IntoValue};
pub use self::error::{Error, ErrorKind, Limit, Result};
pub use self::host_fn::HostFn;
pub use self::host_type::{HostMethod, TypeBuilder};
pub use self::module::ModuleBuilder;
pub use self::thread::{LoopHandle, ThreadFuture};
pub use self::value::{Data, Value};
pub use self::vm::{Args, Callee, Vm};

use crate::objects::{ClassObj, ModuleObj, Value as Raw};
use crate::vm::PyErr;

/// Per-VM state of the embedding layer (limits, host objects, the
/// cross-thread queue). Lives inside the interpreter's VM.
pub struct EmbedState {
    /// Countdown to the next limit check (charged at loop back-edges and
    /// frame entries).
    pub ticks: i64,
    /// What `ticks` was last reset to.
    pub slice: i64,
    /// Instructions charged since the current host call began.
    pub used: u64,
    /// Instructions each host call may run.
    pub instruction_budget: Option<u64>,
    /// Bytes the VM may hold.
    pub memory_budget: Option<usize>,
    /// Bytes the VM holds (its allocation account while it is not
    /// running; see `alloc`).
    pub mem_held: isize,
    /// While a host call runs: the account it replaced, put back when
    /// the call returns.
    pub(crate) mem_outer: Option<alloc::Account>,
    /// The account's limit for the running call (see `call_limit`).
    pub mem_limit: Option<isize>,
    /// Per-call time limit (turned into `deadline` at each host call).
    pub time_limit: Option<Duration>,
    /// An absolute deadline set by the host.
    pub fixed_deadline: Option<Instant>,
    /// The deadline in force for the current host call.
    pub deadline: Option<Instant>,
    /// Set once a limit stopped the script: no handler runs until the
    /// host call returns.
    pub halted: Option<(Limit, String)>,
    /// Raised as KeyboardInterrupt at the next check.
    pub interrupt: Arc<AtomicBool>,
    /// Also honour the process-wide SIGINT flag (the REPL and the CLI).
    pub watch_sigint: bool,
    /// Directories the host allowed for imports, even without file access.
    pub module_paths: Vec<String>,
    /// Nesting of host calls into the VM.
    pub depth: usize,
    /// Don't block waiting for timers or other threads (`run_once`).
    pub no_wait: bool,
    /// The loop an interactive session holds running between inputs
    /// (`Vm::begin_interactive`).
    pub interactive: Option<Rc<crate::objects::NativeObj>>,
    /// The queue other threads fill, once the host asked for a handle.
    pub shared: Option<Arc<thread::Shared>>,
    /// Exceptions recently turned into `Error`s, to re-raise the same object.
    pub kept: VecDeque<(u64, PyErr)>,
    /// Source of ids for kept errors and future tokens.
    pub next_id: u64,
    /// Futures the host can resolve by token.
    pub futures: HashMap<u64, Raw>,
    /// The class of the error that stops a script at a limit.
    pub limit_class: Option<Rc<ClassObj>>,
    /// The class of host functions.
    pub host_fn_class: Option<Rc<ClassObj>>,
    /// The class of host methods (binds like a function).
    pub host_method_class: Option<Rc<ClassObj>>,
    /// Registered host types, by Rust type.
    pub host_classes: HashMap<std::any::TypeId, Rc<ClassObj>>,
    /// The `__main__` module the API runs code in.
    pub main: Option<Rc<ModuleObj>>,
    /// Where captured stdout/stderr go (when capturing).
    pub captured_out: Option<Rc<RefCell<Vec<u8>>>>,
    pub captured_err: Option<Rc<RefCell<Vec<u8>>>>,
    /// Suspend (snapshot and stop) at the end of every k-th loop iteration.
    pub suspend_every: Option<u64>,
    /// Suspend when the loop would wait longer than this many seconds
    /// with only timers pending.
    pub suspend_idle: Option<f64>,
    /// Loop iterations since the VM started or was restored.
    pub iterations: u64,
    /// The snapshot taken by the last suspension.
    pub suspended: Option<Vec<u8>>,
    /// Why the last suspension could not save (the program went on).
    pub suspend_error: Option<String>,
    /// How host objects travel in snapshots, by host type name.
    pub host_serializers: HashMap<String, snapshot::HostSerializer>,
}

impl Default for EmbedState {
    fn default() -> EmbedState {
        EmbedState {
            ticks: limits::CHECK_INTERVAL,
            slice: limits::CHECK_INTERVAL,
            used: 0,
            instruction_budget: None,
            memory_budget: None,
            mem_held: 0,
            mem_outer: None,
            mem_limit: None,
            time_limit: None,
            fixed_deadline: None,
            deadline: None,
            halted: None,
            interrupt: Arc::new(AtomicBool::new(false)),
            watch_sigint: false,
            module_paths: Vec::new(),
            depth: 0,
            no_wait: false,
            interactive: None,
            shared: None,
            kept: VecDeque::new(),
            next_id: 1,
            futures: HashMap::new(),
            limit_class: None,
            host_fn_class: None,
            host_method_class: None,
            host_classes: HashMap::new(),
            main: None,
            captured_out: None,
            captured_err: None,
            suspend_every: None,
            suspend_idle: None,
            iterations: 0,
            suspended: None,
            suspend_error: None,
            host_serializers: HashMap::new(),
        }
    }
}
