//! The native modules: `sys`, `time`, `math` and friends. Each is built
//! the first time it is imported.

use std::rc::Rc;

use super::args;
use super::module_func;
use crate::objects::bigarith;
use crate::objects::function::{BuiltinKind, KwArgs, NativeFn};
use crate::objects::{DictObj, NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("sys", build_sys);
    vm.native_modules.insert("builtins", build_builtins);
    vm.native_modules.insert("time", build_time);
    vm.native_modules.insert("math", build_math);
    vm.native_modules.insert("cmath", super::cmath_mod::build);
    vm.native_modules.insert("gc", crate::gc::module::build);
    vm.native_modules.insert("_weft", super::weft_mod::build);
    vm.native_modules
        .insert("_collections", super::deque::build);
    vm.native_modules
        .insert("_random", super::random_mod::build);
    vm.native_modules.insert("_io", super::io_mod::build_io);
    vm.native_modules.insert("_os", super::io_mod::build_os);
    vm.native_modules.insert("_json", super::json::build);
    vm.native_modules.insert("_sre", super::re::build);
    vm.native_modules.insert("array", super::array_mod::build);
    vm.native_modules
        .insert("binascii", super::binascii_mod::build);
    vm.native_modules
        .insert("_base64", super::base64_mod::build);
    vm.native_modules.insert("_hashlib", super::hashlib::build);
    vm.native_modules.insert("zlib", super::zlib::build);
    vm.native_modules
        .insert("_struct", super::struct_mod::build);
    vm.ext.start_instant = Some(std::time::Instant::now());
}

/// A module object with native functions.
pub fn make_module(
    vm: &mut Vm,
    name: &'static str,
    fns: &[(&'static str, NativeFn)],
) -> Rc<crate::objects::ModuleObj> {
    let m = vm.new_module(name, None);
    for (n, f) in fns {
        let key = vm.intern(n);
        m.dict.set_str(key, module_func(name, n, *f));
    }
    m
}

// ---------------------------------------------------------------- sys

fn std_stream(vm: &mut Vm, fd: i64) -> Value {
    let cls = vm.std_stream_class();
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::StdStream(fd),
        dict: None,
    }))
}

impl Vm {
    fn std_stream_class(&mut self) -> Rc<crate::objects::ClassObj> {
        if let Some(c) = self.types.iterators.borrow().get("TextIOWrapper") {
            return c.clone();
        }
        let c = crate::objects::class::new_class(
            self.intern("TextIOWrapper"),
            vec![self.types.object.clone()],
            Rc::new(DictObj::new()),
            crate::objects::class::Layout::Other,
            true,
        )
        .unwrap_or_else(|_| self.types.object.clone());
        super::add_methods(
            self,
            &c,
            "TextIOWrapper",
            BuiltinKind::Method,
            &[
                ("write", stream_write),
                ("flush", stream_flush),
                ("isatty", stream_isatty),
                ("fileno", stream_fileno),
                ("readline", stream_readline),
                ("read", stream_read),
            ],
        );
        self.types
            .iterators
            .borrow_mut()
            .insert("TextIOWrapper", c.clone());
        c
    }
}

fn stream_fd(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    if let Some(Value::Native(n)) = args.first() {
        if let NativeData::StdStream(fd) = &n.data {
            return Ok(*fd);
        }
    }
    Err(vm.type_error("descriptor requires a stream"))
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = stream_fd(vm, args)?;
    args::check(vm, "write", &args[1..], 1, 1)?;
    let s = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("write() argument must be str, not {}", tn)));
        }
    };
    vm.script_write(fd, s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = stream_fd(vm, args)?;
    vm.script_flush(fd)?;
    Ok(Value::None)
}

fn stream_isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let fd = stream_fd(vm, args)?;
    use std::io::IsTerminal;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    stream_fd(vm, args).map(Value::Int)
}

