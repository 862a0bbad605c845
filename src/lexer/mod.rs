//! Tokens and the layout pass.
//!
//! The logos scanner in [`token`] cuts the source into raw tokens; the
//! [`layout`] pass adds NEWLINE/INDENT/DEDENT and CPython's tokenizer errors;
//! [`strings`] scans and decodes string literals.

pub mod layout;
pub mod strings;
pub mod token;

#[cfg(test)]
pub use layout::tokenize;
pub use layout::{Layout, LexResult};
pub use token::Tok;

#[cfg(test)]
mod tests;
