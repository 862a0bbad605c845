//! Compiler: scope analysis and code generation.

pub mod codegen;
mod const_set;
pub mod symtable;

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::objects::str::Interner;
use crate::parser;
use crate::syntax_error::{Stage, SyntaxError, SyntaxErrorKind};

/// How source is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script.
    Exec,
    /// A single expression whose value the code returns (`eval()`).
    Eval,
    /// REPL input: expression statements print their values, and
    /// top-level `await` is allowed.
    Interactive,
}

/// A compile failure: a SyntaxError, or CPython's RecursionError for
/// pathologically deep expressions.
#[derive(Debug, Clone)]
pub enum CompileFailure {
    Syntax(SyntaxError),
    Recursion(String),
}

/// Parse and compile `source`.
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    interner: &mut Interner,
) -> Result<Rc<CodeObject>, CompileFailure> {
    let to_syntax = |e: codegen::CompileError| {
        if e.recursion {
            CompileFailure::Recursion(e.msg)
        } else {
            let mut se = SyntaxError::at(
                SyntaxErrorKind::SyntaxError,
                e.msg,
                filename,
                source,
                e.span.start as usize,
                e.span.end as usize,
            );
            se.stage = if e.symtable {
                Stage::Symtable
            } else {
                Stage::Compiler
            };
            CompileFailure::Syntax(se)
        }
    };
    // CPython appends a newline to `exec` source that lacks one, and
    // reports an error at the end of `eval` or `single` source that lacks
    // one at offset 0.
    let at_end = |mut se: SyntaxError| {
        let last_line = source.matches('\n').count() + 1;
        if !source.ends_with('\n') && se.lineno == last_line {
            if mode == Mode::Exec {
                se.eol = true;
            } else if se.zero_width
                && se.stage == Stage::Parser
                && se.offset > se.text.as_deref().map_or(0, |t| t.chars().count())
            {
                se.offset = 0;
                se.end_offset = 0;
            }
        }
        CompileFailure::Syntax(se)
    };
    match mode {
        Mode::Eval => {
            let expr = parser::parse_expression(source, filename).map_err(at_end)?;
            codegen::compile_expression(&expr, filename, source, interner).map_err(to_syntax)
        }
        Mode::Exec | Mode::Interactive => {
            let options = parser::ParseOptions {
                top_level_await: mode == Mode::Interactive,
            };
            let module = parser::parse_module_with(source, filename, options).map_err(at_end)?;
            codegen::compile_module(
                &module,
                filename,
                source,
                interner,
                codegen::Options {
                    interactive: mode == Mode::Interactive,
                },
            )
            .map_err(to_syntax)
        }
    }
}