fn stream_readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = stream_fd(vm, args)?;
    super::stdin::check_allowed(vm)?;
    vm.stdout.flush();
    let bytes = super::stdin::read_line(vm)?;
    let s = super::stdin::decode(vm, bytes)?;
    Ok(Value::string(s))
}

fn stream_read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = stream_fd(vm, args)?;
    super::stdin::check_allowed(vm)?;
    vm.stdout.flush();
    let bytes = super::stdin::read_all(vm)?;
    let s = super::stdin::decode(vm, bytes)?;
    Ok(Value::string(s))
}

/// `import builtins`: a module over the very dict names resolve through,
/// so `builtins.print is print` and assigning to it reaches every module.
fn build_builtins(vm: &mut Vm) -> PyResult<Value> {
    let m = Rc::new(crate::objects::ModuleObj {
        gc: Default::default(),
        name: vm.intern("builtins"),
        dict: vm.builtins.clone(),
    });
    if m.dict.get_str_text("__name__").is_none() {
        m.dict.set_str_text("__name__", Value::str("builtins"));
    }
    let v = Value::Module(m);
    crate::gc::track(&v);
    Ok(v)
}

fn build_sys(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("getrefcount", sys_getrefcount),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("getsizeof", sys_getsizeof),
            ("intern", sys_intern),
            ("_getframe", sys_getframe),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ],
    );
    // `sys.implementation.name` is what tools test to tell interpreters
    // apart: this one is "weft", with no bytecode cache (cache_tag None).
    let version_info = Value::tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ]);
    let implementation = record(
        vm,
        "implementation",
        vec![
            ("name", Value::str("weft")),
            ("cache_tag", Value::None),
            ("version", version_info),
            ("hexversion", Value::Int(0x030b07f0)),
        ],
    );
    m.dict.set_str_text("implementation", implementation);
    let int_info = record(
        vm,
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    m.dict.set_str_text("int_info", int_info);
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut flags: Vec<(&str, Value)> = flag_names.iter().map(|n| (*n, Value::Int(0))).collect();
    for f in flags.iter_mut() {
        match f.0 {
            "dev_mode" | "safe_path" => f.1 = Value::Bool(false),
            "int_max_str_digits" => f.1 = Value::Int(-1),
            "dont_write_bytecode" => f.1 = Value::Int(1),
            _ => {}
        }
    }
    let flags = record(vm, "flags", flags);
    m.dict.set_str_text("flags", flags);
    // No -W options exist; warnings filters are set from scripts only.
    m.dict.set_str_text("warnoptions", Value::list(Vec::new()));
    let d = m.dict.clone();
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    d.set_str_text("argv", Value::list(argv));
    d.set_str_text("path", Value::List(vm.sys_path.clone()));
    d.set_str_text("modules", Value::Dict(vm.sys_modules.clone()));
    let out = std_stream(vm, 1);
    let err = std_stream(vm, 2);
    let inp = std_stream(vm, 0);
    d.set_str_text("stdout", out.clone());
    d.set_str_text("stderr", err.clone());
    d.set_str_text("stdin", inp.clone());
    d.set_str_text("__stdout__", out);
    d.set_str_text("__stderr__", err);
    d.set_str_text("__stdin__", inp);
    d.set_str_text(
        "version",
        Value::string(format!("3.11.7 (weft {})", env!("CARGO_PKG_VERSION"))),
    );
    d.set_str_text(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str_text("hexversion", Value::Int(0x030b07f0));
    d.set_str_text("platform", Value::str(std::env::consts::OS));
    d.set_str_text("byteorder", Value::str("little"));
    d.set_str_text("maxsize", Value::Int(i64::MAX));
    d.set_str_text("maxunicode", Value::Int(0x10ffff));
    d.set_str_text("executable", Value::str("weft"));
    d.set_str_text("prefix", Value::str(""));
    d.set_str_text(
        "builtin_module_names",
        Value::tuple(vec![
            Value::str("sys"),
            Value::str("time"),
            Value::str("math"),
        ]),
    );
    d.set_str_text("dont_write_bytecode", Value::Bool(true));
    Ok(Value::Module(m))
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "exit", args, 0, 1)?;
    let c = vm.types.system_exit.clone();
    // As CPython: sys.exit(None) raises SystemExit() (no args, str '').
    let a: Vec<Value> = args.iter().filter(|v| !v.is_none()).cloned().collect();
    Err(vm.new_exception(&c, a))
}

