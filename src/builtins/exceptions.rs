//! Methods of BaseException and the exception classes with extra
//! behaviour (KeyError's str, ExceptionGroup).

use std::rc::Rc;

use super::args;
use crate::objects::function::{BuiltinKind, KwArgs};
use crate::objects::{ExceptionObj, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let be = vm.types.base_exception.clone();
    super::add_methods(
        vm,
        &be,
        "BaseException",
        BuiltinKind::StaticMethod,
        &[("__new__", exc_new)],
    );
    super::add_methods(
        vm,
        &be,
        "BaseException",
        BuiltinKind::Method,
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
            ("__reduce__", exc_reduce),
        ],
    );
    if let Some(ke) = vm
        .builtin_class("KeyError")
        .or(Some(vm.types.key_error.clone()))
    {
        super::add_methods(
            vm,
            &ke,
            "KeyError",
            BuiltinKind::Method,
            &[("__str__", key_error_str)],
        );
    }
    {
        let ose = vm.types.os_error.clone();
        super::add_methods(
            vm,
            &ose,
            "OSError",
            BuiltinKind::StaticMethod,
            &[("__new__", os_error_new)],
        );
        super::add_methods(
            vm,
            &ose,
            "OSError",
            BuiltinKind::Method,
            &[("__init__", os_error_init), ("__str__", os_error_str)],
        );
    }
    {
        let ude = vm.types.unicode_decode_error.clone();
        super::add_methods(
            vm,
            &ude,
            "UnicodeDecodeError",
            BuiltinKind::Method,
            &[
                ("__init__", unicode_decode_init),
                ("__str__", unicode_decode_str),
            ],
        );
    }
    let beg = vm.types.base_exception_group.clone();
    super::add_methods(
        vm,
        &beg,
        "BaseExceptionGroup",
        BuiltinKind::StaticMethod,
        &[("__new__", group_new)],
    );
    super::add_methods(
        vm,
        &beg,
        "BaseExceptionGroup",
        BuiltinKind::Method,
        &[
            ("__init__", group_init),
            ("__str__", group_str),
            ("derive", group_derive),
            ("subgroup", group_subgroup),
            ("split", group_split),
        ],
    );
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<ExceptionObj>> {
    match args.first() {
        Some(Value::Exception(e)) => Ok(e.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
    };
    if !cls.is_subclass(&vm.types.base_exception) {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            n.as_str(),
            n.as_str()
        )));
    }
    let e = ExceptionObj::new(cls, Value::tuple(args[1..].to_vec()));
    Ok(Value::Exception(Rc::new(e)))
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    if !kw.is_empty() {
        let n = e.class().name();
        return Err(vm.type_error(format!("{}() takes no keyword arguments", n.as_str())));
    }
    *e.args.borrow_mut() = Value::tuple(args[1..].to_vec());
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let a = e.args();
    match &a {
        Value::Tuple(t) if t.is_empty() => Ok(Value::str("")),
        Value::Tuple(t) if t.len() == 1 => {
            let v = t.as_slice()[0].clone();
            vm.to_str(&v).map(Value::Str)
        }
        _ => vm.to_str(&a).map(Value::Str),
    }
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
pub(crate) fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

fn os_error_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // `OSError(errno, strerror, ...)` itself becomes the matching subclass.
    let mut args = args.to_vec();
    let ose = vm.types.os_error.clone();
    if let Some(Value::Class(c)) = args.first() {
        if Rc::ptr_eq(c, &ose) && (3..=6).contains(&args.len()) {
            if let Some(Value::Int(errno)) = args.get(1) {
                if let Some(sub) = os_error_subclass(*errno).and_then(|n| vm.builtin_class(n)) {
                    args[0] = Value::Class(sub);
                }
            }
        }
    }
    exc_new(vm, &args, kw)
}

