//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

/// Where padding goes when the formatted value is narrower than `width`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and `0x`-style prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-` (also what numbers do when no sign is given)
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

impl Grouping {
    pub(crate) fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. Options that were not written are `None`/`false`, because
/// defaults depend on the type being formatted (strings align left, numbers right).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only possible together with an explicit `align`).
    pub fill: Option<char>,
    pub align: Option<Align>,
    /// `None` when no sign character was written: strings reject even an explicit `-`.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag before the width. It is only recognised when no fill was given,
    /// so `'x<012'` has width 12 and no zero flag.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type. `Some('\0')` is kept distinct from `None` because CPython
    /// treats a literal NUL type as "no type" for floats but as an unknown code for
    /// ints and strings.
    pub ty: Option<char>,
}

/// Renders a type character the way CPython's "Unknown format code" message does:
/// printable ASCII (and DEL) verbatim, everything else as `\x` plus unpadded hex.
pub(crate) fn type_char_for_message(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", n)
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of ASCII digits starting at `*pos`; `Ok(None)` if there are none.
/// CPython rejects values that do not fit in a `Py_ssize_t` (ValueError).
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut value: i64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(d)))
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    usize::try_from(value)
        .map(Some)
        .map_err(|_| "Too many decimal digits in format string".to_string())
}

/// Parses a format spec.
///
/// `type_name` is only used in the "Invalid format specifier '...' for object of type
/// '...'" message (3.11.7 wording). Every error here is a `ValueError` in CPython:
/// "Invalid format specifier ...", "Format specifier missing precision",
/// "Too many decimal digits in format string", "Cannot specify both ',' and '_'.",
/// "Cannot specify ',' with 'x'." (grouping combined with a type that cannot group;
/// a grouping character in the type position yields e.g. "Cannot specify ',' with ','.").
///
/// Strings get one more grouping check at format time (their implicit type is `s`),
/// done by [`crate::format::format_str`].
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0usize;

    // A fill character is only recognised when followed by an alignment character, so
    // check the two-character form first.
    if let (Some(&f), Some(a)) = (chars.first(), chars.get(1).and_then(|&c| align_of(c))) {
        out.fill = Some(f);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        out.align = Some(a);
        pos = 1;
    }

    match chars.get(pos) {
        Some('+') => out.sign = Some(Sign::Plus),
        Some('-') => out.sign = Some(Sign::Minus),
        Some(' ') => out.sign = Some(Sign::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = read_number(&chars, &mut pos)?;

    match chars.get(pos) {
        Some(',') => {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        Some('_') => {
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        _ => {}
    }
    if let (Some(g), Some(&next)) = (out.grouping, chars.get(pos)) {
        if (g == Grouping::Comma && next == '_') || (g == Grouping::Underscore && next == ',') {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
    }

    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = read_number(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }

    let rest = chars.get(pos..).unwrap_or(&[]);
    if rest.len() > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    out.ty = rest.first().copied();

    if let Some(g) = out.grouping {
        check_grouping(g, out.ty)?;
    }
    Ok(out)
}

/// Which presentation types accept a thousands separator; `None` (no type) always does
/// here, the string formatter re-checks it against its implicit `s`.
pub(crate) fn check_grouping(g: Grouping, ty: Option<char>) -> Result<(), String> {
    let ok = match ty {
        None | Some('\0') => true,
        Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') => true,
        Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
        Some(_) => false,
    };
    if ok {
        Ok(())
    } else {
        let t = ty.map(type_char_for_message).unwrap_or_default();
        Err(format!("Cannot specify '{}' with '{}'.", g.as_char(), t))
    }
}
