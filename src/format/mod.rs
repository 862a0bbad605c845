//! Number and string formatting, parsing, rounding and hashing with CPython 3.11's exact
//! results, as pure functions over Rust values.
//!
//! Errors are `Err(String)` holding CPython's message; each function's documentation
//! names the exception CPython raises, and [`exception_for`] maps any message produced
//! here to that exception's name.

mod arith;
mod parse;
mod render;
mod spec;

#[cfg(test)]
mod tests;

pub use arith::{
    float_floordiv_mod, float_hash, float_pow, float_to_bigint, int_hash_big, int_hash_i64,
    round_float, round_float_to_int,
};
pub use parse::{is_python_space, parse_float, parse_int, unicode_decimal};
pub use render::{float_repr, format_float, format_i64, format_int, format_str};
pub use spec::{parse_format_spec, Align, FormatSpec, Sign};

/// Formats an int from a raw spec string (parse + [`format_int`]).
pub fn format_int_spec(
    v: &num_bigint::BigInt,
    spec: &str,
    type_name: &str,
) -> Result<String, String> {
    format_int(v, &parse_format_spec(spec, type_name)?, type_name)
}

/// Formats a machine int from a raw spec string (parse + [`format_i64`]).
pub fn format_i64_spec(v: i64, spec: &str, type_name: &str) -> Result<String, String> {
    format_i64(v, &parse_format_spec(spec, type_name)?, type_name)
}

/// Formats a float from a raw spec string (parse + [`format_float`]).
pub fn format_float_spec(v: f64, spec: &str, type_name: &str) -> Result<String, String> {
    format_float(v, &parse_format_spec(spec, type_name)?, type_name)
}

/// Formats a string from a raw spec string (parse + [`format_str`]).
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, String> {
    format_str(s, &parse_format_spec(spec, type_name)?, type_name)
}

/// The name of the CPython exception that goes with an error message from this module.
pub fn exception_for(msg: &str) -> &'static str {
    if msg.is_empty() {
        "MemoryError"
    } else if msg.starts_with("%c arg not in range")
        || msg.starts_with("int too large")
        || msg.starts_with("Python int too large")
        || msg.starts_with("rounded value too large")
        || msg.starts_with("cannot convert float infinity")
        || msg.starts_with("(34,")
    {
        "OverflowError"
    } else if msg.starts_with("0.0 cannot be raised") || msg.contains("division by zero") {
        "ZeroDivisionError"
    } else {
        "ValueError"
    }
}
