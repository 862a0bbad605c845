//! Parts of the command line that are not the interpreter's: signals,
//! decoding the program's source and arguments.

pub mod signals;
pub mod source;
