//! printf-style `str % args` formatting, built on the format-spec renderer.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::format::{self, Align, FormatSpec, Sign};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

struct Spec {
    key: Option<String>,
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alt: bool,
    width: Option<usize>,
    width_star: bool,
    prec: Option<usize>,
    prec_star: bool,
    conv: char,
}

/// `fmt % values`.
pub fn percent_format(vm: &mut Vm, fmt: &str, values: &Value) -> PyResult<String> {
    percent_format_mode(vm, fmt, values, false)
}

/// `fmt % values`; with `bytes`, `fmt` is Latin-1 decoded bytes and the
/// result is to be encoded back: `%s`/`%b` take bytes-like objects, `%r`/`%a`
/// are `ascii()`, and `%c` takes an int below 256 or a single byte.
pub fn percent_format_mode(
    vm: &mut Vm,
    fmt: &str,
    values: &Value,
    bytes: bool,
) -> PyResult<String> {
    let (args, mapping): (Vec<Value>, Option<Value>) = match values {
        Value::Tuple(t) => (t.as_slice().to_vec(), None),
        Value::Dict(_) => (vec![values.clone()], Some(values.clone())),
        Value::Instance(_) => {
            let gi = vm.names.getitem.clone();
            let is_mapping =
                vm.type_of(values).lookup(&gi).is_some() && !matches!(values, Value::Str(_));
            (
                vec![values.clone()],
                if is_mapping {
                    Some(values.clone())
                } else {
                    None
                },
            )
        }
        other => (vec![other.clone()], None),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut argi = 0usize;
    let mut used_mapping = false;
    let mut i = 0;
    let next_arg = |vm: &mut Vm, argi: &mut usize| -> PyResult<Value> {
        match args.get(*argi) {
            Some(v) => {
                *argi += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut sp = Spec {
            key: None,
            left: false,
            zero: false,
            plus: false,
            space: false,
            alt: false,
            width: None,
            width_star: false,
            prec: None,
            prec_star: false,
            conv: ' ',
        };
        if i < chars.len() && chars[i] == '(' {
            let mut depth = 1;
            let kstart = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            sp.key = Some(chars[kstart..i - 1].iter().collect());
        }
        while i < chars.len() {
            match chars[i] {
                '-' => sp.left = true,
                '0' => sp.zero = true,
                '+' => sp.plus = true,
                ' ' => sp.space = true,
                '#' => sp.alt = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            sp.width_star = true;
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                sp.width = w.parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                sp.prec_star = true;
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                sp.prec = Some(p.parse().unwrap_or(0));
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        sp.conv = chars[i];
        i += 1;
        if sp.conv == '%' {
            out.push('%');
            continue;
        }
        if sp.width_star {
            let w = next_arg(vm, &mut argi)?;
            let w = match w {
                Value::Int(n) => n,
                Value::BigInt(_) => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                _ => return Err(vm.type_error("* wants int")),
            };
            if w < 0 {
                sp.left = true;
            }
            sp.width = Some(w.unsigned_abs() as usize);
        }
        if sp.prec_star {
            let p = next_arg(vm, &mut argi)?;
            let p = match p {
                Value::Int(n) if n > i32::MAX as i64 || n < i32::MIN as i64 => {
                    return Err(vm.overflow_error("Python int too large to convert to C int"))
                }
                Value::Int(n) => n.max(0) as usize,
                Value::BigInt(_) => {
                    return Err(vm.overflow_error("Python int too large to convert to C int"))
                }
                _ => return Err(vm.type_error("* wants int")),
            };
            sp.prec = Some(p);
        }
        // Widths and precisions are the script's to choose: what they ask
        // for is checked before anything is built.
        let asked = sp.width.unwrap_or(0).max(sp.prec.unwrap_or(0));
        if asked >= 1 << 16 {
            vm.probe_alloc(asked.saturating_mul(2))?;
        }
        let value = match &sp.key {
            Some(k) => {
                let Some(m) = &mapping else {
                    return Err(vm.type_error("format requires a mapping"));
                };
                used_mapping = true;
                let m = m.clone();
                let key = if bytes {
                    let raw: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
                    Value::Bytes(Rc::new(crate::objects::BytesObj::new(raw)))
                } else {
                    Value::str(k)
                };
                vm.get_item(&m, &key)?
            }
            None => next_arg(vm, &mut argi)?,
        };
        let value = if bytes {
            super::bytes_printf::convert_arg(vm, &mut sp.conv, value)?
        } else {
            value
        };
        let piece = format_one(vm, &sp, &value, start)?;
        out.push_str(&piece);
    }
    if argi < args.len() && !used_mapping && mapping.is_none() {
        if bytes {
            return Err(vm.type_error("not all arguments converted during bytes formatting"));
        }
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn pad(s: String, sp: &Spec) -> String {
    let w = sp.width.unwrap_or(0);
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    if sp.left {
        format!("{}{}", s, " ".repeat(w - n))
    } else {
        format!("{}{}", " ".repeat(w - n), s)
    }
}

fn number_spec(sp: &Spec, ty: char) -> FormatSpec {
    FormatSpec {
        fill: None,
        align: if sp.left {
            Some(Align::Left)
        } else if sp.zero {
            None
        } else {
            Some(Align::Right)
        },
        sign: Some(if sp.plus {
            Sign::Plus
        } else if sp.space {
            Sign::Space
        } else {
            Sign::Minus
        }),
        no_neg_zero: false,
        alternate: sp.alt,
        zero_pad: sp.zero && !sp.left,
        width: sp.width,
        grouping: None,
        precision: sp.prec,
        ty: Some(ty),
    }
}

fn format_one(vm: &mut Vm, sp: &Spec, v: &Value, start: usize) -> PyResult<String> {
    let fail = |vm: &mut Vm, m: String| {
        let k = format::exception_for(&m);
        vm.error_by_name(k, m)
    };
    match sp.conv {
        's' | 'r' | 'a' => {
            let mut s = match sp.conv {
                's' => vm.to_str(v)?.as_str().to_string(),
                'r' => vm.repr(v)?.as_str().to_string(),
                _ => crate::objects::str::ascii_escape(vm.repr(v)?.as_str()),
            };
            if let Some(p) = sp.prec {
                s = s.chars().take(p).collect();
            }
            Ok(pad(s, sp))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let int = match v {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => vm.to_bigint(v)?,
                Value::Float(f) if matches!(sp.conv, 'd' | 'i' | 'u') => {
                    match format::float_to_bigint(f.trunc()) {
                        Ok(b) => b,
                        Err(m) => return Err(fail(vm, m)),
                    }
                }
                _ => {
                    let iname = vm.names.index.clone();
                    let intname = vm.names.int.clone();
                    let via = if matches!(sp.conv, 'd' | 'i' | 'u') {
                        vm.call_special(v, &intname, &[])?
                    } else {
                        vm.call_special(v, &iname, &[])?
                    };
                    match via {
                        Some(r) => vm.to_bigint(&r)?,
                        None => {
                            let tn = vm.type_name(v);
                            let what = if matches!(sp.conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{} format: a real number is required, not {}",
                                    sp.conv, tn
                                )
                            } else {
                                format!("%{} format: an integer is required, not {}", sp.conv, tn)
                            };
                            return Err(vm.type_error(what));
                        }
                    }
                }
            };
            if matches!(sp.conv, 'd' | 'i' | 'u') && crate::objects::int::exceeds_digit_limit(&int)
            {
                return Err(vm.int_str_limit_error());
            }
            let ty = match sp.conv {
                'x' => 'x',
                'X' => 'X',
                'o' => 'o',
                _ => 'd',
            };
            let mut fs = number_spec(sp, ty);
            let prec = fs.precision.take();
            let mut s = match format::format_int(&int, &fs, "int") {
                Ok(s) => s,
                Err(m) => return Err(fail(vm, m)),
            };
            if let Some(p) = prec {
                // Precision on integers means a minimum digit count.
                let neg = int < BigInt::from(0);
                let digits = if neg {
                    (-int.clone()).to_str_radix(radix(ty))
                } else {
                    int.to_str_radix(radix(ty))
                };
                if digits.len() < p {
                    let padded = format!("{}{}", "0".repeat(p - digits.len()), digits);
                    let body = if ty == 'X' {
                        padded.to_uppercase()
                    } else {
                        padded
                    };
                    let prefix = if sp.alt {
                        match ty {
                            'x' => "0x",
                            'X' => "0X",
                            'o' => "0o",
                            _ => "",
                        }
                    } else {
                        ""
                    };
                    let sign = if neg {
                        "-"
                    } else if sp.plus {
                        "+"
                    } else if sp.space {
                        " "
                    } else {
                        ""
                    };
                    s = pad(format!("{}{}{}", sign, prefix, body), sp);
                }
            }
            if sp.alt && ty == 'X' {
                s = s.replacen("0x", "0X", 1);
            }
            Ok(s)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match v {
                Value::Float(f) => *f,
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => vm.to_f64(v)?,
                _ => {
                    let fname = vm.names.float.clone();
                    match vm.call_special(v, &fname, &[])? {
                        Some(Value::Float(f)) => f,
                        _ => {
                            let tn = vm.type_name(v);
                            return Err(vm.type_error(format!("must be real number, not {}", tn)));
                        }
                    }
                }
            };
            let mut fs = number_spec(sp, sp.conv);
            if fs.precision.is_none() {
                fs.precision = Some(6);
            }
            match format::format_float(f, &fs, "float") {
                Ok(s) => Ok(s),
                Err(m) => Err(fail(vm, m)),
            }
        }
        'c' => {
            let s = match v {
                Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                },
                _ => return Err(vm.type_error("%c requires int or char")),
            };
            Ok(pad(s, sp))
        }
        other => {
            let idx = start + 1;
            Err(vm.value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                other, other as u32, idx
            )))
        }
    }
}

fn radix(ty: char) -> u32 {
    match ty {
        'x' | 'X' => 16,
        'o' => 8,
        _ => 10,
    }
}
