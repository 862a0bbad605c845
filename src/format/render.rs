//! Rendering ints, floats and strings according to a [`FormatSpec`].

use num_bigint::{BigInt, BigUint, Sign as BigSign};
use num_traits::ToPrimitive;

use super::arith::decompose;
use super::spec::{check_grouping, type_char_for_message, Align, FormatSpec, Sign};

/// Largest width or precision-driven output we are willing to build. CPython would try
/// to allocate and raise `MemoryError`; an embedded interpreter should not abort the
/// whole process on a hostile format spec, so we refuse earlier.
pub const MAX_FORMAT_OUTPUT: usize = 1 << 30;

/// The message used when a result would exceed [`MAX_FORMAT_OUTPUT`]. It is empty
/// because CPython's `MemoryError` carries no message; map it to `MemoryError`.
pub const MEMORY_ERROR_MESSAGE: &str = "";

/// Rust's formatter panics above `u16::MAX` precision, and no double has more than
/// 1074 fractional or 767 significant decimal digits, so digits past this are zeros.
const EXACT_DIGITS_CAP: usize = 1100;

fn too_big() -> String {
    MEMORY_ERROR_MESSAGE.to_string()
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_for_message(ty),
        type_name
    )
}

// ---------------------------------------------------------------------------------
// Decimal digit generation for finite, non-negative doubles.

/// Splits Rust's `{:e}` rendering ("1.2345e-7") into its digits ("12345") and the
/// decimal exponent of the first digit (-7).
fn split_sci(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse::<i64>().unwrap_or(0))
}

/// Shortest digits that round-trip, with the exponent of the first digit.
///
/// When two shortest candidates are equally near `x`, CPython takes the one ending in an
/// even digit while Rust's shortest mode may take the other, so exact ties are redone.
fn shortest_digits(x: f64) -> (String, i64) {
    let (digits, exp) = split_sci(&format!("{:e}", x));
    let n = digits.len();
    // A tie needs an ulp of at least 10^-n relative to x; doubles are never that coarse
    // below 15 digits (subnormals, though coarser, have hundreds of exact digits).
    if n < 15 {
        return (digits, exp);
    }
    let (longer, lexp) = split_sci(&format!("{:.*e}", n, x));
    if !longer.ends_with('5') || longer.len() != n + 1 {
        return (digits, exp);
    }
    let scale = lexp - n as i64;
    if !decimal_equals(x, &longer, scale) {
        return (digits, exp);
    }
    let lower = longer.get(..n).unwrap_or("");
    let even = lower
        .bytes()
        .last()
        .is_some_and(|d| (d - b'0').is_multiple_of(2));
    let (cand, cexp) = if even {
        (lower.to_string(), lexp)
    } else {
        increment_digits(lower, lexp)
    };
    let back: Option<f64> = format!("{}e{}", cand, cexp - (cand.len() as i64 - 1))
        .parse()
        .ok();
    if back == Some(x) {
        let trimmed = cand.trim_end_matches('0');
        let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
        (trimmed.to_string(), cexp)
    } else {
        (digits, exp)
    }
}

/// Adds one unit in the last place to a digit string whose first digit has exponent
/// `exp`; a carry out of the first digit ("99" to "100") raises the exponent.
fn increment_digits(d: &str, exp: i64) -> (String, i64) {
    let mut bytes: Vec<u8> = d.bytes().collect();
    for b in bytes.iter_mut().rev() {
        if *b == b'9' {
            *b = b'0';
        } else {
            *b += 1;
            return (String::from_utf8_lossy(&bytes).into_owned(), exp);
        }
    }
    bytes.insert(0, b'1');
    (String::from_utf8_lossy(&bytes).into_owned(), exp + 1)
}

/// Whether the finite, non-negative `x` equals `digits * 10^scale` exactly.
fn decimal_equals(x: f64, digits: &str, scale: i64) -> bool {
    let Some(d) = BigUint::parse_bytes(digits.as_bytes(), 10) else {
        return false;
    };
    let (m, e) = decompose(x);
    let ten = |k: i64| num_traits::pow(BigUint::from(10u32), k.unsigned_abs() as usize);
    let mut lhs = d;
    let mut rhs = BigUint::from(m);
    if scale >= 0 {
        lhs *= ten(scale);
    } else {
        rhs *= ten(scale);
    }
    if e >= 0 {
        rhs <<= e as u64;
    } else {
        lhs <<= (-e) as u64;
    }
    lhs == rhs
}

