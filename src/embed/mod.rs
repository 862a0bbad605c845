//! The embedding API: what a Rust program uses to run weft scripts. The
//! crate-level documentation (src/lib.rs) describes it; lib.rs re-exports
//! the public items, and everything else here is the crate's own.

pub mod async_host;
pub mod builder;
pub mod convert;
pub mod error;
pub mod host_errors;
pub mod host_fn;
pub mod host_type;
pub mod interactive;
mod loop_hooks;
pub mod module;
mod module_deps;
mod recover;
pub mod snapshot;
mod teardown;
pub mod thread;
pub mod value;
pub mod vm;

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

pub use self::async_host::FutureToken;
pub use self::builder::VmBuilder;
pub use self::convert::{FromValue, IntoValue};
pub use self::error::{Error, ErrorKind, Result};
pub use self::host_fn::HostFn;
pub use self::host_type::{HostMethod, TypeBuilder};
pub use self::module::ModuleBuilder;
pub use self::thread::{LoopHandle, ThreadFuture};
pub use self::value::{Data, Value};
pub use self::vm::{Args, Callee, Vm};
pub use crate::vm::alloc::CountingAlloc;
pub use crate::vm::limits::Limit;

use crate::objects::{ClassObj, ModuleObj, Value as Raw};
use crate::vm::PyErr;

/// Per-VM state of the embedding layer (limits, host objects, the
/// cross-thread queue). Lives inside the interpreter's VM.
pub struct EmbedState {
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
    pub kept: VecDeque<(std::num::NonZeroU64, PyErr)>,
    /// Source of ids for future tokens.
    pub next_id: u64,
    /// Futures the host can resolve by token.
    pub futures: HashMap<u64, Raw>,
    /// The class of host functions.
    pub host_fn_class: Option<Rc<ClassObj>>,
    /// The class of host methods (binds like a function).
    pub host_method_class: Option<Rc<ClassObj>>,
    /// Exception classes of host errors, by name (see `host_errors`).
    pub host_errors: HashMap<String, Rc<ClassObj>>,
    /// Registered host types, by Rust type.
    pub host_classes: HashMap<std::any::TypeId, Rc<ClassObj>>,
    /// The `__main__` module the API runs code in.
    pub main: Option<Rc<ModuleObj>>,
    /// Where captured stdout/stderr go (when capturing).
    pub captured_out: Option<Rc<RefCell<Vec<u8>>>>,
    pub captured_err: Option<Rc<RefCell<Vec<u8>>>>,
    /// How host objects travel in snapshots, by host type name.
    pub host_serializers: HashMap<String, snapshot::HostSerializer>,
    /// Exceptions standing for host panics and internal errors (they reach
    /// the host as `ErrorKind::Internal`).
    pub faults: Vec<std::rc::Weak<crate::objects::ExceptionObj>>,
    /// This VM's identity, recorded in the `Value`s it hands out.
    pub vm_id: u64,
}

/// Source of VM identities (never 0, which marks values tied to no VM).
static NEXT_VM_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Default for EmbedState {
    fn default() -> EmbedState {
        EmbedState {
            depth: 0,
            no_wait: false,
            interactive: None,
            shared: None,
            kept: VecDeque::new(),
            next_id: 1,
            futures: HashMap::new(),
            host_fn_class: None,
            host_method_class: None,
            host_errors: HashMap::new(),
            host_classes: HashMap::new(),
            main: None,
            captured_out: None,
            captured_err: None,
            host_serializers: HashMap::new(),
            faults: Vec::new(),
            vm_id: NEXT_VM_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }
}
