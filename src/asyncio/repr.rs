//! Reprs of futures, tasks and handles as CPython's asyncio writes them,
//! and task stacks (`get_stack`, `print_stack`).

use std::rc::Rc;

use super::future::{data, FutState, FutureData};
use super::handle::HandleKind;
use crate::objects::generator::GenKind;
use crate::objects::{NativeData, NativeObj, Value};
use crate::vm::{PyResult, Vm};

/// reprlib.repr: long reprs are shortened the way asyncio shows them.
pub fn short_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = match v {
        // Lists and tuples show at most six items, each shortened.
        Value::List(l) => short_items(vm, &l.to_vec(), "[", "]")?,
        Value::Tuple(t) => {
            let items = t.as_slice().to_vec();
            if items.len() == 1 {
                format!("({},)", short_repr(vm, &items[0])?)
            } else {
                short_items(vm, &items, "(", ")")?
            }
        }
        Value::Str(s) => {
            let full = crate::vm::protocol::str_repr(s.as_str());
            let n = full.chars().count();
            if n > 30 {
                let chars: Vec<char> = full.chars().collect();
                let i = (30 - 3) / 2;
                let j = 30 - 3 - i;
                let mut out: String = chars[..i].iter().collect();
                out.push_str("...");
                out.extend(chars[n - j..].iter());
                out
            } else {
                full
            }
        }
        _ => {
            let full = vm.repr(v)?.as_str().to_string();
            let n = full.chars().count();
            // reprlib's maxother is 30 in CPython 3.11.
            if n > 30 && !matches!(v, Value::Int(_) | Value::Float(_) | Value::BigInt(_)) {
                let chars: Vec<char> = full.chars().collect();
                let i = (30 - 3) / 2;
                let j = 30 - 3 - i;
                let mut out: String = chars[..i].iter().collect();
                out.push_str("...");
                out.extend(chars[n - j..].iter());
                out
            } else {
                full
            }
        }
    };
    Ok(r)
}

fn short_items(vm: &mut Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut parts = Vec::new();
    for x in items.iter().take(6) {
        parts.push(short_repr(vm, x)?);
    }
    if items.len() > 6 {
        parts.push("...".to_string());
    }
    Ok(format!("{}{}{}", open, parts.join(", "), close))
}

/// `qualname(args)` plus ` at file:line` for script functions, as
/// asyncio's `_format_callback_source` does.
pub fn callback_source(vm: &mut Vm, cb: &Value, args: &[Value]) -> PyResult<String> {
    let mut s = callback_name(vm, cb)?;
    s.push('(');
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&short_repr(vm, a)?);
    }
    s.push(')');
    if let Value::Function(f) = cb {
        s.push_str(&format!(" at {}:{}", f.code.filename, f.code.firstlineno));
    }
    Ok(s)
}

fn callback_name(vm: &mut Vm, cb: &Value) -> PyResult<String> {
    Ok(match cb {
        Value::Function(f) => f.qualname.borrow().as_str().to_string(),
        Value::Builtin(b) => match b.owner {
            Some(o) if b.kind == crate::objects::function::BuiltinKind::Method => {
                format!("{}.{}", o, b.name)
            }
            _ => b.name.to_string(),
        },
        Value::BoundMethod(m) => {
            if let Value::Builtin(b) = &m.func {
                if b.name == "task_wakeup" {
                    return Ok("Task.task_wakeup".to_string());
                }
            }
            let f = m.func.clone();
            callback_name(vm, &f)?
        }
        other => {
            let q = vm.intern("__qualname__");
            match vm.get_attr_opt(other, &q).ok().flatten() {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => vm.repr(other)?.as_str().to_string(),
            }
        }
    })
}

fn format_callbacks(vm: &mut Vm, cbs: &[Value]) -> PyResult<String> {
    let fmt = |vm: &mut Vm, cb: &Value| -> PyResult<String> { callback_source(vm, cb, &[]) };
    let inner = match cbs.len() {
        0 => return Ok(String::new()),
        1 => fmt(vm, &cbs[0])?,
        2 => format!("{}, {}", fmt(vm, &cbs[0])?, fmt(vm, &cbs[1])?),
        n => format!(
            "{}, <{} more>, {}",
            fmt(vm, &cbs[0])?,
            n - 2,
            fmt(vm, &cbs[n - 1])?
        ),
    };
    Ok(format!("cb=[{}]", inner))
}

