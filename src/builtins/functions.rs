//! The built-in functions (`print`, `len`, `sorted`, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use super::args::{self, kwarg};
use super::func;
use crate::bytecode::BinOp;
use crate::compiler::Mode;
use crate::objects::function::KwArgs;
use crate::objects::iter::IterState;
use crate::objects::{DictObj, IterObj, StrObj, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("aiter", aiter),
        ("anext", anext),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("format", format),
        ("callable", callable),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("input", input),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("open", open),
        ("breakpoint", breakpoint),
    ];
    let b = vm.builtins.clone();
    for (name, f) in fns {
        let key = vm.intern(name);
        let with_kw = matches!(
            *name,
            "print"
                | "sorted"
                | "min"
                | "max"
                | "round"
                | "sum"
                | "pow"
                | "open"
                | "__import__"
                | "compile"
                | "enumerate"
                | "zip"
        );
        let v = if with_kw {
            func(name, *f)
        } else {
            super::positional_func(name, *f)
        };
        b.set_str(key, v);
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("sep must be None or a string, not {}", tn)));
        }
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("end must be None or a string, not {}", tn)));
        }
    };
    let to_script_file = match kwarg(kw, "file") {
        None | Some(Value::None) => false,
        Some(f) => !vm.is_std_stream(&f, 1) && !vm.is_std_stream(&f, 2),
    };
    let mut out = String::new();
    if !to_script_file {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match a {
                Value::Str(s) => out.push_str(s.as_str()),
                other => out.push_str(vm.to_str(other)?.as_str()),
            }
        }
        out.push_str(&end);
    }
    let flush = match kwarg(kw, "flush") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    // A script that replaced sys.stdout (contextlib.redirect_stdout) gets
    // print's output there.
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => vm
            .sys_modules
            .get_str_text("sys")
            .and_then(|m| match m {
                Value::Module(m) => m.dict.get_str_text("stdout"),
                _ => None,
            })
            .filter(|f| !vm.is_std_stream(f, 1) && !f.is_none()),
        other => other,
    };
    match file {
        None | Some(Value::None) => {
            vm.script_write(1, &out)?;
            if flush {
                vm.script_flush(1)?;
            }
        }
        Some(f) => {
            if vm.is_std_stream(&f, 2) {
                vm.script_write(2, &out)?;
            } else if vm.is_std_stream(&f, 1) {
                vm.script_write(1, &out)?;
                if flush {
                    vm.script_flush(1)?;
                }
            } else {
                // A script file object sees one write() per piece, as in CPython.
                let write = vm.get_attr_str(&f, "write")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        vm.call_value(write.clone(), &[Value::string(sep.clone())])?;
                    }
                    let piece = Value::Str(vm.to_str(a)?);
                    vm.call_value(write.clone(), &[piece])?;
                }
                vm.call_value(write, &[Value::string(end)])?;
                if flush {
                    let flush_name = vm.intern("flush");
                    if vm.has_attr(&f, &flush_name)? {
                        vm.call_method(&f, "flush", &[])?;
                    }
                }
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "len", kw)?;
    args::check(vm, "len", args, 1, 1)?;
    let n = vm.len(&args[0])?;
    Ok(Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "repr", args, 1, 1)?;
    vm.repr(&args[0]).map(Value::Str)
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(crate::objects::str::ascii_escape(r.as_str())))
}

