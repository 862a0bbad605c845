//! SyntaxError's constructor and str: `SyntaxError(msg, (filename,
//! lineno, offset, text[, end_lineno, end_offset]))` keeps the details as
//! attributes, and `str()` shows them as CPython does:
//! `msg (file.py, line 3)`.

use super::args;
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

const DETAILS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

pub fn install(vm: &mut Vm) {
    let se = vm.types.syntax_error.clone();
    super::add_methods(
        vm,
        &se,
        "SyntaxError",
        BuiltinKind::Method,
        &[
            ("__init__", syntax_error_init),
            ("__str__", syntax_error_str),
        ],
    );
}

fn syntax_error_init(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Exception(e)) = a.first() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'SyntaxError' object"));
    };
    let e = e.clone();
    args::no_kwargs(vm, e.class().name().as_str(), kw)?;
    let rest = &a[1..];
    let mut fields = vec![Value::None; DETAILS.len()];
    if rest.len() == 2 {
        let info = vm.iterate(&rest[1])?;
        if info.len() < 4 || info.len() > 6 {
            let (bound, what) = if info.len() < 4 {
                ("at least 4", info.len())
            } else {
                ("at most 6", info.len())
            };
            return Err(vm.type_error(format!(
                "function takes {} arguments ({} given)",
                bound, what
            )));
        }
        if info.len() == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
        for (slot, v) in fields.iter_mut().zip(info) {
            *slot = v;
        }
    }
    *e.args.borrow_mut() = Value::tuple(rest.to_vec());
    let d = e.attr_dict();
    d.set_str_text("msg", rest.first().cloned().unwrap_or(Value::None));
    for (name, v) in DETAILS.iter().zip(fields) {
        d.set_str_text(name, v);
    }
    Ok(Value::None)
}

fn syntax_error_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Exception(e)) = a.first() else {
        return Err(vm.type_error("descriptor '__str__' requires a 'SyntaxError' object"));
    };
    let attr = |name: &str| e.dict.borrow().as_ref().and_then(|d| d.get_str_text(name));
    // One made natively without `__init__` has its message in args alone.
    let msg = attr("msg").unwrap_or_else(|| e.first_arg());
    let msg = vm.str_string(&msg)?;
    // Only the file's base name, as CPython shows it.
    let file = match attr("filename") {
        Some(Value::Str(s)) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match attr("lineno") {
        Some(l @ (Value::Int(_) | Value::BigInt(_))) => Some(vm.str_string(&l)?),
        _ => None,
    };
    let s = match (file, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, l),
        (None, None) => msg,
    };
    Ok(Value::string(s))
}
