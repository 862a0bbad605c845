//! `bytes % values`: the str formatter run on Latin-1 text, with the
//! arguments of the bytes-only conversions turned into that text first.

use std::rc::Rc;

use crate::objects::bytearray::bytes_like;
use crate::objects::function::KwArgs;
use crate::objects::{BytesObj, Value};
use crate::vm::{PyResult, Vm};

fn latin1(b: &[u8]) -> Value {
    Value::string(b.iter().map(|&c| c as char).collect())
}

/// The argument of one conversion, as the str formatter should see it;
/// `%b`, `%r` and `%a` become `%s`.
pub fn convert_arg(vm: &mut Vm, conv: &mut char, v: Value) -> PyResult<Value> {
    match *conv {
        's' | 'b' => {
            *conv = 's';
            if let Some(b) = bytes_like(&v) {
                return Ok(latin1(&b));
            }
            let name = vm.intern("__bytes__");
            if let Some(r) = vm.call_special(&v, &name, &[])? {
                if let Value::Bytes(b) = r {
                    return Ok(latin1(b.as_bytes()));
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", tn)));
            }
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                tn
            )))
        }
        'r' | 'a' => {
            *conv = 's';
            let ascii = vm.builtins.get_str_text("ascii").unwrap_or(Value::None);
            vm.call_value(ascii, &[v])
        }
        'c' => {
            *conv = 's';
            if let Some(b) = bytes_like(&v) {
                if b.len() == 1 {
                    return Ok(latin1(&b));
                }
            }
            if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                let i = match &v {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    _ => -1,
                };
                if !(0..256).contains(&i) {
                    return Err(vm.overflow_error("%c arg not in range(256)"));
                }
                return Ok(latin1(&[i as u8]));
            }
            Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
        }
        _ => Ok(v),
    }
}

/// `bytes.__mod__` (and bytearray's, which turns the result into a
/// bytearray).
pub fn bytes_mod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::builtins::args::check(vm, "__mod__", args, 2, 2)?;
    let Some(fmt) = bytes_like(&vm.unwrap_builtin(&args[0])) else {
        return Ok(Value::NotImplemented);
    };
    let text: String = fmt.iter().map(|&c| c as char).collect();
    let out = crate::builtins::printf::percent_format_mode(vm, &text, &args[1], true)?;
    let raw: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(Value::Bytes(Rc::new(BytesObj::new(raw))))
}