fn os_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    args::no_kwargs(vm, e.class().name().as_str(), kw)?;
    let rest = &args[1..];
    let d = e.attr_dict();
    // errno, strerror[, filename[, winerror[, filename2]]]: a filename is
    // kept out of args, as CPython does.
    if (3..=5).contains(&rest.len()) && !rest[2].is_none() {
        d.set_str_text("filename", rest[2].clone());
        if let Some(f2) = rest.get(4) {
            d.set_str_text("filename2", f2.clone());
        }
        *e.args.borrow_mut() = Value::tuple(rest[..2].to_vec());
    } else {
        *e.args.borrow_mut() = Value::tuple(rest.to_vec());
    }
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let a = match e.args() {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => Vec::new(),
    };
    let (filename, filename2) = match e.dict.borrow().as_ref() {
        Some(d) => (d.get_str_text("filename"), d.get_str_text("filename2")),
        None => (None, None),
    };
    let filename = filename.filter(|f| !f.is_none());
    let filename2 = filename2.filter(|f| !f.is_none());
    if a.len() == 2 || (a.len() == 3 && a[2].is_none()) || filename.is_some() {
        let (Some(errno), Some(strerror)) = (a.first(), a.get(1)) else {
            return exc_str(vm, args, &[]);
        };
        let mut out = format!(
            "[Errno {}] {}",
            vm.str_string(errno)?,
            vm.str_string(strerror)?
        );
        if let Some(f) = filename {
            out.push_str(&format!(": {}", vm.repr(&f)?.as_str()));
            if let Some(f2) = filename2 {
                out.push_str(&format!(" -> {}", vm.repr(&f2)?.as_str()));
            }
        }
        return Ok(Value::string(out));
    }
    exc_str(vm, args, &[])
}

fn unicode_decode_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let rest = &args[1..];
    *e.args.borrow_mut() = Value::tuple(rest.to_vec());
    if rest.len() == 5 {
        let d = e.attr_dict();
        for (i, name) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            d.set_str_text(name, rest[i].clone());
        }
    }
    Ok(Value::None)
}

fn unicode_decode_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let a = match e.args() {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => Vec::new(),
    };
    if let [enc, Value::Bytes(obj), Value::Int(start), Value::Int(end), reason] = a.as_slice() {
        let enc = vm.str_string(enc)?;
        let reason = vm.str_string(reason)?;
        let at = match obj.as_bytes().get(*start as usize) {
            Some(b) if *end == *start + 1 => format!("byte 0x{:02x} in position {}", b, start),
            _ => format!("bytes in position {}-{}", start, end - 1),
        };
        return Ok(Value::string(format!(
            "'{}' codec can't decode {}: {}",
            enc, at, reason
        )));
    }
    exc_str(vm, args, &[])
}

fn key_error_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let a = e.args();
    match &a {
        Value::Tuple(t) if t.len() == 1 => {
            let v = t.as_slice()[0].clone();
            vm.repr(&v).map(Value::Str)
        }
        _ => exc_str(vm, args, &[]),
    }
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let name = e.class().name();
    let a = e.args();
    let inner = match &a {
        Value::Tuple(t) if t.len() == 1 => {
            let v = t.as_slice()[0].clone();
            vm.repr(&v)?.as_str().to_string()
        }
        Value::Tuple(t) if t.is_empty() => String::new(),
        _ => {
            let r = vm.repr(&a)?;
            let s = r.as_str();
            s[1..s.len() - 1].to_string()
        }
    };
    Ok(Value::string(format!("{}({})", name.as_str(), inner)))
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    if let Some(Value::Native(n)) = args.get(1) {
        if let crate::objects::NativeData::Traceback(src) = &n.data {
            let tb = src.traceback.borrow().clone();
            *e.traceback.borrow_mut() = tb;
        }
    } else if let Some(Value::None) = args.get(1) {
        e.traceback.borrow_mut().clear();
    }
    Ok(Value::Exception(e))
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    args::check(vm, "add_note", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!("note must be a str, not '{}'", tn)));
    }
    let d = e.attr_dict();
    let notes = match d.get_str_text("__notes__") {
        Some(Value::List(l)) => l,
        _ => {
            let l = Rc::new(crate::objects::ListObj::new(Vec::new()));
            d.set_str_text("__notes__", Value::List(l.clone()));
            l
        }
    };
    notes.push(args[1].clone());
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    Ok(Value::tuple(vec![Value::Class(e.class()), e.args()]))
}