/// `<main() running at file:12>` / `<main() done, defined at file:10>`.
pub fn format_coroutine(vm: &mut Vm, coro: &Value) -> PyResult<String> {
    match coro {
        Value::Generator(g) => {
            let name = format!("{}()", g.qualname.get().as_str());
            let file = g.code.filename.clone();
            let frame_line = if g.finished.get() {
                None
            } else if g.running.get() {
                // The running frame is on the chain: find its line.
                let mut line = None;
                for f in vm.frames.iter().rev() {
                    if f.gen.as_ref().is_some_and(|x| Rc::ptr_eq(x, g)) {
                        line = Some(f.line());
                        break;
                    }
                }
                Some(line.unwrap_or(g.code.firstlineno))
            } else {
                let started = g.started.get();
                g.suspended_line()
                    .map(|l| if started { l } else { g.code.firstlineno })
            };
            Ok(match frame_line {
                Some(l) => format!("{} running at {}:{}", name, file, l),
                None => format!("{} done, defined at {}:{}", name, file, g.code.firstlineno),
            })
        }
        other => Ok(vm.repr(other)?.as_str().to_string()),
    }
}

fn repr_info(vm: &mut Vm, d: &FutureData, is_task: bool) -> PyResult<Vec<String>> {
    let mut info = vec![match d.state {
        FutState::Pending => {
            let cancelling = d.task.as_ref().is_some_and(|t| t.num_cancels_requested > 0);
            if cancelling {
                "cancelling".to_string()
            } else {
                "pending".to_string()
            }
        }
        FutState::Cancelled => "cancelled".to_string(),
        FutState::Finished => "finished".to_string(),
    }];
    if let Some(t) = &d.task {
        let name = t.name.clone();
        let nr = vm.repr(&name)?;
        info.push(format!("name={}", nr.as_str()));
        let coro = t.coro.clone();
        info.push(format!("coro=<{}>", format_coroutine(vm, &coro)?));
        if !t.fut_waiter.is_none() {
            let w = t.fut_waiter.clone();
            let wr = vm.repr(&w)?;
            info.push(format!("wait_for={}", wr.as_str()));
        }
    }
    let _ = is_task;
    if d.state == FutState::Finished {
        if !d.exception.is_none() {
            let e = d.exception.clone();
            let er = vm.repr(&e)?;
            info.push(format!("exception={}", er.as_str()));
        } else {
            let r = d.result.clone();
            info.push(format!("result={}", short_repr(vm, &r)?));
        }
    }
    let cbs: Vec<Value> = d.callbacks.iter().map(|(c, _)| c.clone()).collect();
    let cb = format_callbacks(vm, &cbs)?;
    if !cb.is_empty() {
        info.push(cb);
    }
    Ok(info)
}

/// The repr of a future or task (or of a zombie future being reported).
pub fn future_repr(vm: &mut Vm, f: &Rc<NativeObj>) -> PyResult<String> {
    let class = f.class.name().as_str().to_string();
    let info = match &f.data {
        NativeData::Future(cell) => {
            // Copy what the repr needs so no borrow is held while reprs run.
            let snapshot = snapshot(&cell.borrow());
            repr_info(vm, &snapshot, snapshot.task.is_some())?
        }
        NativeData::Zombie(z) => {
            let snapshot = snapshot(&z.data);
            repr_info(vm, &snapshot, snapshot.task.is_some())?
        }
        _ => vec![],
    };
    Ok(format!("<{} {}>", class, info.join(" ")))
}

fn snapshot(d: &FutureData) -> FutureData {
    FutureData {
        state: d.state,
        result: d.result.clone(),
        exception: d.exception.clone(),
        loop_: Value::None,
        callbacks: d.callbacks.clone(),
        cancel_message: d.cancel_message.clone(),
        cancelled_exc: Value::None,
        blocking: d.blocking,
        log_traceback: false,
        task: d.task.as_ref().map(|t| super::future::TaskData {
            coro: t.coro.clone(),
            name: t.name.clone(),
            fut_waiter: t.fut_waiter.clone(),
            must_cancel: t.must_cancel,
            num_cancels_requested: t.num_cancels_requested,
            log_destroy_pending: false,
            context: Value::None,
        }),
        reports: None,
    }
}