impl Vm {
    /// `isinstance(obj, cls)` including tuples and `__instancecheck__`.
    pub fn isinstance(&mut self, obj: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Class(c) => {
                let t = self.type_of(obj);
                if t.is_subclass(c) {
                    return Ok(true);
                }
                if let Some(meta) = c.metaclass.borrow().clone() {
                    let name = self.names.instancecheck.clone();
                    if let Some(f) = meta.lookup(&name) {
                        if !matches!(&f, Value::Builtin(b) if b.owner == Some("type")) {
                            let r = self.call_value(f, &[cls.clone(), obj.clone()])?;
                            return self.is_true(&r);
                        }
                    }
                }
                // As CPython: an instance whose class overrides `__class__`
                // (a proxy, a mock with a spec) is also checked by that.
                if let Value::Instance(_) = obj {
                    let key = self.names.class.clone();
                    if t.lookup(&key).is_some() {
                        if let Ok(Value::Class(k)) = self.get_attr_str(obj, "__class__") {
                            return Ok(!Rc::ptr_eq(&k, &t) && k.is_subclass(c));
                        }
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for c in t.iter() {
                    if self.isinstance(obj, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let name = self.names.instancecheck.clone();
                if self.has_user_class(cls) {
                    if let Some(r) = self.call_special(cls, &name, std::slice::from_ref(obj))? {
                        return self.is_true(&r);
                    }
                }
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    pub fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        let Value::Class(s) = sub else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        match cls {
            Value::Class(c) => {
                if s.is_subclass(c) {
                    return Ok(true);
                }
                if let Some(meta) = c.metaclass.borrow().clone() {
                    let name = self.names.subclasscheck.clone();
                    if let Some(f) = meta.lookup(&name) {
                        if !matches!(&f, Value::Builtin(b) if b.owner == Some("type")) {
                            let r = self.call_value(f, &[cls.clone(), sub.clone()])?;
                            return self.is_true(&r);
                        }
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for c in t.iter() {
                    if self.issubclass(sub, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let name = self.names.subclasscheck.clone();
                if self.has_user_class(cls) {
                    if let Some(r) = self.call_special(cls, &name, std::slice::from_ref(sub))? {
                        return self.is_true(&r);
                    }
                }
                Err(self.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
        }
    }

    /// Whether `v` is `sys.stdout` (fd 1) or `sys.stderr` (fd 2).
    pub fn is_std_stream(&mut self, v: &Value, fd: i64) -> bool {
        if let Value::Native(n) = v {
            if let crate::objects::NativeData::StdStream(f) = &n.data {
                return *f == fd;
            }
        }
        false
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "isinstance", args, 2, 2)?;
    vm.isinstance(&args[0], &args[1]).map(Value::Bool)
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "issubclass", args, 2, 2)?;
    vm.issubclass(&args[0], &args[1]).map(Value::Bool)
}

fn attr_name(vm: &mut Vm, v: &Value, _fname: &str) -> PyResult<Rc<StrObj>> {
    match v {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("attribute name must be string, not '{}'", tn)))
        }
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    vm.has_attr(&args[0], &name).map(Value::Bool)
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1], "getattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) => {
            if args.len() == 3 && e.is_instance(&vm.types.attribute_error.clone()) {
                Ok(args[2].clone())
            } else {
                Err(e)
            }
        }
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn id(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "id", args, 1, 1)?;
    Ok(Value::Int(args[0].id()))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "hash", args, 1, 1)?;
    vm.hash(&args[0]).map(Value::Int)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(&args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iter(Rc::new(IterObj::new(IterState::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }))));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "next", args, 1, 2)?;
    let it = &args[0];
    if !vm.is_iterator(it) {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", tn)));
    }
    // Generators: let StopIteration carry the return value.
    if let Value::Generator(g) = it {
        let g = g.clone();
        return match vm.gen_send(&g, Value::None)? {
            crate::vm::gen::GenResult::Yield(v) => Ok(v),
            crate::vm::gen::GenResult::Return(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    if let Value::Iter(_) = it {
        vm.stop_value = None;
        return match vm.next(it)? {
            Some(v) => Ok(v),
            None => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    let v = vm.stop_value.take().unwrap_or(Value::None);
                    Err(vm.stop_iteration(v))
                }
            },
        };
    }
    let nname = vm.names.next.clone();
    match vm.call_special(it, &nname, &[]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            let tn = vm.type_name(it);
            Err(vm.type_error(format!("'{}' object is not an iterator", tn)))
        }
        Err(e) => {
            if args.len() == 2 && e.is_instance(&vm.types.stop_iteration.clone()) {
                Ok(args[1].clone())
            } else {
                Err(e)
            }
        }
    }
}

fn aiter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "aiter", args, 1, 1)?;
    vm.get_aiter(&args[0])
}

fn anext(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "anext", args, 1, 2)?;
    if args.len() == 2 {
        return vm.anext_with_default(args[0].clone(), args[1].clone());
    }
    if let Value::Generator(g) = &args[0] {
        if g.kind == crate::objects::generator::GenKind::AsyncGenerator {
            let g = g.clone();
            return Ok(vm.asyncgen_asend(&g, Value::None));
        }
    }
    let name = vm.names.anext.clone();
    match vm.call_special(&args[0], &name, &[])? {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(&args[0]);
            Err(vm.type_error(format!("'{}' object is not an async iterator", tn)))
        }
    }
}

fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "abs", args, 1, 1)?;
    match &args[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        other => {
            let name = vm.names.abs.clone();
            match vm.call_special(other, &name, &[])? {
                Some(v) => Ok(v),
                None => {
                    let tn = vm.type_name(other);
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", tn)))
                }
            }
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: KwArgs, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    args::only_kwargs(vm, fname, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    // One argument is iterated as it streams (`max(range(10**12))` runs,
    // and answers to the limits, without a list of every item).
    let it = match args.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", fname))),
        1 => vm.get_iter(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    fname
                )));
            }
            vm.get_iter(&Value::tuple(args.to_vec()))?
        }
    };
    let Some(mut best) = vm.next(&it)? else {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", fname))),
        };
    };
    let mut best_key = match &key {
        Some(k) => vm.call_value(k.clone(), &[best.clone()])?,
        None => best.clone(),
    };
    while let Some(item) = vm.next(&it)? {
        let k = match &key {
            Some(kf) => vm.call_value(kf.clone(), std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = if is_max {
            // `item > best`, as CPython asks it (which dunder runs first
            // and the error message depend on it).
            match (&best_key, &k) {
                (Value::Int(_), Value::Int(_)) | (Value::Float(_), Value::Float(_)) => {
                    vm.lt(&best_key, &k)?
                }
                _ => {
                    let r = vm.compare(k.clone(), best_key.clone(), crate::bytecode::CmpOp::Gt)?;
                    vm.is_true(&r)?
                }
            }
        } else {
            vm.lt(&k, &best_key)?
        };
        if better {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "sum", kw, &["start"])?;
    args::check(vm, "sum", args, 1, 2)?;
    let start = args::arg_or_kw(args, 1, kw, "start").unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&args[0])?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(acc, v, BinOp::Add)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => vm.binary_op(acc, v, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

impl Vm {
    /// Sort a vector of values in place (`sorted`, `list.sort`).
    pub fn sort_list(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let keys = match key {
            Some(k) if !k.is_none() => {
                let mut ks = Vec::with_capacity(items.len());
                for it in items.iter() {
                    ks.push(self.call_value(k.clone(), std::slice::from_ref(it))?);
                }
                Some(ks)
            }
            _ => None,
        };
        super::sort::sort_values(self, items, keys, reverse)
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    args::only_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    let mut items = vm.iterate(&args[0])?;
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.is_true(&r)?,
        None => false,
    };
    vm.sort_list(&mut items, kwarg(kw, "key"), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "reversed", args, 1, 1)?;
    let v = &args[0];
    let st = match v {
        Value::List(l) => IterState::ListReverse {
            list: l.clone(),
            index: l.len(),
        },
        Value::Tuple(t) => {
            let mut items = t.as_slice().to_vec();
            items.reverse();
            IterState::Tuple {
                tuple: Rc::new(crate::objects::TupleObj::new(items)),
                index: 0,
            }
        }
        Value::Str(s) => {
            let rev: String = s.as_str().chars().rev().collect();
            IterState::Str {
                s: Rc::new(StrObj::from_string(rev)),
                byte_pos: 0,
            }
        }
        Value::Range(r) => {
            let n = r.len();
            if n == 0 {
                IterState::Range {
                    next: 0,
                    stop: 0,
                    step: 1,
                }
            } else {
                let last = r.item(n - 1);
                IterState::Range {
                    next: last,
                    stop: r.start.saturating_sub(r.step.signum()),
                    step: -r.step,
                }
            }
        }
        Value::Dict(d) => IterState::DictReverse {
            dict: d.clone(),
            pos: d.borrow().raw_len(),
            len: d.len(),
            view: crate::objects::iter::DictView::Keys,
        },
        _ => {
            let name = vm.names.reversed.clone();
            if let Some(r) = vm.call_special(v, &name, &[])? {
                return Ok(r);
            }
            let cls = vm.type_of(v);
            if cls.lookup(&vm.names.getitem).is_some() && cls.lookup(&vm.names.len).is_some() {
                let n = vm.len(v)? as i64;
                IterState::SeqReverse {
                    seq: v.clone(),
                    index: n - 1,
                }
            } else {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("'{}' object is not reversible", tn)));
            }
        }
    };
    Ok(Value::Iter(Rc::new(IterObj::new(st))))
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "enumerate", kw, &["iterable", "start"])?;
    let Some(iterable) = args::arg_or_kw(args, 0, kw, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = args::arg_or_kw(args, 1, kw, "start").unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        let tn = vm.type_name(&start);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    }
    let it = vm.get_iter(&iterable)?;
    Ok(Value::Iter(Rc::new(IterObj::new(IterState::Enumerate {
        iter: it,
        count: start,
    }))))
}

