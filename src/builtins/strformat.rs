//! `str.format` and `str.format_map`: replacement fields with auto or
//! manual numbering, attribute and index lookups, conversions and nested
//! format specs.

use crate::objects::function::KwArgs;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

struct State<'a> {
    args: &'a [Value],
    kw: KwArgs<'a>,
    mapping: Option<&'a Value>,
    /// None: not decided; Some(true): automatic; Some(false): manual.
    auto: Option<bool>,
    next: usize,
}

pub fn format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: KwArgs,
    mapping: Option<&Value>,
) -> PyResult<String> {
    let mut st = State {
        args,
        kw,
        mapping,
        auto: None,
        next: 0,
    };
    format_with(vm, fmt, &mut st, 2)
}

fn format_with(vm: &mut Vm, fmt: &str, st: &mut State, depth: usize) -> PyResult<String> {
    // Every character the syntax cares about is ASCII, so scanning bytes
    // is exact on UTF-8 and every split point is a character boundary.
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut lit = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'{' {
            out.push_str(&fmt[lit..i]);
            if i + 1 < b.len() && b[i + 1] == b'{' {
                out.push('{');
                i += 2;
                lit = i;
                continue;
            }
            if i + 1 == b.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            // Find the matching close brace (nested braces in the spec;
            // braces inside `[...]` of the field name are literal).
            let mut level = 1;
            let mut j = i + 1;
            let (mut in_name, mut bracket, mut saw_spec) = (true, false, false);
            while j < b.len() {
                let c = b[j];
                if in_name && bracket {
                    bracket = c != b']';
                    j += 1;
                    continue;
                }
                match c {
                    b'[' if in_name => bracket = true,
                    b'!' if in_name => {
                        in_name = false;
                        saw_spec = true;
                        // The conversion character is never a brace (a
                        // multi-byte one continues with non-ASCII bytes).
                        j += 1;
                    }
                    b':' if in_name => {
                        in_name = false;
                        saw_spec = true;
                    }
                    b'{' => level += 1,
                    b'}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= b.len() {
                return Err(vm.value_error(if saw_spec {
                    "unmatched '{' in format spec"
                } else {
                    "expected '}' before end of string"
                }));
            }
            replace_field(vm, &fmt[i + 1..j], st, depth, &mut out)?;
            i = j + 1;
            lit = i;
        } else if c == b'}' {
            out.push_str(&fmt[lit..i]);
            if i + 1 < b.len() && b[i + 1] == b'}' {
                out.push('}');
                i += 2;
                lit = i;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            i += 1;
        }
    }
    out.push_str(&fmt[lit..]);
    Ok(out)
}

/// Format one replacement field (the text between the braces) onto `out`.
fn replace_field(
    vm: &mut Vm,
    field: &str,
    st: &mut State,
    depth: usize,
    out: &mut String,
) -> PyResult<()> {
    // Split off `!conv` and `:spec` (outside brackets).
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut chars = r.chars();
        let conv = chars.next();
        let after = chars.as_str();
        match after.strip_prefix(':') {
            Some(spec) => (conv, spec),
            None if after.is_empty() => (conv, ""),
            None => return Err(vm.value_error("expected ':' after conversion specifier")),
        }
    } else if let Some(spec) = rest.strip_prefix(':') {
        (None, spec)
    } else {
        (None, "")
    };
    let value = lookup(vm, name, st)?;
    let value = match conv {
        None => value,
        Some('r') => Value::Str(vm.repr(&value)?),
        Some('s') => Value::Str(vm.to_str(&value)?),
        Some('a') => {
            let r = vm.repr(&value)?;
            Value::string(crate::objects::str::ascii_escape(r.as_str()))
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {}", c))),
    };
    if spec.is_empty() {
        // format(x, "") of a str or an int is its text.
        match &value {
            Value::Str(s) => {
                out.push_str(s.as_str());
                return Ok(());
            }
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{}", i);
                return Ok(());
            }
            _ => {}
        }
    }
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let s = format_with(vm, spec, st, depth - 1)?;
        vm.intern(&s)
    } else {
        vm.intern(spec)
    };
    out.push_str(vm.format(&value, &spec)?.as_str());
    Ok(())
}

fn lookup(vm: &mut Vm, name: &str, st: &mut State) -> PyResult<Value> {
    // The first part: index or keyword; then `.attr` and `[key]` parts.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value =
        if first.is_empty() {
            match st.auto {
                Some(false) => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                _ => st.auto = Some(true),
            }
            let i = st.next;
            st.next += 1;
            match st.args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        i
                    )))
                }
            }
        } else if let Ok(i) = first.parse::<usize>() {
            match st.auto {
                Some(true) => return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                _ => st.auto = Some(false),
            }
            match st.args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        i
                    )))
                }
            }
        } else {
            let found = st
                .kw
                .iter()
                .find(|(k, _)| k.as_str() == first)
                .map(|(_, v)| v.clone());
            match found {
                Some(v) => v,
                None => match st.mapping {
                    Some(m) => {
                        let m = m.clone();
                        vm.get_item(&m, &Value::str(first))?
                    }
                    None => return Err(vm.key_error(Value::str(first))),
                },
            }
        };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.intern(&r[..end]);
            value = vm.get_attr(&value, &attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}
