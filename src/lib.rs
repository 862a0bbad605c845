//! weft: an embeddable interpreter for a Python-like language built around coroutines.

pub mod ast;
pub mod ast_dump;
pub mod asyncio;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod format;
pub mod gc;
pub mod lexer;
pub mod objects;
pub mod parser;
pub mod runner;
pub mod syntax_error;
pub mod vm;

pub use vm::Vm;