/// `x` correctly rounded (half-even on the exact binary value) to `frac` fractional
/// digits, as integer part and fraction part.
fn fixed_digits(x: f64, frac: usize) -> (String, String) {
    let s = format!("{:.*}", frac.min(EXACT_DIGITS_CAP), x);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut f = frac_part.to_string();
    f.extend(std::iter::repeat_n('0', frac.saturating_sub(f.len())));
    (int_part.to_string(), f)
}

/// `x` correctly rounded to `sig` significant digits (`sig >= 1`), with the exponent of
/// the first digit after rounding.
fn sci_digits(x: f64, sig: usize) -> (String, i64) {
    let prec = sig.saturating_sub(1);
    let (mut digits, exp) = split_sci(&format!("{:.*e}", prec.min(EXACT_DIGITS_CAP), x));
    digits.extend(std::iter::repeat_n('0', sig.saturating_sub(digits.len())));
    (digits, exp)
}

fn exponent_suffix(e: i64, upper: bool) -> String {
    let sign = if e < 0 { '-' } else { '+' };
    format!(
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        sign,
        e.unsigned_abs()
    )
}

/// Lays out digits `d1 d2 ... dn` with the first digit at decimal exponent `exp` as a
/// plain decimal, returning (integer part, fraction part).
fn place_point(digits: &str, exp: i64) -> (String, String) {
    if exp < 0 {
        let zeros = usize::try_from(-exp - 1).unwrap_or(0);
        let mut frac = "0".repeat(zeros);
        frac.push_str(digits);
        ("0".to_string(), frac)
    } else {
        let int_len = usize::try_from(exp + 1).unwrap_or(usize::MAX);
        if int_len >= digits.len() {
            let mut int = digits.to_string();
            int.push_str(&"0".repeat(int_len - digits.len()));
            (int, String::new())
        } else {
            let (a, b) = digits.split_at(int_len);
            (a.to_string(), b.to_string())
        }
    }
}

/// `repr(float)` / `str(float)`: the shortest round-tripping digits, in exponent form
/// when the decimal exponent is below -4 or at least 16, else positional with at least
/// one fractional digit.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let body = repr_body(x.abs(), false);
    out.push_str(&body.int);
    out.push_str(&body.rest);
    out
}

/// Number text split so that grouping and zero padding can work on the integer digits.
struct NumBody {
    /// Integer digits (empty for inf/nan, whose text is all in `rest`).
    int: String,
    /// Everything after the integer digits: point, fraction, exponent, `%`.
    rest: String,
}

/// The shortest-digits rendering shared by `repr` and the no-type/no-precision format.
fn repr_body(ax: f64, alternate: bool) -> NumBody {
    let (digits, exp) = shortest_digits(ax);
    if !(-4..16).contains(&exp) {
        let (first, tail) = digits.split_at(1.min(digits.len()));
        let mut rest = String::new();
        if !tail.is_empty() || alternate {
            rest.push('.');
        }
        rest.push_str(tail);
        rest.push_str(&exponent_suffix(exp, false));
        NumBody {
            int: first.to_string(),
            rest,
        }
    } else {
        let (int, frac) = place_point(&digits, exp);
        let frac = if frac.is_empty() {
            "0".to_string()
        } else {
            frac
        };
        NumBody {
            int,
            rest: format!(".{}", frac),
        }
    }
}

// ---------------------------------------------------------------------------------
// Layout shared by all number types.

/// Inserts separators into `digits` every `size` characters from the right and, when
/// `min_width` asks for it, extends with zeros, never letting a separator lead.
fn group_digits(digits: &str, sep: Option<char>, size: usize, min_width: usize) -> String {
    // Digits, separators and padding are all ASCII, so bytes suffice.
    let sep = sep.and_then(|c| u8::try_from(c).ok());
    let mut rev: Vec<u8> = Vec::with_capacity(min_width.max(digits.len() * 2));
    let mut count = 0usize;
    for c in digits.bytes().rev() {
        if let Some(s) = sep {
            if count > 0 && count.is_multiple_of(size) {
                rev.push(s);
            }
        }
        rev.push(c);
        count += 1;
    }
    while rev.len() < min_width {
        if let Some(s) = sep {
            if count.is_multiple_of(size) {
                rev.push(s);
            }
        }
        rev.push(b'0');
        count += 1;
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

struct Layout<'a> {
    negative: bool,
    prefix: &'a str,
    body: NumBody,
    /// Separator and group size applied to `body.int`.
    grouping: Option<(char, usize)>,
}

fn sign_text(negative: bool, sign: Option<Sign>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some(Sign::Plus) => "+",
            Some(Sign::Space) => " ",
            _ => "",
        }
    }
}