fn zip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        iters.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(IterObj::new(IterState::Zip {
        iters,
        strict,
    }))))
}

fn map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(IterObj::new(IterState::Map {
        func: args[0].clone(),
        iters,
    }))))
}

fn filter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(Value::Iter(Rc::new(IterObj::new(IterState::Filter {
        func: args[0].clone(),
        iter: it,
    }))))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.char_value(c.encode_utf8(&mut buf)))
        }
        None => {
            if (0xd800..0xe000).contains(&i) {
                // Lone surrogates cannot live in UTF-8 text.
                return Err(
                    vm.value_error("chr() arg is a surrogate, which weft strings cannot hold")
                );
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Value::Bytes(b) => {
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b.as_bytes()[0] as i64))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                tn
            )))
        }
    }
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    args::check(vm, name, args, 1, 1)?;
    let b = vm.to_bigint(&args[0])?;
    let s = if b.is_negative() {
        format!("-{}{}", prefix, (-b).to_str_radix(base))
    } else {
        format!("{}{}", prefix, b.to_str_radix(base))
    };
    Ok(Value::string(s))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {}", tn)));
        }
        None => vm.intern(""),
    };
    vm.format(&args[0], &spec).map(Value::Str)
}

impl Vm {
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                true
            }
            _ => self.type_of(v).lookup(&self.names.call).is_some(),
        }
    }
}

fn callable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args[0])))
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if matches!(
        a,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    ) && matches!(
        b,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    ) {
        let is_zero = matches!(b, Value::Int(0) | Value::Bool(false))
            || matches!(b, Value::Float(f) if *f == 0.0);
        if is_zero && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_))) {
            return Err(vm.zero_division("float divmod()"));
        }
        let ints = !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_));
        if ints && matches!((a, b), (Value::BigInt(_), _) | (_, Value::BigInt(_))) {
            // One division for both results, where it can be long.
            let (x, y) = (vm.to_bigint(a)?, vm.to_bigint(b)?);
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            let (q, r) = vm.int_divmod(&x, &y)?;
            return Ok(Value::tuple(vec![
                Value::from_bigint(q),
                Value::from_bigint(r),
            ]));
        }
        let q = vm.binary_op(a.clone(), b.clone(), BinOp::FloorDiv)?;
        let r = vm.binary_op(a.clone(), b.clone(), BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let name = vm.intern("__divmod__");
    if let Some(r) = vm.call_special(a, &name, std::slice::from_ref(b))? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let rname = vm.intern("__rdivmod__");
    if let Some(r) = vm.call_special(b, &rname, std::slice::from_ref(a))? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ta, tb
    )))
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "pow", kw, &["base", "exp", "mod"])?;
    let base = args::arg_or_kw(args, 0, kw, "base");
    let exp = args::arg_or_kw(args, 1, kw, "exp");
    let modulus = args::arg_or_kw(args, 2, kw, "mod").filter(|m| !m.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let Some(m) = modulus else {
        return vm.binary_op(base, exp, BinOp::Pow);
    };
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    let is_num = |v: &Value| is_int(v) || matches!(v, Value::Float(_) | Value::Complex(_));
    if [&base, &exp, &m]
        .iter()
        .any(|v| matches!(v, Value::Complex(_)))
        && [&base, &exp, &m].iter().all(|v| is_num(v))
    {
        return Err(vm.value_error("complex modulo"));
    }
    if !(is_int(&base) && is_int(&exp) && is_int(&m)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let b = vm.to_bigint(&base)?;
    let e = vm.to_bigint(&exp)?;
    let m = vm.to_bigint(&m)?;
    let r = vm.int_modpow(&b, &e, &m)?;
    Ok(Value::from_bigint(r))
}

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "round", kw, &["number", "ndigits"])?;
    let Some(x) = args::arg_or_kw(args, 0, kw, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args::arg_or_kw(args, 1, kw, "ndigits").filter(|v| !v.is_none());
    match &x {
        Value::Float(f) => match nd {
            None => match crate::format::round_float_to_int(*f) {
                Ok(b) => Ok(Value::from_bigint(b)),
                Err(m) => {
                    let k = crate::format::exception_for(&m);
                    Err(vm.error_by_name(k, m))
                }
            },
            Some(n) => {
                let n = vm.to_index(&n).unwrap_or(0);
                match crate::format::round_float(*f, n) {
                    Ok(r) => Ok(Value::Float(r)),
                    Err(m) => {
                        let k = crate::format::exception_for(&m);
                        Err(vm.error_by_name(k, m))
                    }
                }
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let v = vm.to_bigint(&x)?;
            match nd {
                None => Ok(Value::from_bigint(v)),
                Some(n) => {
                    let n = vm.to_index(&n)?;
                    if n >= 0 {
                        return Ok(Value::from_bigint(v));
                    }
                    // Past the digits of v (bits * log10(2) + 1), 10^-n is
                    // more than twice |v|: the result is 0.
                    if n.unsigned_abs() > v.bits() / 3 + 1 {
                        return Ok(Value::Int(0));
                    }
                    let p = vm.int_pow(&BigInt::from(10), &BigInt::from(-n))?;
                    let (q, r) = vm.int_divmod(&v, &p)?;
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && q.is_odd()) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(Value::from_bigint(vm.int_mul(&q, &p)?))
                }
            }
        }
        other => {
            let name = vm.names.round.clone();
            let a: Vec<Value> = nd.into_iter().collect();
            match vm.call_special(other, &name, &a)? {
                Some(v) => Ok(v),
                None => {
                    let tn = vm.type_name(other);
                    Err(vm.type_error(format!("type {} doesn't define __round__ method", tn)))
                }
            }
        }
    }
}

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "input", args, 0, 1)?;
    super::stdin::check_allowed(vm)?;
    let prompt = match args.first() {
        Some(p) => vm.to_str(p)?.as_str().to_string(),
        None => String::new(),
    };
    let bytes = super::stdin::read_line_prompted(vm, &prompt)?;
    if bytes.is_empty() {
        let c = vm
            .builtin_class("EOFError")
            .unwrap_or(vm.types.exception.clone());
        return Err(vm.new_error(&c, "EOF when reading a line"));
    }
    let mut line = super::stdin::decode(vm, bytes)?;
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::string(line))
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Dict(f.globals.clone())),
        None => Ok(Value::Dict(Rc::new(DictObj::new()))),
    }
}

