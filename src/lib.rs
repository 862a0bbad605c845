//! weft: an embeddable interpreter for a Python-like language built around
//! coroutines (CPython 3.11 semantics for what it runs).
//!
//! A host makes a [`Vm`] (sandboxed by default; a [`VmBuilder`] sets output
//! sinks, module paths, allowed native modules, capabilities and resource
//! limits), runs source, reads and sets globals, calls script functions with
//! Rust values ([`IntoValue`] / [`FromValue`]), registers native functions,
//! modules and types, and drives the asyncio event loop — from its own
//! thread, or from other threads through a [`LoopHandle`].
//!
//! Dropping a [`Vm`] frees everything it made, reference cycles and host
//! closures included (finalizers run first, as at interpreter exit, within
//! an instruction budget); other VMs on the thread keep theirs. A panic in
//! host code becomes an error and leaves the VM and its event loop usable.
//! A [`Value`] belongs to the VM that made it; [`Data`] moves between VMs
//! and threads.
//!
//! ```
//! let mut vm = weft::Vm::builder().capture_output().build();
//! vm.register_fn("double", |x: i64| x * 2);
//! vm.run("print(double(21))", "main.py").unwrap();
//! assert_eq!(vm.take_stdout(), "42\n");
//! ```
//!
//! # Several VMs on one thread
//!
//! Each VM has its own globals, modules, limits and memory account. Two
//! pieces of bookkeeping are per thread and shared by the VMs on it: the
//! cycle collector's generations and the class attribute cache. Both hold
//! only weak references and each object belongs to one VM, so this is safe;
//! its visible effect is that a collection one VM triggers may free cyclic
//! garbage another VM left, crediting the freed bytes to the collecting
//! VM's account. Keeping them per VM would cost an indirection on every
//! tracked allocation and every attribute lookup; a host that needs strict
//! separation runs each VM on its own thread (a [`Vm`] is not `Send`, so
//! it is built on the thread that uses it).
//!
//! The `weft` command line and REPL are hosts of this API; what they need
//! beyond it is in [`tools`].

mod ast;
mod ast_dump;
mod asyncio;
mod builtins;
mod bytecode;
mod compiler;
mod embed;
mod format;
mod gc;
mod lexer;
mod objects;
mod parser;
mod repl;
mod run_module;
mod runner;
mod snapshot;
mod source_decode;
mod syntax_error;
pub mod tools;
mod vm;

pub use embed::host_type::Host;
pub use embed::{
    Args, Callee, CountingAlloc, Data, Error, ErrorKind, FromValue, FutureToken, HostFn,
    HostMethod, IntoValue, Limit, LoopHandle, ModuleBuilder, Result, ThreadFuture, TypeBuilder,
    Value, Vm, VmBuilder,
};
pub use snapshot::SnapshotError;

/// Counts allocations per thread so memory budgets work (feature
/// `counting-alloc`, on by default).
#[cfg(all(feature = "counting-alloc", not(feature = "mimalloc")))]
#[global_allocator]
static ALLOCATOR: embed::CountingAlloc = embed::CountingAlloc::system();

/// The interpreter allocates and frees small objects (frames, strings,
/// instances, dict tables) at a high rate; mimalloc's per-thread free lists
/// serve them much faster than the system allocator (feature `mimalloc`,
/// on by default).
#[cfg(all(feature = "counting-alloc", feature = "mimalloc"))]
#[global_allocator]
static ALLOCATOR: embed::CountingAlloc<vm::alloc::Mimalloc> =
    embed::CountingAlloc::new(vm::alloc::Mimalloc);

#[cfg(all(not(feature = "counting-alloc"), feature = "mimalloc"))]
#[global_allocator]
static ALLOCATOR: vm::alloc::Mimalloc = vm::alloc::Mimalloc;
