//! Argument checking helpers for native functions, with CPython's wording.

use crate::objects::function::KwArgs;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Require between `min` and `max` positional arguments.
pub fn check(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{} expected {} arguments, got {}", name, min, n),
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Reject keyword arguments.
pub fn no_kwargs(vm: &mut Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// Find a keyword argument; errors on unknown names not in `allowed`.
pub fn kwarg(kw: KwArgs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v.clone())
}

/// Reject any keyword not in `allowed`.
pub fn only_kwargs(vm: &mut Vm, fname: &str, kw: KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k.as_str(),
                fname
            )));
        }
    }
    Ok(())
}

/// Positional argument `i`, or a keyword of the same name, or None.
pub fn arg_or_kw(args: &[Value], i: usize, kw: KwArgs, name: &str) -> Option<Value> {
    args.get(i).cloned().or_else(|| kwarg(kw, name))
}

/// The text of a str argument, or a TypeError.
pub fn str_arg(
    vm: &mut Vm,
    v: &Value,
    what: &str,
) -> PyResult<std::rc::Rc<crate::objects::StrObj>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{} must be str, not {}", what, tn)))
        }
    }
}
