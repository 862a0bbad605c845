//! weft: an embeddable interpreter for a Python-like language built around coroutines.

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