// ---------------------------------------------------------------- groups

fn group_parts(vm: &mut Vm, e: &ExceptionObj) -> PyResult<(Value, Vec<Value>)> {
    let d = e.attr_dict();
    let msg = d.get_str_text("message").unwrap_or(Value::str(""));
    let excs = match d.get_str_text("exceptions") {
        Some(Value::Tuple(t)) => t.as_slice().to_vec(),
        _ => Vec::new(),
    };
    let _ = vm;
    Ok((msg, excs))
}

fn group_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object")),
    };
    let n = cls.name();
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    if !matches!(args[1], Value::Str(_)) {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            tn
        )));
    }
    let is_sequence = match &args[2] {
        Value::List(_) | Value::Tuple(_) => true,
        Value::Dict(_) => false,
        other => {
            let gi = vm.intern("__getitem__");
            vm.type_of(other).lookup(&gi).is_some()
        }
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.iterate(&args[2])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, x) in excs.iter().enumerate() {
        match x {
            Value::Exception(e) => {
                if !e.class().is_subclass(&vm.types.exception) {
                    all_exceptions = false;
                }
            }
            _ => {
                return Err(vm.value_error(format!(
                    "Item {} of second argument (exceptions) is not an exception",
                    i
                )))
            }
        }
    }
    // BaseExceptionGroup of only Exceptions becomes an ExceptionGroup.
    let cls = if Rc::ptr_eq(&cls, &vm.types.base_exception_group) && all_exceptions {
        vm.types.exception_group.clone()
    } else {
        if cls.is_subclass(&vm.types.exception) && !all_exceptions {
            return Err(vm.type_error(format!("Cannot nest BaseExceptions in an {}", n.as_str())));
        }
        cls
    };
    let e = Rc::new(ExceptionObj::new(cls, Value::tuple(args[1..].to_vec())));
    let d = e.attr_dict();
    d.set_str_text("message", args[1].clone());
    d.set_str_text("exceptions", Value::tuple(excs));
    Ok(Value::Exception(e))
}

fn group_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn group_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    let (msg, excs) = group_parts(vm, &e)?;
    let m = vm.str_string(&msg)?;
    let n = excs.len();
    Ok(Value::string(format!(
        "{} ({} sub-exception{})",
        m,
        n,
        if n == 1 { "" } else { "s" }
    )))
}

fn group_derive(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    args::check(vm, "derive", args, 2, 2)?;
    let (msg, _) = group_parts(vm, &e)?;
    {
        let ose = vm.types.os_error.clone();
        super::add_methods(
            vm,
            &ose,
            "OSError",
            BuiltinKind::StaticMethod,
            &[("__new__", os_error_new)],
        );
        super::add_methods(
            vm,
            &ose,
            "OSError",
            BuiltinKind::Method,
            &[("__init__", os_error_init), ("__str__", os_error_str)],
        );
    }
    {
        let ude = vm.types.unicode_decode_error.clone();
        super::add_methods(
            vm,
            &ude,
            "UnicodeDecodeError",
            BuiltinKind::Method,
            &[
                ("__init__", unicode_decode_init),
                ("__str__", unicode_decode_str),
            ],
        );
    }
    let beg = vm.types.base_exception_group.clone();
    vm.call_value(Value::Class(beg), &[msg, args[1].clone()])
}

/// Split a group by a predicate (a type, tuple of types, or callable).
fn group_split_impl(vm: &mut Vm, e: &Rc<ExceptionObj>, cond: &Value) -> PyResult<(Value, Value)> {
    split_by(vm, e, &mut |vm: &mut Vm, x: &Value| {
        matches_cond(vm, x, cond)
    })
}

type SplitPred<'a> = dyn FnMut(&mut Vm, &Value) -> PyResult<bool> + 'a;

