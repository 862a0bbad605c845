//! The `gc` module: the collector's controls, as CPython's.

use std::rc::Rc;

use super::{trace, GC};
use crate::builtins::args;
use crate::builtins::modules::make_module;
use crate::objects::function::KwArgs;
use crate::objects::{ListObj, Value};
use crate::vm::{PyResult, Vm};

pub fn build(vm: &mut Vm) -> PyResult<Value> {
    let m = make_module(
        vm,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_stats", gc_get_stats),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("get_referents", gc_get_referents),
            ("get_referrers", gc_get_referrers),
            ("get_objects", gc_get_objects),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
            ("get_debug", gc_get_debug),
            ("set_debug", gc_set_debug),
        ],
    );
    let callbacks = Rc::new(ListObj::new(Vec::new()));
    GC.with(|g| g.borrow_mut().callbacks = Some(callbacks.clone()));
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        m.dict.set_str(k, v);
    };
    set(
        vm,
        "garbage",
        Value::List(Rc::new(ListObj::new(Vec::new()))),
    );
    set(vm, "callbacks", Value::List(callbacks));
    for (name, bit) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set(vm, name, Value::Int(bit));
    }
    Ok(Value::Module(m))
}

fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<()> {
    if !args.is_empty() || !kw.is_empty() {
        let n = args.len() + kw.len();
        return Err(vm.type_error(format!("gc.{}() takes no arguments ({} given)", name, n)));
    }
    Ok(())
}

fn gc_collect(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "collect", kw, &["generation"])?;
    args::check(vm, "collect", args, 0, 1)?;
    let gen = match args::arg_or_kw(args, 0, kw, "generation") {
        Some(v) => vm.to_index(&v)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let gen = gen as usize;
    // Finalizers already queued run first, as they would have in CPython
    // (where they ran the moment the last reference went).
    vm.safe_point();
    vm.run_gc_callbacks("start", gen, 0)?;
    let n = vm.gc_collect(gen);
    vm.safe_point();
    vm.run_gc_callbacks("stop", gen, n)?;
    Ok(Value::Int(n as i64))
}

impl Vm {
    /// Call the functions in `gc.callbacks` with ("start"|"stop", info).
    pub fn run_gc_callbacks(&mut self, phase: &str, gen: usize, collected: usize) -> PyResult<()> {
        let list = GC.with(|g| g.borrow().callbacks.clone());
        let Some(list) = list else { return Ok(()) };
        if list.is_empty() {
            return Ok(());
        }
        let info = Rc::new(crate::objects::DictObj::new());
        info.set_str_text("generation", Value::Int(gen as i64));
        info.set_str_text("collected", Value::Int(collected as i64));
        info.set_str_text("uncollectable", Value::Int(0));
        let info = Value::Dict(info);
        for cb in list.to_vec() {
            self.call_value(cb, &[Value::str(phase), info.clone()])?;
        }
        Ok(())
    }
}

fn set_enabled(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, on: bool) -> PyResult<Value> {
    no_args(vm, name, args, kw)?;
    GC.with(|g| g.borrow_mut().enabled = on);
    Ok(Value::None)
}

fn gc_enable(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    set_enabled(vm, "enable", args, kw, true)
}

fn gc_disable(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    set_enabled(vm, "disable", args, kw, false)
}

fn gc_isenabled(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "isenabled", args, kw)?;
    Ok(Value::Bool(GC.with(|g| g.borrow().enabled)))
}

fn triple(a: [usize; 3]) -> Value {
    Value::tuple(a.iter().map(|&x| Value::Int(x as i64)).collect())
}

fn gc_get_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_count", args, kw)?;
    Ok(triple(GC.with(|g| g.borrow().counts)))
}

fn gc_get_threshold(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_threshold", args, kw)?;
    Ok(triple(GC.with(|g| g.borrow().thresholds)))
}

fn gc_set_threshold(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "set_threshold", kw)?;
    if args.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let mut vals = Vec::new();
    for a in args {
        vals.push(vm.to_index(a)?.max(0) as usize);
    }
    GC.with(|g| {
        let mut g = g.borrow_mut();
        for (i, v) in vals.into_iter().enumerate() {
            g.thresholds[i] = v;
        }
    });
    Ok(Value::None)
}

fn gc_get_stats(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_stats", args, kw)?;
    let (cols, coll) = GC.with(|g| {
        let g = g.borrow();
        (g.collections, g.collected)
    });
    let mut out = Vec::new();
    for i in 0..3 {
        let d = Rc::new(crate::objects::DictObj::new());
        d.set_str_text("collections", Value::Int(cols[i] as i64));
        d.set_str_text("collected", Value::Int(coll[i] as i64));
        d.set_str_text("uncollectable", Value::Int(0));
        out.push(Value::Dict(d));
    }
    Ok(Value::list(out))
}