/// References to the object, the argument's own included (as CPython).
fn sys_getrefcount(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "getrefcount", kw)?;
    args::check(vm, "getrefcount", args, 1, 1)?;
    let n = crate::gc::strong_count(&args[0]);
    // Immortal-like values (small ints, None) have huge counts in CPython.
    Ok(Value::Int(if n == 0 { 1 << 32 } else { n as i64 }))
}

/// A read-only-by-convention record (`sys.flags`, `sys.int_info`,
/// `sys.implementation`): an object of a class named for it whose
/// attributes are the fields.
fn record(vm: &mut Vm, name: &str, fields: Vec<(&str, Value)>) -> Value {
    let ns = Rc::new(DictObj::new());
    ns.set_str_text("__module__", Value::str("sys"));
    let cls = match crate::objects::class::new_class(
        vm.intern(name),
        vec![vm.types.object.clone()],
        ns,
        crate::objects::class::Layout::Object,
        false,
    ) {
        Ok(c) => c,
        Err(_) => return Value::None,
    };
    let (inst, d) = crate::objects::instance::InstanceObj::with_dict(cls);
    for (k, v) in fields {
        d.set_str_text(k, v);
    }
    let v = Value::Instance(Rc::new(inst));
    crate::gc::track(&v);
    v
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(crate::objects::int::max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let v = match (args, kw.first()) {
        ([v], None) => v.clone(),
        ([], Some((k, v))) if k.as_str() == "maxdigits" && kw.len() == 1 => v.clone(),
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            )
        }
    };
    let n = vm.to_index(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::objects::int::set_max_str_digits(n.max(0) as usize);
    Ok(Value::None)
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "setrecursionlimit", args, 1, 1)?;
    let n = vm.to_index(&args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.frames.len() {
        return Err(vm.recursion_error_with(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n,
            vm.frames.len()
        )));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = vm.current_handled();
    match &h {
        Value::Exception(e) => {
            let tb = vm.traceback_value(e);
            Ok(Value::tuple(vec![Value::Class(e.class()), h.clone(), tb]))
        }
        _ => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn sys_exception(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.current_handled())
}

fn sys_getsizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "getsizeof", args, 1, 2)?;
    Ok(Value::Int(match &args[0] {
        Value::Str(s) => 49 + s.as_str().len() as i64,
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::Dict(d) => 64 + 32 * d.len() as i64,
        _ => 32,
    }))
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "intern", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(Value::Str(vm.intern(s.as_str()))),
        _ => Err(vm.type_error("intern() argument must be str")),
    }
}

fn sys_getframe(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let d = Rc::new(DictObj::new());
    if let Some(f) = vm.frames.get((n - 1 - depth) as usize) {
        d.set_str_text("f_code", Value::Code(f.code.clone()));
        d.set_str_text("f_lineno", Value::Int(f.line() as i64));
        d.set_str_text("f_globals", Value::Dict(f.globals.clone()));
    }
    let cls = vm.types.object.clone();
    Ok(Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Slots(std::cell::RefCell::new(Vec::new())),
        dict: Some(d),
    })))
}

