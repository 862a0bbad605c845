//! `_weft`: small native helpers for the stdlib modules written in weft
//! (`types.coroutine`, `traceback`), for things scripts cannot reach.

use std::cell::RefCell;
use std::rc::Rc;

use super::args;
use super::modules::make_module;
use crate::bytecode::{FLAG_GENERATOR, FLAG_ITERABLE_COROUTINE};
use crate::objects::exception::TbEntry;
use crate::objects::function::KwArgs;
use crate::objects::{FunctionObj, Value};
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "_weft",
        &[
            ("iterable_coroutine", iterable_coroutine),
            ("function_kind", function_kind),
            ("format_exception", format_exception),
            ("generic_alias", super::typeforms::class_getitem),
            ("exception_line", exception_line),
            ("tb_entries", tb_entries),
            ("stack_entries", stack_entries),
            ("localtime", localtime),
            ("gmtime", gmtime),
        ],
    );
    // types.ModuleType(name) makes a module.
    let module_class = vm.types.module.clone();
    super::add_methods(
        vm,
        &module_class,
        "module",
        crate::objects::function::BuiltinKind::StaticMethod,
        &[("__new__", module_new)],
    );
    Ok(Value::Module(m))
}

fn module_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let rest = a.get(1..).unwrap_or(&[]);
    let name = match args::arg_or_kw(rest, 0, kw, "name") {
        Some(Value::Str(s)) => s,
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                tn
            )));
        }
        None => {
            return Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)"))
        }
    };
    let m = vm.new_module(name.as_str(), None);
    let doc = args::arg_or_kw(rest, 1, kw, "doc").unwrap_or(Value::None);
    m.dict.set_str_text("__doc__", doc);
    Ok(Value::Module(m))
}

/// A copy of a generator function whose code carries
/// FLAG_ITERABLE_COROUTINE, so its generators can be awaited. Other
/// values come back unchanged.
fn iterable_coroutine(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "iterable_coroutine", a, 1, 1)?;
    let Value::Function(f) = &a[0] else {
        return Ok(a[0].clone());
    };
    if f.code.flags & FLAG_GENERATOR == 0 || f.code.flags & FLAG_ITERABLE_COROUTINE != 0 {
        return Ok(a[0].clone());
    }
    let code = f.code.with_flags(f.code.flags | FLAG_ITERABLE_COROUTINE);
    let func = FunctionObj {
        gc: Default::default(),
        code: Rc::new(code),
        globals: f.globals.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        defaults: RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        closure: f.closure.clone(),
        dict: RefCell::new(f.dict.borrow().clone()),
        module: f.module.clone(),
        annotations: RefCell::new(f.annotations.borrow().clone()),
    };
    Ok(Value::Function(Rc::new(func)))
}

/// What calling a script function makes: "generator", "coroutine",
/// "async_generator", "iterable_coroutine" or "function"; "" for any other
/// callable.
fn function_kind(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use crate::bytecode::{FLAG_ASYNC_GENERATOR, FLAG_COROUTINE};
    args::check(vm, "function_kind", a, 1, 1)?;
    let Value::Function(f) = &a[0] else {
        return Ok(Value::str(""));
    };
    let fl = f.code.flags;
    let kind = if fl & FLAG_COROUTINE != 0 {
        "coroutine"
    } else if fl & FLAG_ASYNC_GENERATOR != 0 {
        "async_generator"
    } else if fl & FLAG_ITERABLE_COROUTINE != 0 {
        "iterable_coroutine"
    } else if fl & FLAG_GENERATOR != 0 {
        "generator"
    } else {
        "function"
    };
    Ok(Value::str(kind))
}

fn exc_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Rc<crate::objects::ExceptionObj>> {
    args::check(vm, name, a, 1, 1)?;
    match &a[0] {
        Value::Exception(e) => Ok(e.clone()),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("{}() expects an exception, not {}", name, tn)))
        }
    }
}

/// The full report CPython prints for an uncaught exception, chains included.
fn format_exception(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = exc_arg(vm, &a[..a.len().min(1)], "format_exception")?;
    // An optional second argument: leave out frames from files whose name
    // starts with it.
    let text = match a.get(1) {
        Some(Value::Str(skip)) => vm.format_exception_skipping(&crate::vm::PyErr(e), skip.as_str()),
        _ => vm.format_exception(&crate::vm::PyErr(e)),
    };
    Ok(Value::string(text))
}

/// `Type: message`, as the last line of a traceback shows it.
fn exception_line(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = exc_arg(vm, a, "exception_line")?;
    Ok(Value::string(vm.exception_line(&e)))
}

fn entry_tuple(code: &crate::bytecode::CodeObject, line: u32) -> Value {
    let src = code
        .source_line(line)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    Value::tuple(vec![
        Value::str(&code.filename),
        Value::Int(line as i64),
        Value::Str(code.name.clone()),
        Value::string(src),
    ])
}

/// `[(filename, lineno, name, line), ...]`, outermost call first.
fn tb_entries(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // A traceback object stands for the exception it belongs to.
    let e = match a {
        [Value::Native(n)] => match &n.data {
            crate::objects::NativeData::Traceback(e) => e.clone(),
            _ => exc_arg(vm, a, "tb_entries")?,
        },
        _ => exc_arg(vm, a, "tb_entries")?,
    };
    let tb: Vec<Value> = e
        .traceback
        .borrow()
        .iter()
        .rev()
        .map(|t: &TbEntry| entry_tuple(&t.code, t.line))
        .collect();
    Ok(Value::list(tb))
}

/// The running frames as `(filename, lineno, name, line)`, outermost
/// first; the last `skip` frames (the stdlib's own) are left out.
fn stack_entries(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "stack_entries", a, 0, 1)?;
    let skip = match a.first() {
        Some(v) => vm.to_index(v)?.max(0) as usize,
        None => 0,
    };
    let n = vm.frames.len().saturating_sub(skip);
    let out: Vec<Value> = vm.frames[..n]
        .iter()
        .map(|f| entry_tuple(&f.code, f.line()))
        .collect();
    Ok(Value::list(out))
}

/// The broken-down time of a timestamp: `(year, month, mday, hour, minute,
/// second, wday, yday, isdst, gmtoff, zone)`, with CPython's conventions
/// (month 1-12, Monday is wday 0, yday from 1).
fn broken_down(vm: &mut Vm, a: &[Value], local: bool) -> PyResult<Value> {
    args::check(vm, "localtime", a, 0, 1)?;
    let secs = match a.first() {
        None | Some(Value::None) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0),
        Some(Value::Float(f)) => {
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            f.floor() as i64
        }
        Some(v) => vm.to_index(v)?,
    };
    let t: libc::time_t = secs as libc::time_t;
    // SAFETY: `tm` is plain data that localtime_r/gmtime_r fill in; both
    // are given valid pointers and report failure by returning null.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: as above: valid pointers to a time_t and a tm we own.
    let ok = unsafe {
        if local {
            !libc::localtime_r(&t, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null tm_zone points at a NUL-terminated C string
        // owned by libc's timezone tables.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Ok(Value::tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        Value::Int(tm.tm_gmtoff),
        Value::string(zone),
    ]))
}

fn localtime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    broken_down(vm, a, true)
}

fn gmtime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    broken_down(vm, a, false)
}