impl Vm {
    /// `locals()` of the innermost script frame.
    pub fn frame_locals(&mut self) -> Value {
        let Some(f) = self.frames.last() else {
            return Value::Dict(Rc::new(DictObj::new()));
        };
        if let Some(ns) = &f.namespace {
            return Value::Dict(ns.clone());
        }
        if f.code.flags & crate::bytecode::FLAG_MODULE != 0 {
            return Value::Dict(f.globals.clone());
        }
        locals_of(f)
    }
}

/// A snapshot of a function frame's local variables, as `locals()` builds it.
pub fn locals_of(f: &crate::vm::frame::Frame) -> Value {
    let d = Rc::new(DictObj::new());
    for (i, name) in f.code.varnames.iter().enumerate() {
        let v = match f.locals.get(i) {
            Some(Value::Cell(c)) => c.value.borrow().clone(),
            Some(Value::Null) | None => None,
            Some(v) => Some(v.clone()),
        };
        if let Some(v) = v {
            d.set_str(name.clone(), v);
        }
    }
    Value::Dict(d)
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.frame_locals())
}

fn vars(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => Ok(vm.frame_locals()),
        Some(o) => {
            let name = vm.names.dict.clone();
            match vm.get_attr_opt(o, &name)? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check(vm, "dir", args, 0, 1)?;
    match args.first() {
        None => {
            let l = vm.frame_locals();
            let mut keys: Vec<Value> = match &l {
                Value::Dict(d) => d.borrow().keys(),
                _ => Vec::new(),
            };
            vm.sort_list(&mut keys, None, false)?;
            Ok(Value::list(keys))
        }
        Some(o) => {
            let cls = vm.type_of(o);
            let dname = vm.intern("__dir__");
            if !matches!(o, Value::Class(_) | Value::Module(_)) {
                if let Some(Value::Function(_)) = cls.lookup(&dname) {
                    let r = vm.call_special(o, &dname, &[])?.unwrap_or(Value::None);
                    let mut items = vm.iterate(&r)?;
                    vm.sort_list(&mut items, None, false)?;
                    return Ok(Value::list(items));
                }
            }
            let names = vm.dir_names(o);
            Ok(Value::list(names.into_iter().map(Value::string).collect()))
        }
    }
}

/// The source text of an exec/eval argument.
fn source_arg(
    vm: &mut Vm,
    v: &Value,
    fname: &str,
) -> PyResult<Result<String, Rc<crate::bytecode::CodeObject>>> {
    match v {
        Value::Str(s) => Ok(Ok(s.as_str().to_string())),
        Value::Bytes(b) => Ok(Ok(String::from_utf8_lossy(b.as_bytes()).into_owned())),
        Value::Code(c) => Ok(Err(c.clone())),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "{}() arg 1 must be a string, bytes or code object, not {}",
                fname, tn
            )))
        }
    }
}