/// Resolves fill and alignment for numbers: the `0` flag means fill `0` and, unless an
/// alignment was written, padding after the sign.
fn number_fill_align(spec: &FormatSpec) -> (char, Align) {
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    (fill, align)
}

fn pad(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

fn check_width(spec: &FormatSpec) -> Result<usize, String> {
    let w = spec.width.unwrap_or(0);
    if w > MAX_FORMAT_OUTPUT {
        Err(too_big())
    } else {
        Ok(w)
    }
}

fn render_layout(l: Layout<'_>, spec: &FormatSpec) -> Result<String, String> {
    let width = check_width(spec)?;
    let (fill, align) = number_fill_align(spec);
    let sign = sign_text(l.negative, spec.sign);
    let fixed_len = sign.len() + l.prefix.len() + l.body.rest.chars().count();

    // Zero fill after the sign grows the digits themselves, so separators appear
    // inside the padding too ('0,000,123').
    let zero_grow = fill == '0' && align == Align::AfterSign && !l.body.int.is_empty();
    let min_digits = if zero_grow {
        width.saturating_sub(fixed_len)
    } else {
        0
    };
    let int = match l.grouping {
        Some((sep, size)) if !l.body.int.is_empty() => {
            group_digits(&l.body.int, Some(sep), size, min_digits)
        }
        _ => group_digits(&l.body.int, None, 1, min_digits),
    };

    let len = fixed_len + int.chars().count();
    let padding = width.saturating_sub(len);
    let mut out = String::with_capacity(len + padding);
    match align {
        Align::Left => {
            out.push_str(sign);
            out.push_str(l.prefix);
            out.push_str(&int);
            out.push_str(&l.body.rest);
            pad(&mut out, fill, padding);
        }
        Align::Right => {
            pad(&mut out, fill, padding);
            out.push_str(sign);
            out.push_str(l.prefix);
            out.push_str(&int);
            out.push_str(&l.body.rest);
        }
        Align::Center => {
            let left = padding / 2;
            pad(&mut out, fill, left);
            out.push_str(sign);
            out.push_str(l.prefix);
            out.push_str(&int);
            out.push_str(&l.body.rest);
            pad(&mut out, fill, padding - left);
        }
        Align::AfterSign => {
            out.push_str(sign);
            out.push_str(l.prefix);
            pad(&mut out, fill, padding);
            out.push_str(&int);
            out.push_str(&l.body.rest);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------
// Floats.

/// Formats a float.
///
/// Types: `e E f F g G n %`, none, and `'\0'` (which CPython treats as none for
/// floats). Errors (all `ValueError` in CPython):
/// "Unknown format code 'd' for object of type 'float'" (with `type_name` substituted,
/// so int subclasses going through the float path still name themselves), and
/// "precision too big" for a precision above `i32::MAX`. An empty message means
/// CPython would have raised `MemoryError` (see [`MAX_FORMAT_OUTPUT`]).
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = match spec.ty {
        None | Some('\0') => None,
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => Some(c),
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    float_with_type(v, ty, spec)
}

fn float_with_type(v: f64, ty: Option<char>, spec: &FormatSpec) -> Result<String, String> {
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".to_string());
        }
        // Only these forms print every requested digit; the others strip zeros.
        let prints_all = spec.alternate || matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%'));
        if prints_all && p > MAX_FORMAT_OUTPUT {
            return Err(too_big());
        }
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut negative = v.is_sign_negative();
    let x = if ty == Some('%') { v * 100.0 } else { v };
    let percent = if ty == Some('%') { "%" } else { "" };

    if !x.is_finite() {
        let word = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        // CPython shows no minus sign for a NaN, whatever its sign bit.
        if x.is_nan() {
            negative = false;
        }
        let body = NumBody {
            int: String::new(),
            rest: format!("{}{}", word, percent),
        };
        return render_layout(
            Layout {
                negative,
                prefix: "",
                body,
                grouping: None,
            },
            spec,
        );
    }

    let ax = x.abs();
    let alt = spec.alternate;
    let mut body = match ty {
        None if spec.precision.is_none() => repr_body(ax, alt),
        Some('f' | 'F' | '%') => {
            let (int, frac) = fixed_digits(ax, spec.precision.unwrap_or(6));
            let mut rest = String::new();
            if !frac.is_empty() || alt {
                rest.push('.');
            }
            rest.push_str(&frac);
            rest.push_str(percent);
            NumBody { int, rest }
        }
        Some('e' | 'E') => {
            let p = spec.precision.unwrap_or(6);
            let (digits, exp) = sci_digits(ax, p.saturating_add(1));
            sci_body(&digits, exp, alt, upper)
        }
        // 'g', 'G', 'n' and the no-type-with-precision form.
        _ => {
            let p = spec.precision.unwrap_or(6).max(1);
            let general_none = ty.is_none();
            // Past EXACT_DIGITS_CAP every digit is zero, and without '#' trailing
            // zeros go, so there is no need to build them.
            let sig = if alt { p } else { p.min(EXACT_DIGITS_CAP + 1) };
            let (mut digits, exp) = sci_digits(ax, sig);
            if !alt {
                let trimmed = digits.trim_end_matches('0').len().max(1);
                digits.truncate(trimmed);
            }
            // The no-type form switches to exponent notation one digit earlier, so
            // that the ".0" it adds never shows more digits than the precision.
            let limit = if general_none { p as i64 - 1 } else { p as i64 };
            if exp < -4 || exp >= limit {
                sci_body(&digits, exp, alt, upper)
            } else {
                let (int, frac) = place_point(&digits, exp);
                let mut rest = String::new();
                if !frac.is_empty() || alt {
                    rest.push('.');
                    rest.push_str(&frac);
                } else if general_none {
                    rest.push_str(".0");
                }
                NumBody { int, rest }
            }
        }
    };
    if spec.no_neg_zero && negative && all_zero(&body) {
        negative = false;
    }
    if body.int.is_empty() {
        body.int.push('0');
    }
    let grouping = spec.grouping.map(|g| (g.as_char(), 3));
    render_layout(
        Layout {
            negative,
            prefix: "",
            body,
            grouping,
        },
        spec,
    )
}

fn all_zero(b: &NumBody) -> bool {
    let mantissa = b.rest.split(['e', 'E']).next().unwrap_or("");
    b.int.chars().all(|c| c == '0') && mantissa.chars().all(|c| c == '0' || c == '.' || c == '%')
}

fn sci_body(digits: &str, exp: i64, alt: bool, upper: bool) -> NumBody {
    let (first, tail) = digits.split_at(1.min(digits.len()));
    let mut rest = String::new();
    if !tail.is_empty() || alt {
        rest.push('.');
    }
    rest.push_str(tail);
    rest.push_str(&exponent_suffix(exp, upper));
    NumBody {
        int: first.to_string(),
        rest,
    }
}

// ---------------------------------------------------------------------------------
// Integers.

/// Converts an int to the nearest double (ties to even), as `float(int)` does.
/// Error: "int too large to convert to float" (`OverflowError`).
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, String> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().map(|m| m as f64).unwrap_or(f64::INFINITY)
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky low bit keeps ties from being mistaken for exact halves.
        let sticky = if mag.trailing_zeros().unwrap_or(0) < shift {
            1
        } else {
            0
        };
        let t = (top | sticky) as f64;
        if shift > 1023 {
            f64::INFINITY
        } else {
            t * pow2(shift as i32)
        }
    };
    if f.is_infinite() {
        return Err("int too large to convert to float".to_string());
    }
    Ok(if v.sign() == BigSign::Minus { -f } else { f })
}

/// 2^k for -1022 <= k <= 1023, built from its bit pattern so it is exact.
fn pow2(k: i32) -> f64 {
    let biased = (k + 1023).clamp(1, 2046) as u64;
    f64::from_bits(biased << 52)
}

/// Formats an int.
///
/// Integer types `b c d o x X n` and none use the exact value; `e E f F g G %` convert
/// to float first. Errors and CPython's exception types:
/// - "Precision not allowed in integer format specifier" (ValueError)
/// - "Sign not allowed with integer format specifier 'c'" (ValueError)
/// - "Alternate form (#) not allowed with integer format specifier 'c'" (ValueError)
/// - "Negative zero coercion (z) not allowed in integer format specifier" (ValueError)
/// - "Unknown format code 'q' for object of type 'int'" (ValueError; `type_name` is
///   substituted so `bool` reports itself)
/// - "%c arg not in range(0x110000)" (OverflowError)
/// - "Python int too large to convert to C long" (OverflowError) for `c` beyond `i64`
/// - "int too large to convert to float" (OverflowError) for the float types
/// - "precision too big" (ValueError) for the float types
/// - "%c arg is a surrogate" (weft only: CPython returns a lone surrogate, which a Rust
///   string cannot hold; raise ValueError)
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match int_type(spec, type_name)? {
        IntKind::Float(ty) => float_with_type(bigint_to_f64(v)?, ty, spec),
        IntKind::Char => {
            let small = v
                .to_i64()
                .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
            char_layout(char_code(small)?, spec)
        }
        IntKind::Radix(radix, upper, prefix) => {
            let mut digits = v.magnitude().to_str_radix(radix);
            if upper {
                digits.make_ascii_uppercase();
            }
            int_layout(v.sign() == BigSign::Minus, digits, radix, prefix, spec)
        }
    }
}