fn sys_getdefaultencoding(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

impl Vm {
    pub fn recursion_error_with(&mut self, msg: String) -> crate::vm::PyErr {
        let c = self.types.recursion_error.clone();
        self.new_error(&c, msg)
    }

    /// Seconds since this VM started (monotonic).
    pub fn monotonic(&self) -> f64 {
        match self.ext.start_instant {
            Some(t) => t.elapsed().as_secs_f64() + 1000.0 + self.ext.clock_base,
            None => 0.0,
        }
    }
}

// ---------------------------------------------------------------- time

fn build_time(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "time",
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("monotonic", time_monotonic),
            ("monotonic_ns", time_monotonic_ns),
            ("perf_counter", time_monotonic),
            ("perf_counter_ns", time_monotonic_ns),
            ("process_time", time_monotonic),
            ("sleep", time_sleep),
        ],
    );
    // struct_time, localtime, strftime, ... are written in weft.
    if let Ok(ext) = vm.import("_time_ext") {
        let all = vm.get_attr_str(&ext, "__all__");
        if let Ok(all) = all {
            for name in vm.iterate(&all)? {
                if let Value::Str(n) = &name {
                    let v = vm.get_attr(&ext, n)?;
                    m.dict.set_str(n.clone(), v);
                }
            }
        }
    }
    Ok(Value::Module(m))
}

fn time_time(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn time_time_ns(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(Value::Int(t))
}

fn time_monotonic(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(vm.monotonic()))
}

fn time_monotonic_ns(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int((vm.monotonic() * 1e9) as i64))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "sleep", args, 1, 1)?;
    let s = vm.to_f64(&args[0])?;
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    // CPython keeps times as signed 64-bit nanoseconds.
    if s.abs() >= i64::MAX as f64 / 1e9 {
        let msg = if matches!(args[0], Value::Float(_)) {
            "timestamp out of range for platform time_t"
        } else {
            "timestamp too large to convert to C _PyTime_t"
        };
        return Err(vm.overflow_error(msg));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.stdout.flush();
    let d = std::time::Duration::from_secs_f64(s);
    vm.wait_for(d)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------- math

fn f(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    args::check(vm, name, args, 1, 1)?;
    vm.to_f64(&args[0])
}

fn domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

macro_rules! math1 {
    ($($name:ident => $e:expr, $check:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                let x = f(vm, args, stringify!($name))?;
                let check: fn(f64) -> bool = $check;
                if !check(x) {
                    return Err(domain(vm));
                }
                let g: fn(f64) -> f64 = $e;
                let r = g(x);
                if r.is_infinite() && x.is_finite() {
                    return Err(vm.overflow_error("math range error"));
                }
                Ok(Value::Float(r))
            }
        )*
    };
}

math1! {
    sqrt => f64::sqrt, |x| x >= 0.0 || x.is_nan();
    exp => f64::exp, |_| true;
    sin => f64::sin, |x| !x.is_infinite();
    cos => f64::cos, |x| !x.is_infinite();
    tan => f64::tan, |x| !x.is_infinite();
    asin => f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan();
    acos => f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan();
    atan => f64::atan, |_| true;
    sinh => f64::sinh, |_| true;
    cosh => f64::cosh, |_| true;
    tanh => f64::tanh, |_| true;
    fabs => f64::abs, |_| true;
    log2 => f64::log2, |x| x > 0.0 || x.is_nan();
    log10 => f64::log10, |x| x > 0.0 || x.is_nan();
    log1p => f64::ln_1p, |x| x > -1.0 || x.is_nan();
    expm1 => f64::exp_m1, |_| true;
    degrees => f64::to_degrees, |_| true;
    radians => f64::to_radians, |_| true;
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "log", args, 1, 2)?;
    // Big integers: log of the value without converting to float first.
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Value::BigInt(b) = v {
            use num_traits::Signed;
            if !b.is_positive() {
                return Err(domain(vm));
            }
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top: num_bigint::BigInt = &**b >> shift;
            let t = num_traits::ToPrimitive::to_f64(&top).unwrap_or(1.0);
            return Ok(t.ln() + shift as f64 * std::f64::consts::LN_2);
        }
        let x = vm.to_f64(v)?;
        if x <= 0.0 {
            return Err(domain(vm));
        }
        Ok(x.ln())
    };
    let a = ln(vm, &args[0])?;
    match args.get(1) {
        None => Ok(Value::Float(a)),
        Some(b) => {
            let lb = ln(vm, b)?;
            if lb == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(a / lb))
        }
    }
}