/// Split a group by a predicate on the group itself and then on each leaf.
fn split_by(vm: &mut Vm, e: &Rc<ExceptionObj>, pred: &mut SplitPred) -> PyResult<(Value, Value)> {
    let whole = Value::Exception(e.clone());
    if pred(vm, &whole)? {
        return Ok((whole, Value::None));
    }
    let (msg, excs) = group_parts(vm, e)?;
    let mut yes = Vec::new();
    let mut no = Vec::new();
    for x in excs {
        let is_group = matches!(&x, Value::Exception(xe) if xe.class().is_subclass(&vm.types.base_exception_group));
        if is_group {
            if let Value::Exception(xe) = &x {
                let (m, r) = split_by(vm, xe, pred)?;
                if !m.is_none() {
                    yes.push(m);
                }
                if !r.is_none() {
                    no.push(r);
                }
            }
        } else if pred(vm, &x)? {
            yes.push(x);
        } else {
            no.push(x);
        }
    }
    let derive = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        {
            let ose = vm.types.os_error.clone();
            super::add_methods(
                vm,
                &ose,
                "OSError",
                BuiltinKind::StaticMethod,
                &[("__new__", os_error_new)],
            );
            super::add_methods(
                vm,
                &ose,
                "OSError",
                BuiltinKind::Method,
                &[("__init__", os_error_init), ("__str__", os_error_str)],
            );
        }
        {
            let ude = vm.types.unicode_decode_error.clone();
            super::add_methods(
                vm,
                &ude,
                "UnicodeDecodeError",
                BuiltinKind::Method,
                &[
                    ("__init__", unicode_decode_init),
                    ("__str__", unicode_decode_str),
                ],
            );
        }
        let beg = vm.types.base_exception_group.clone();
        let g = vm.call_value(Value::Class(beg), &[msg.clone(), Value::list(items)])?;
        if let (Value::Exception(ne), Value::Exception(old)) = (&g, &Value::Exception(e.clone())) {
            *ne.traceback.borrow_mut() = old.traceback.borrow().clone();
            *ne.cause.borrow_mut() = old.cause.borrow().clone();
            *ne.context.borrow_mut() = old.context.borrow().clone();
        }
        Ok(g)
    };
    let m = derive(vm, yes)?;
    let r = derive(vm, no)?;
    Ok((m, r))
}

fn matches_cond(vm: &mut Vm, x: &Value, cond: &Value) -> PyResult<bool> {
    match cond {
        Value::Class(_) | Value::Tuple(_) => vm.exception_matches(x, cond),
        f => {
            let r = vm.call_value(f.clone(), std::slice::from_ref(x))?;
            vm.is_true(&r)
        }
    }
}

fn group_subgroup(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    args::check(vm, "subgroup", args, 2, 2)?;
    Ok(group_split_impl(vm, &e, &args[1])?.0)
}

fn group_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let e = this(vm, args)?;
    args::check(vm, "split", args, 2, 2)?;
    let (m, r) = group_split_impl(vm, &e, &args[1])?;
    Ok(Value::tuple(vec![m, r]))
}

// ---------------------------------------------------------------- except*
//
// The compiler lowers `try: ... except* T as e: ...` to calls of these
// helpers, registered in builtins under names no program can spell. The
// state is a list `[original, rest, raised...]`: `rest` is what no clause
// has matched yet, and each exception a clause body raised is appended.

/// `<except*>.begin(exc)` -> the state list.
fn star_begin(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let exc = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::list(vec![exc.clone(), exc]))
}

fn is_group(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Exception(e) if e.class().is_subclass(&vm.types.base_exception_group))
}