/// `<Handle cb(1) at x.py:3>` / `<TimerHandle when=12.5 cb() at x.py:3>`.
pub fn handle_repr(vm: &mut Vm, h: &Rc<NativeObj>) -> PyResult<String> {
    let NativeData::Handle(hd) = &h.data else {
        return Ok("<Handle>".to_string());
    };
    let mut info = vec![h.class.name().as_str().to_string()];
    if hd.cancelled.get() {
        info.push("cancelled".to_string());
    }
    if hd.is_timer {
        info.push(format!("when={}", crate::format::float_repr(hd.when)));
    }
    let kind = match &*hd.kind.borrow() {
        HandleKind::Call { callback, args } => Some((callback.clone(), args.to_vec())),
        HandleKind::TaskStep(t, _) => Some((Value::Native(t.clone()), Vec::new())),
        HandleKind::TaskWakeup(t, f) => Some((Value::Native(t.clone()), vec![f.clone()])),
        HandleKind::Done => None,
    };
    if let Some((cb, args)) = kind {
        if let Value::Native(n) = &cb {
            if matches!(n.data, NativeData::Future(_)) {
                info.push(format!("Task.task_wakeup({})", {
                    let mut parts = Vec::new();
                    for a in &args {
                        parts.push(short_repr(vm, a)?);
                    }
                    parts.join(", ")
                }));
                return Ok(format!("<{}>", info.join(" ")));
            }
        }
        if !hd.cancelled.get() {
            info.push(callback_source(vm, &cb, &args)?);
        }
    }
    Ok(format!("<{}>", info.join(" ")))
}

/// A frame object for get_stack(): `f_code`, `f_lineno`, `f_globals`.
fn frame_value(vm: &mut Vm, code: &Rc<crate::bytecode::CodeObject>, line: u32) -> Value {
    let d = Rc::new(crate::objects::DictObj::new());
    d.set_str_text("f_code", Value::Code(code.clone()));
    d.set_str_text("f_lineno", Value::Int(line as i64));
    d.set_str_text("f_back", Value::None);
    let cls = vm.types.object.clone();
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: frame_class(vm).unwrap_or(cls),
        data: NativeData::Slots(std::cell::RefCell::new(Vec::new())),
        dict: Some(d),
    }))
}

pub(crate) fn frame_class(vm: &mut Vm) -> Option<Rc<crate::objects::ClassObj>> {
    if let Some(c) = vm.types.iterators.borrow().get("frame") {
        return Some(c.clone());
    }
    let c = crate::objects::class::new_class(
        vm.intern("frame"),
        vec![vm.types.object.clone()],
        Rc::new(crate::objects::DictObj::new()),
        crate::objects::class::Layout::Other,
        true,
    )
    .ok()?;
    vm.types.iterators.borrow_mut().insert("frame", c.clone());
    Some(c)
}

/// (code, line) pairs of a task's stack, as get_stack() reports them.
fn stack_entries(t: &NativeObj, limit: Option<i64>) -> Vec<(Rc<crate::bytecode::CodeObject>, u32)> {
    let d = data(t).borrow();
    let Some(td) = &d.task else { return Vec::new() };
    let mut out = Vec::new();
    if let Value::Generator(g) = &td.coro {
        let live = !g.finished.get() && (g.running.get() || g.has_frame());
        if live && g.kind != GenKind::AsyncGenerator {
            let line = match g.suspended_line() {
                Some(l) if g.started.get() => l,
                _ => g.code.firstlineno,
            };
            if limit.is_none_or(|l| l > 0) {
                out.push((g.code.clone(), line));
            }
            return out;
        }
    }
    if let Value::Exception(e) = &d.exception {
        let tb = e.traceback.borrow();
        // Traceback entries are stored innermost last.
        let mut entries: Vec<_> = tb.iter().rev().map(|t| (t.code.clone(), t.line)).collect();
        if let Some(l) = limit {
            if l >= 0 {
                entries.truncate(l as usize);
            }
        }
        out = entries;
    }
    out
}

pub fn task_frames(vm: &mut Vm, t: &Rc<NativeObj>, limit: Option<i64>) -> PyResult<Vec<Value>> {
    let entries = stack_entries(t, limit);
    Ok(entries
        .into_iter()
        .map(|(c, l)| frame_value(vm, &c, l))
        .collect())
}

pub fn task_stack_text(vm: &mut Vm, t: &Rc<NativeObj>, limit: Option<i64>) -> PyResult<String> {
    let entries = stack_entries(t, limit);
    let r = future_repr(vm, t)?;
    let exc = data(t).borrow().exception.clone();
    let mut out = String::new();
    if entries.is_empty() {
        out.push_str(&format!("No stack for {}\n", r));
        return Ok(out);
    }
    if exc.is_none() {
        out.push_str(&format!("Stack for {} (most recent call last):\n", r));
    } else {
        out.push_str(&format!("Traceback for {} (most recent call last):\n", r));
    }
    for (code, line) in &entries {
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename,
            line,
            code.name.as_str()
        ));
        if let Some(src) = code.source_line(*line) {
            out.push_str(&format!("    {}\n", src.trim()));
        }
    }
    if let Value::Exception(e) = &exc {
        let e = e.clone();
        out.push_str(&vm.exception_line(&e));
        out.push('\n');
    }
    Ok(out)
}
