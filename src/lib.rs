//! weft: an embeddable interpreter for a Python-like language built around coroutines.

pub mod ast;
pub mod ast_dump;
pub mod asyncio;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod embed;
pub mod format;
pub mod gc;
pub mod lexer;
pub mod objects;
pub mod parser;
pub mod repl;
pub mod run_module;
pub mod runner;
pub mod snapshot;
pub mod source_decode;
pub mod syntax_error;
pub mod vm;

pub use embed::host_type::Host;
pub use embed::{
    Args, Callee, CountingAlloc, Data, Error, ErrorKind, FromValue, FutureToken, HostFn,
    HostMethod, IntoValue, Limit, LoopHandle, ModuleBuilder, Result, ThreadFuture, TypeBuilder,
    Value, Vm, VmBuilder,
};

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
static ALLOCATOR: embed::CountingAlloc<embed::alloc::Mimalloc> =
    embed::CountingAlloc::new(embed::alloc::Mimalloc);

#[cfg(all(not(feature = "counting-alloc"), feature = "mimalloc"))]
#[global_allocator]
static ALLOCATOR: embed::alloc::Mimalloc = embed::alloc::Mimalloc;