/// Same results as [`format_int`] for a machine integer, without allocating a bigint.
pub fn format_i64(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match int_type(spec, type_name)? {
        IntKind::Float(ty) => float_with_type(v as f64, ty, spec),
        IntKind::Char => char_layout(char_code(v)?, spec),
        IntKind::Radix(radix, upper, prefix) => {
            let m = v.unsigned_abs();
            let digits = match (radix, upper) {
                (2, _) => format!("{:b}", m),
                (8, _) => format!("{:o}", m),
                (16, false) => format!("{:x}", m),
                (16, true) => format!("{:X}", m),
                _ => m.to_string(),
            };
            int_layout(v < 0, digits, radix, prefix, spec)
        }
    }
}

enum IntKind {
    Float(Option<char>),
    Char,
    Radix(u32, bool, &'static str),
}

fn int_type(spec: &FormatSpec, type_name: &str) -> Result<IntKind, String> {
    let ty = spec.ty.unwrap_or('d');
    let kind = match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return Ok(IntKind::Float(Some(ty))),
        'c' => IntKind::Char,
        'b' => IntKind::Radix(2, false, "0b"),
        'o' => IntKind::Radix(8, false, "0o"),
        'x' => IntKind::Radix(16, false, "0x"),
        'X' => IntKind::Radix(16, true, "0X"),
        'd' | 'n' => IntKind::Radix(10, false, ""),
        _ => return Err(unknown_code(ty, type_name)),
    };
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
    }
    Ok(kind)
}