fn to_int_result(vm: &mut Vm, x: f64) -> PyResult<Value> {
    vm.int_from(&Value::Float(x), None)
}

fn floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "floor", args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => to_int_result(vm, x.floor()),
        other => {
            let n = vm.intern("__floor__");
            match vm.call_special(other, &n, &[])? {
                Some(r) => Ok(r),
                None => {
                    let x = vm.to_f64(other)?;
                    to_int_result(vm, x.floor())
                }
            }
        }
    }
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "ceil", args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => to_int_result(vm, x.ceil()),
        other => {
            let n = vm.intern("__ceil__");
            match vm.call_special(other, &n, &[])? {
                Some(r) => Ok(r),
                None => {
                    let x = vm.to_f64(other)?;
                    to_int_result(vm, x.ceil())
                }
            }
        }
    }
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "trunc", args, 1, 1)?;
    match &args[0] {
        Value::Float(x) => to_int_result(vm, x.trunc()),
        other => vm.int_from(other, None),
    }
}

fn pow_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "pow", args, 2, 2)?;
    let x = vm.to_f64(&args[0])?;
    let y = vm.to_f64(&args[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "atan2", args, 2, 2)?;
    let y = vm.to_f64(&args[0])?;
    let x = vm.to_f64(&args[1])?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let v = vm.to_f64(a)?;
        acc = acc.hypot(v);
    }
    Ok(Value::Float(acc))
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "fmod", args, 2, 2)?;
    let x = vm.to_f64(&args[0])?;
    let y = vm.to_f64(&args[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "copysign", args, 2, 2)?;
    let x = vm.to_f64(&args[0])?;
    let y = vm.to_f64(&args[1])?;
    Ok(Value::Float(x.copysign(y)))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, args, "isnan")?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, args, "isfinite")?.is_finite()))
}

/// `rel_tol` and `abs_tol` of math.isclose and cmath.isclose, checked.
pub(crate) fn isclose_tolerances(vm: &mut Vm, kw: KwArgs) -> PyResult<(f64, f64)> {
    let rel = match args::kwarg(kw, "rel_tol") {
        Some(v) => vm.to_f64(&v)?,
        None => 1e-9,
    };
    let abs = match args::kwarg(kw, "abs_tol") {
        Some(v) => vm.to_f64(&v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((rel, abs))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "isclose", args, 2, 2)?;
    let a = vm.to_f64(&args[0])?;
    let b = vm.to_f64(&args[1])?;
    let (rel, abs) = isclose_tolerances(vm, kw)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (a - b).abs();
    Ok(Value::Bool(
        d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs,
    ))
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut acc = num_bigint::BigUint::default();
    for a in args {
        let b = vm.to_bigint(a)?;
        acc = bigarith::gcd(vm, &acc, b.magnitude())?;
    }
    Ok(Value::from_bigint(acc.into()))
}

fn lcm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    use num_traits::Zero;
    let mut acc = num_bigint::BigUint::from(1u32);
    for a in args {
        let b = vm.to_bigint(a)?;
        let b = b.magnitude();
        if acc.is_zero() || b.is_zero() {
            acc = num_bigint::BigUint::default();
            continue;
        }
        let g = bigarith::gcd(vm, &acc, b)?;
        let part = bigarith::divrem(vm, &acc, &g)?.0;
        vm.reserve_int(part.bits() + b.bits())?;
        acc = bigarith::mul(vm, &part, b)?;
    }
    Ok(Value::from_bigint(acc.into()))
}

/// Bits of a product of `count` factors of at most `largest`.
fn product_bits(count: i64, largest: i64) -> u64 {
    let per = 64 - (largest.max(1) as u64).leading_zeros() as u64;
    (count.max(0) as u64).saturating_mul(per)
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "factorial", args, 1, 1)?;
    let n = match &args[0] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        other => vm.to_index(other)?,
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    vm.reserve_int(product_bits(n, n))?;
    let r = bigarith::range_product(vm, 2, n as u64)?;
    Ok(Value::from_bigint(r.into()))
}

