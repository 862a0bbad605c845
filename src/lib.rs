//! weft: an embeddable interpreter for a Python-like language built around coroutines.

pub mod ast;
pub mod ast_dump;
pub mod builtins;
pub mod format;
pub mod lexer;
pub mod parser;
pub mod syntax_error;
