//! What the `weft` command line needs beyond the embedding API: the front
//! end's dumps (`--check`, `--ast`, `--dis`), source decoding, the REPL and
//! the SIGINT flag. A host may use them too; they are stable in the same
//! way as the rest of the public API.

use std::sync::atomic::Ordering;

use crate::compiler::{self, CompileFailure, Mode};
use crate::objects::str::Interner;

pub use crate::source_decode::{decode as decode_source, Origin as SourceOrigin};

/// An error from a front-end tool: the text CPython would print on stderr
/// for it (a `SyntaxError` with its source line and caret, or a
/// `RecursionError` line).
fn failure_text(e: CompileFailure) -> String {
    match e {
        CompileFailure::Syntax(e) => e.render(),
        CompileFailure::Recursion(m) => format!("RecursionError: {}\n", m),
    }
}

/// Parse and compile `source` without running it; `Err` holds every error
/// `compile()` would raise, rendered as CPython prints it.
pub fn check(source: &str, filename: &str) -> Result<(), String> {
    let mut interner = Interner::default();
    compiler::compile(source, filename, Mode::Exec, &mut interner)
        .map(|_| ())
        .map_err(failure_text)
}

/// The syntax tree of `source` in the form of CPython's
/// `ast.dump(tree, indent=2)`.
pub fn dump_ast(source: &str, filename: &str) -> Result<String, String> {
    crate::parser::parse_module(source, filename)
        .map(|m| crate::ast_dump::dump(&m))
        .map_err(|e| e.render())
}

/// The bytecode of `source` and of every code object nested in it.
pub fn disassemble(source: &str, filename: &str) -> Result<String, String> {
    let mut interner = Interner::default();
    compiler::compile(source, filename, Mode::Exec, &mut interner)
        .map(|code| crate::bytecode::disassemble(&code))
        .map_err(failure_text)
}

/// Run the interactive REPL on `vm` until end of input or `exit()`;
/// returns the exit status.
pub fn run_repl(vm: &mut crate::Vm) -> i32 {
    crate::repl::run(vm)
}

/// Ask every VM built with `watch_sigint` to raise KeyboardInterrupt at
/// its next check. Only stores to an atomic, so it is safe to call from a
/// signal handler.
pub fn deliver_sigint() {
    crate::vm::limits::SIGINT.store(true, Ordering::Relaxed);
}