fn exec_eval(vm: &mut Vm, args: &[Value], kw: KwArgs, mode: Mode) -> PyResult<Value> {
    let fname = if mode == Mode::Eval { "eval" } else { "exec" };
    args::check(vm, fname, args, 1, 3)?;
    let globals = match args::arg_or_kw(args, 1, kw, "globals") {
        Some(Value::Dict(d)) => Some(d),
        Some(Value::None) | None => None,
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("globals must be a dict, not {}", tn)));
        }
    };
    let locals = match args::arg_or_kw(args, 2, kw, "locals") {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    let (globals, locals) = match globals {
        Some(g) => {
            let bname = vm.names.builtins.clone();
            if g.get_str(&bname).is_none() {
                g.set_str(bname, Value::Dict(vm.builtins.clone()));
            }
            (g, locals)
        }
        None => {
            let g = vm
                .frames
                .last()
                .map(|f| f.globals.clone())
                .unwrap_or_else(|| Rc::new(DictObj::new()));
            let l = match locals {
                Some(l) => Some(l),
                None => match vm.frame_locals() {
                    Value::Dict(d) if !Rc::ptr_eq(&d, &g) => Some(d),
                    _ => None,
                },
            };
            (g, l)
        }
    };
    let code = match source_arg(vm, &args[0], fname)? {
        Ok(src) => {
            let src = if mode == Mode::Eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            vm.compile_source(&src, "<string>", mode)?
        }
        Err(c) => c,
    };
    let r = match locals {
        Some(l) => vm.run_code_with_locals(code, globals, l)?,
        None => vm.run_code(code, globals)?,
    };
    Ok(if mode == Mode::Eval { r } else { Value::None })
}

fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    exec_eval(vm, args, kw, Mode::Exec)
}

fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    exec_eval(vm, args, kw, Mode::Eval)
}

fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let src = args::arg_or_kw(args, 0, kw, "source");
    let filename = args::arg_or_kw(args, 1, kw, "filename");
    let mode = args::arg_or_kw(args, 2, kw, "mode");
    let (Some(src), Some(Value::Str(filename)), Some(Value::Str(mode))) = (src, filename, mode)
    else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let m = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Interactive,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match source_arg(vm, &src, "compile")? {
        Ok(t) => t,
        Err(c) => return Ok(Value::Code(c)),
    };
    let code = vm.compile_source(&text, filename.as_str(), m)?;
    Ok(Value::Code(code))
}

fn import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(name)) = args::arg_or_kw(args, 0, kw, "name") else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let globals = match args::arg_or_kw(args, 1, kw, "globals") {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(DictObj::new()),
    };
    let fromlist = args::arg_or_kw(args, 3, kw, "fromlist").unwrap_or(Value::None);
    let fromlist = match fromlist {
        Value::List(l) => Value::tuple(l.to_vec()),
        other => other,
    };
    let level = match args::arg_or_kw(args, 4, kw, "level") {
        Some(Value::Int(l)) => l.max(0) as usize,
        _ => 0,
    };
    vm.import_name(name.as_str(), &fromlist, level, &globals)
}

fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !vm.caps.files {
        let c = vm.types.permission_error.clone();
        return Err(vm.new_error(&c, "file access is disabled in this VM"));
    }
    let io = vm.import("_io")?;
    let f = vm.get_attr_str(&io, "open")?;
    vm.call_with(f, args.iter().cloned().collect(), kw.to_vec())
}

fn breakpoint(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}