fn comb(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "comb", args, 2, 2)?;
    let n = vm.to_index(&args[0])?;
    let k = vm.to_index(&args[1])?;
    check_n_k(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    vm.reserve_int(product_bits(k, n))?;
    let num = bigarith::range_product(vm, (n - k + 1) as u64, n as u64)?;
    let den = bigarith::range_product(vm, 1, k as u64)?;
    let r = bigarith::divrem(vm, &num, &den)?.0;
    Ok(Value::from_bigint(r.into()))
}

fn perm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "perm", args, 1, 2)?;
    let n = vm.to_index(&args[0])?;
    let k = match args.get(1) {
        Some(Value::None) | None => {
            if n < 0 {
                return Err(vm.value_error("factorial() not defined for negative values"));
            }
            n
        }
        Some(v) => vm.to_index(v)?,
    };
    check_n_k(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    vm.reserve_int(product_bits(k, n))?;
    let r = bigarith::range_product(vm, (n - k + 1) as u64, n as u64)?;
    Ok(Value::from_bigint(r.into()))
}

/// comb/perm's argument checks, naming the argument at fault.
fn check_n_k(vm: &mut Vm, n: i64, k: i64) -> PyResult<()> {
    if n < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.dist(p, q)`: the Euclidean distance of two points given as
/// sequences of the same length.
fn dist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "dist", args, 2, 2)?;
    let mut coords = Vec::with_capacity(2);
    for (i, a) in args.iter().enumerate() {
        match a {
            Value::List(_) | Value::Tuple(_) => coords.push(vm.iterate(a)?),
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "dist() argument {} must be tuple, not {}",
                    i + 1,
                    tn
                )));
            }
        }
    }
    if coords[0].len() != coords[1].len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (p, q) in coords[0].iter().zip(coords[1].iter()) {
        let d = vm.to_f64(p)? - vm.to_f64(q)?;
        acc = acc.hypot(d);
    }
    Ok(Value::Float(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "isqrt", args, 1, 1)?;
    let n = vm.to_bigint(&args[0])?;
    use num_traits::Signed;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let r = bigarith::isqrt(vm, n.magnitude())?;
    Ok(Value::from_bigint(r.into()))
}

fn fsum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "fsum", args, 1, 1)?;
    let items = vm.iterate(&args[0])?;
    // Shewchuk's exact partial sums.
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = vm.to_f64(&it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn prod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "prod", args, 1, 1)?;
    let mut acc = args::kwarg(kw, "start").unwrap_or(Value::Int(1));
    for it in vm.iterate(&args[0])? {
        acc = vm.binary_op(acc, it, crate::bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f(vm, args, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "ldexp", args, 2, 2)?;
    let x = vm.to_f64(&args[0])?;
    let e = vm.to_index(&args[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = f(vm, args, "modf")?;
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
}

fn build_math(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("fabs", fabs),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("expm1", expm1),
            ("degrees", degrees),
            ("radians", radians),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("pow", pow_),
            ("atan2", atan2),
            ("hypot", hypot),
            ("dist", dist),
            ("fmod", fmod),
            ("copysign", copysign),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("isclose", isclose),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("comb", comb),
            ("perm", perm),
            ("isqrt", isqrt),
            ("fsum", fsum),
            ("prod", prod),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("modf", modf),
        ],
    );
    let d = m.dict.clone();
    d.set_str_text("pi", Value::Float(std::f64::consts::PI));
    d.set_str_text("e", Value::Float(std::f64::consts::E));
    d.set_str_text("tau", Value::Float(std::f64::consts::TAU));
    d.set_str_text("inf", Value::Float(f64::INFINITY));
    d.set_str_text("nan", Value::Float(f64::NAN));
    Ok(Value::Module(m))
}