fn check_star_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let items = match ty {
        Value::Tuple(t) => t.as_slice().to_vec(),
        other => vec![other.clone()],
    };
    for t in &items {
        if let Value::Class(c) = t {
            if c.is_subclass(&vm.types.base_exception_group) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    Ok(())
}

/// `<except*>.match(state, type)` -> the matching part (None when nothing
/// matches); the state's rest is updated.
fn star_match(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (state, ty) = match args {
        [Value::List(l), t] => (l.clone(), t.clone()),
        _ => return Err(vm.type_error("except* state expected")),
    };
    check_star_type(vm, &ty)?;
    let rest = state.get(1).unwrap_or(Value::None);
    if rest.is_none() {
        return Ok(Value::None);
    }
    if vm.exception_matches(&rest, &ty)? {
        let m = if is_group(vm, &rest) {
            rest
        } else {
            // A naked exception is caught wrapped in a group.
            let beg = vm.types.base_exception_group.clone();
            let g = vm.call_value(
                Value::Class(beg),
                &[Value::str(""), Value::tuple(vec![rest.clone()])],
            )?;
            if let (Value::Exception(ne), Value::Exception(old)) = (&g, &rest) {
                *ne.traceback.borrow_mut() = old.traceback.borrow().clone();
            }
            g
        };
        state.set(1, Value::None);
        return Ok(m);
    }
    if let Value::Exception(e) = &rest {
        if is_group(vm, &rest) {
            let (m, r) = group_split_impl(vm, e, &ty)?;
            state.set(1, r);
            return Ok(m);
        }
    }
    Ok(Value::None)
}

fn collect_leaves(vm: &Vm, v: &Value, out: &mut Vec<*const ExceptionObj>) {
    if let Value::Exception(e) = v {
        if is_group(vm, v) {
            let excs = match e.attr_dict().get_str_text("exceptions") {
                Some(Value::Tuple(t)) => t.as_slice().to_vec(),
                _ => Vec::new(),
            };
            for x in &excs {
                collect_leaves(vm, x, out);
            }
        } else {
            out.push(Rc::as_ptr(e));
        }
    }
}

/// A part of the original group re-raised unchanged (by a bare `raise` or
/// by no clause matching it) carries the original's cause and context.
fn same_metadata(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Exception(x), Value::Exception(y)) => {
            x.cause.borrow().is(&y.cause.borrow())
                && x.context.borrow().is(&y.context.borrow())
                && x.traceback.borrow().len() == y.traceback.borrow().len()
        }
        _ => false,
    }
}

/// `<except*>.finish(state)` -> the exception to re-raise, or None.
fn star_finish(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let state = match args.first() {
        Some(Value::List(l)) => l.clone(),
        _ => return Err(vm.type_error("except* state expected")),
    };
    let items = state.to_vec();
    let orig = items.first().cloned().unwrap_or(Value::None);
    let mut excs: Vec<Value> = items.iter().skip(2).cloned().collect();
    excs.push(items.get(1).cloned().unwrap_or(Value::None));
    excs.retain(|e| !e.is_none());
    if !is_group(vm, &orig) {
        // A naked exception: at most one clause ran.
        return Ok(excs.into_iter().next().unwrap_or(Value::None));
    }
    let mut raised = Vec::new();
    let mut leaves = Vec::new();
    for e in excs {
        if same_metadata(&e, &orig) {
            collect_leaves(vm, &e, &mut leaves);
        } else {
            raised.push(e);
        }
    }
    let kept = match &orig {
        Value::Exception(oe) if !leaves.is_empty() => {
            split_by(vm, oe, &mut |_vm: &mut Vm, x: &Value| {
                Ok(matches!(x, Value::Exception(xe) if leaves.contains(&Rc::as_ptr(xe))))
            })?
            .0
        }
        _ => Value::None,
    };
    if raised.is_empty() {
        return Ok(kept);
    }
    if !kept.is_none() {
        raised.push(kept);
    }
    if raised.len() == 1 {
        return Ok(raised.pop().unwrap_or(Value::None));
    }
    let beg = vm.types.base_exception_group.clone();
    vm.call_value(Value::Class(beg), &[Value::str(""), Value::list(raised)])
}

/// Builtin names the compiler uses for `except*` (not valid identifiers).
pub const STAR_BEGIN: &str = "<except*.begin>";
pub const STAR_MATCH: &str = "<except*.match>";
pub const STAR_FINISH: &str = "<except*.finish>";

pub fn register_except_star(vm: &mut Vm) {
    let b = vm.builtins.clone();
    b.set_str_text(STAR_BEGIN, super::func(STAR_BEGIN, star_begin));
    b.set_str_text(STAR_MATCH, super::func(STAR_MATCH, star_match));
    b.set_str_text(STAR_FINISH, super::func(STAR_FINISH, star_finish));
}
