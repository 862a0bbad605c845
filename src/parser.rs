//! The sole entry to the grammar: source text in, AST or SyntaxError out.
//! (Placeholder until the front end lands.)

use crate::ast::{Expr, Module};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Options that change what the parser accepts.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// Allow `await`, `async for` and `async with` at module level (the REPL's
    /// top-level await, like `python -m asyncio`).
    pub top_level_await: bool,
}

/// Parses a whole module (a file, `-c` code, `exec()` source).
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    parse_module_with(source, filename, ParseOptions::default())
}

pub fn parse_module_with(
    source: &str,
    filename: &str,
    _options: ParseOptions,
) -> Result<Module, SyntaxError> {
    Err(SyntaxError::at(
        SyntaxErrorKind::SyntaxError,
        "parser not built yet",
        filename,
        source,
        0,
        0,
    ))
}

/// Parses a single expression (`eval()` source), surrounding whitespace allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<Expr, SyntaxError> {
    Err(SyntaxError::at(
        SyntaxErrorKind::SyntaxError,
        "parser not built yet",
        filename,
        source,
        0,
        0,
    ))
}