fn char_code(v: i64) -> Result<u32, String> {
    u32::try_from(v)
        .ok()
        .filter(|&n| n < 0x110000)
        .ok_or_else(|| "%c arg not in range(0x110000)".to_string())
}

fn char_layout(code: u32, spec: &FormatSpec) -> Result<String, String> {
    let c = char::from_u32(code).ok_or_else(|| "%c arg is a surrogate".to_string())?;
    render_layout(
        Layout {
            negative: false,
            prefix: "",
            body: NumBody {
                int: String::new(),
                rest: c.to_string(),
            },
            grouping: None,
        },
        spec,
    )
}

fn int_layout(
    negative: bool,
    digits: String,
    radix: u32,
    prefix: &'static str,
    spec: &FormatSpec,
) -> Result<String, String> {
    let prefix = if spec.alternate { prefix } else { "" };
    let size = if radix == 10 { 3 } else { 4 };
    render_layout(
        Layout {
            negative,
            prefix,
            body: NumBody {
                int: digits,
                rest: String::new(),
            },
            grouping: spec.grouping.map(|g| (g.as_char(), size)),
        },
        spec,
    )
}

// ---------------------------------------------------------------------------------
// Strings.

/// Formats a string (type `s` or none). Width and precision count characters (code
/// points). Errors, all `ValueError` in CPython:
/// "Sign not allowed in string format specifier" (for `+` and `-`),
/// "Space not allowed in string format specifier",
/// "Alternate form (#) not allowed in string format specifier",
/// "'=' alignment not allowed in string format specifier",
/// "Negative zero coercion (z) not allowed in string format specifier",
/// "Cannot specify ',' with 's'." (grouping with the implicit `s`),
/// "Unknown format code 'd' for object of type 'str'" (`type_name` substituted).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None => {
            if let Some(g) = spec.grouping {
                check_grouping(g, Some('s'))?;
            }
        }
        Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some(Align::AfterSign) {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let width = check_width(spec)?;
    let text: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => s.get(..i).unwrap_or(s),
            None => s,
        },
        None => s,
    };
    let len = text.chars().count();
    let padding = width.saturating_sub(len);
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let mut out = String::with_capacity(text.len() + padding);
    match spec.align.unwrap_or(Align::Left) {
        Align::Right => {
            pad(&mut out, fill, padding);
            out.push_str(text);
        }
        Align::Center => {
            let left = padding / 2;
            pad(&mut out, fill, left);
            out.push_str(text);
            pad(&mut out, fill, padding - left);
        }
        _ => {
            out.push_str(text);
            pad(&mut out, fill, padding);
        }
    }
    Ok(out)
}