/// Whether CPython's collector would be watching this object: containers
/// that can be part of a cycle (dicts and tuples only once they hold one).
fn is_tracked_value(v: &Value) -> bool {
    match v {
        Value::Tuple(_) => !super::is_atomic(v),
        Value::Dict(d) => d
            .try_borrow()
            .map(|t| {
                t.iter()
                    .any(|e| !super::is_atomic(&e.key) || !super::is_atomic(&e.value))
            })
            .unwrap_or(true),
        Value::Native(n) => !matches!(n.data, crate::objects::NativeData::Zombie(_)),
        _ => super::slot_of(v).is_some(),
    }
}

fn gc_is_tracked(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "is_tracked", kw)?;
    args::check(vm, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(is_tracked_value(&args[0])))
}

fn gc_is_finalized(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "is_finalized", kw)?;
    args::check(vm, "is_finalized", args, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Instance(i) => i.finalized.get(),
        _ => false,
    }))
}

fn gc_get_referents(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "get_referents", kw)?;
    let mut out = Vec::new();
    for a in args {
        // A task lists its coroutine, which the caller may then keep.
        if let Value::Native(n) = a {
            if let crate::objects::NativeData::Future(f) = &n.data {
                let coro = f.try_borrow().ok().and_then(|f| match &f.task {
                    Some(crate::asyncio::future::TaskData {
                        coro: Value::Generator(g),
                        ..
                    }) => Some(g.clone()),
                    _ => None,
                });
                if let Some(g) = coro {
                    super::escape_coro(&g);
                }
            }
        }
        // A loop lists its handles, which the caller may then keep.
        if let Value::Native(n) = a {
            if let crate::objects::NativeData::Loop(l) = &n.data {
                let handles: Vec<_> = l
                    .try_borrow()
                    .map(|l| l.handles().cloned().collect())
                    .unwrap_or_default();
                for h in &handles {
                    super::escape_handle(h);
                }
            }
        }
        trace::children(a, &mut |c| {
            if !matches!(c, Value::None | Value::Null) {
                out.push(c.clone())
            }
        });
    }
    Ok(Value::list(out))
}

/// Every live tracked object, oldest generation last.
fn live_objects() -> Vec<Value> {
    GC.with(|g| {
        let g = g.borrow();
        (0..=super::FROZEN_LIST)
            .flat_map(|gen| g.live(gen))
            .collect()
    })
}

fn gc_get_referrers(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "get_referrers", kw)?;
    let targets: Vec<usize> = args.iter().filter_map(|a| a.heap_ptr()).collect();
    let mut out = Vec::new();
    for o in live_objects() {
        let mut hit = false;
        trace::children(&o, &mut |c| {
            if let Some(p) = c.heap_ptr() {
                hit |= targets.contains(&p);
            }
        });
        if hit {
            out.push(o);
        }
    }
    Ok(Value::list(out))
}

fn gc_get_objects(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::only_kwargs(vm, "get_objects", kw, &["generation"])?;
    let gen = match args::arg_or_kw(args, 0, kw, "generation") {
        Some(Value::None) | None => None,
        Some(v) => {
            let g = vm.to_index(&v)?;
            if !(0..=2).contains(&g) {
                return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
            }
            Some(g as usize)
        }
    };
    let objs = match gen {
        None => live_objects(),
        Some(i) => GC.with(|g| g.borrow().live(i).collect()),
    };
    Ok(Value::list(objs))
}

fn gc_freeze(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "freeze", args, kw)?;
    GC.with(|g| {
        let mut g = g.borrow_mut();
        for i in 0..3 {
            g.merge(i, super::FROZEN_LIST);
        }
    });
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "unfreeze", args, kw)?;
    GC.with(|g| {
        let mut g = g.borrow_mut();
        g.merge(super::FROZEN_LIST, 2);
    });
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_freeze_count", args, kw)?;
    Ok(Value::Int(
        GC.with(|g| g.borrow().live_len(super::FROZEN_LIST)) as i64,
    ))
}

fn gc_get_debug(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    no_args(vm, "get_debug", args, kw)?;
    Ok(Value::Int(GC.with(|g| g.borrow().debug)))
}

fn gc_set_debug(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    args::no_kwargs(vm, "set_debug", kw)?;
    args::check(vm, "set_debug", args, 1, 1)?;
    let flags = vm.to_index(&args[0])?;
    GC.with(|g| g.borrow_mut().debug = flags);
    Ok(Value::None)
}
