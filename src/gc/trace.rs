//! Enumerating the references an object holds (the collector's `traverse`)
//! and dropping them to break a dead cycle (its `clear`).

use crate::objects::iter::IterState;
use crate::objects::{NativeData, Value};
use crate::vm::frame::Frame;

#[inline(always)]
fn frame_children<F: FnMut(&Value) + ?Sized>(f: &Frame, visit: &mut F) {
    for v in f.locals.iter().chain(f.stack.iter()) {
        visit(v);
    }
    visit(&f.handled);
    // Globals and the namespace are module or class dicts: reached through
    // their owners, and (as dicts without an owner value) never collected.
}

/// The values a suspended generator's frame holds (nothing while it runs:
/// the running frame is not in the generator).
#[inline(always)]
fn gen_children<F: FnMut(&Value) + ?Sized>(g: &crate::objects::GenObj, visit: &mut F) {
    if let Ok(f) = g.frame.try_borrow() {
        if let Some(f) = &*f {
            frame_children(f, visit);
        }
    }
    g.with_cold(|vals| vals.iter().for_each(&mut *visit));
}

/// Whether a frame holds a reference that keeps its generator tracked
/// (see `gc::pins_tracking`).
#[inline(always)]
pub fn frame_pins_tracking(f: &Frame) -> bool {
    // Scalars answer on their tag alone; anything else asks its slot.
    #[inline(always)]
    fn pins(v: &Value) -> bool {
        match v {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Null => false,
            v => crate::gc::pins_tracking(v),
        }
    }
    for v in f.locals.iter() {
        if pins(v) {
            return true;
        }
    }
    for v in f.stack.iter() {
        if pins(v) {
            return true;
        }
    }
    pins(&f.handled)
}

/// Whether a generator or coroutine may leave the collector while its
/// frame reaches nothing tracked: not running, not an async generator
/// (its finalizer hooks), a plain generator only until it counts as busy
/// (`gc::track_if_needed`), a coroutine only once started (the "never
/// awaited" warning stays tied to a tracked object's life), and not
/// suspended inside a try or with block, so that closing it when it dies
/// runs no code (it is then freed like any untracked object).
pub fn generator_untrackable(g: &crate::objects::GenObj) -> bool {
    use crate::objects::generator::GenKind;
    match g.kind {
        GenKind::Generator if g.suspends.get() < crate::gc::BUSY_SUSPENDS => {}
        GenKind::Coroutine if g.started.get() => {}
        _ => return false,
    }
    if g.running.get() {
        return false;
    }
    if g.code.exc_table.is_empty() {
        return true;
    }
    let ip = match g.frame.try_borrow() {
        Ok(f) => match &*f {
            Some(f) => f.ip,
            None if g.has_cold() => g.cold_ip.get() as usize,
            None => return true,
        },
        Err(_) => return false,
    };
    no_handler_at(&g.code, ip)
}

/// Whether an exception raised into a frame suspended at `ip` finds no
/// handler in it (the unwinder looks at the instruction before `ip`; the
/// one at `ip` is checked too, to be safe).
#[inline(always)]
pub fn no_handler_at(code: &crate::bytecode::CodeObject, ip: usize) -> bool {
    if code.exc_table.is_empty() {
        return true;
    }
    let ip = ip.min(u32::MAX as usize) as u32;
    code.handler_for(ip).is_none() && code.handler_for(ip.saturating_sub(1)).is_none()
}

/// The entries of a namespace dict that belongs to one object (an
/// instance's, a class's). They count as the owner's own references while
/// nothing else holds the dict; a dict shared with others (`vars(obj)`
/// kept somewhere, a module's globals held by its functions) is left
/// alone, which keeps everything it holds alive: conservative, never wrong.
fn owned_dict<F: FnMut(&Value) + ?Sized>(d: &std::rc::Rc<crate::objects::DictObj>, visit: &mut F) {
    if std::rc::Rc::strong_count(d) != 1 {
        return;
    }
    if let Ok(t) = d.try_borrow() {
        for e in t.iter() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}

/// Empty a namespace dict if it belongs to the dead object alone.
fn clear_owned_dict(d: &std::rc::Rc<crate::objects::DictObj>) {
    if std::rc::Rc::strong_count(d) != 1 {
        return;
    }
    let old = d.try_borrow_mut().map(|mut t| std::mem::take(&mut *t)).ok();
    drop(old);
}

/// Call `visit` for every value directly referenced by `v`. Generic, so
/// that the collector's visitor is inlined into the loops over the common
/// containers (the per-reference cost of a collection).
#[inline]
pub fn children<F: FnMut(&Value)>(v: &Value, visit: &mut F) {
    match v {
        Value::Tuple(t) => {
            for x in t.iter() {
                visit(x);
            }
        }
        Value::List(l) => {
            if let Ok(items) = l.try_borrow() {
                for x in items.iter() {
                    visit(x);
                }
            }
        }
        Value::Dict(d) => {
            if let Ok(t) = d.try_borrow() {
                for e in t.iter() {
                    visit(&e.key);
                    visit(&e.value);
                }
            }
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            if let Ok(t) = s.try_borrow() {
                for x in t.iter() {
                    visit(x);
                }
            }
        }
        Value::Instance(i) => {
            if let Ok(c) = i.class.try_borrow() {
                visit(&Value::Class(c.clone()));
            }
            if let Some(d) = &i.dict {
                owned_dict(d, visit);
            }
            for c in i.slots.iter() {
                // Moved out for the visit: the visitor only reads it.
                let v = c.replace(Value::Null);
                visit(&v);
                c.set(v);
            }
            if let Ok(b) = i.base.try_borrow() {
                if let Some(b) = &*b {
                    visit(b);
                }
            }
        }
        Value::Exception(e) => {
            if let Ok(a) = e.args.try_borrow() {
                visit(&a);
            }
            if let Ok(c) = e.cause.try_borrow() {
                visit(&c);
            }
            if let Ok(c) = e.context.try_borrow() {
                visit(&c);
            }
            if let Ok(d) = e.dict.try_borrow() {
                if let Some(d) = &*d {
                    owned_dict(d, visit);
                }
            }
        }
        Value::Function(f) => {
            if let Ok(d) = f.defaults.try_borrow() {
                for x in d.iter() {
                    visit(x);
                }
            }
            if let Ok(k) = f.kwdefaults.try_borrow() {
                if let Some(k) = &*k {
                    visit(&Value::Dict(k.clone()));
                }
            }
            for c in f.closure.iter() {
                visit(&Value::Cell(c.clone()));
            }
            if let Ok(d) = f.dict.try_borrow() {
                if let Some(d) = &*d {
                    owned_dict(d, visit);
                }
            }
            if let Ok(a) = f.annotations.try_borrow() {
                if let Some(a) = &*a {
                    visit(a);
                }
            }
        }
        Value::Cell(c) => {
            if let Ok(x) = c.value.try_borrow() {
                if let Some(x) = &*x {
                    visit(x);
                }
            }
        }
        Value::BoundMethod(m) => {
            visit(&m.self_);
            visit(&m.func);
        }
        Value::Generator(g) => gen_children(g, visit),
        Value::Class(c) => {
            owned_dict(&c.dict, visit);
            if let Ok(b) = c.bases.try_borrow() {
                for x in b.iter() {
                    visit(&Value::Class(x.clone()));
                }
            }
            if let Ok(m) = c.metaclass.try_borrow() {
                if let Some(m) = &*m {
                    visit(&Value::Class(m.clone()));
                }
            }
        }
        Value::Module(m) => owned_dict(&m.dict, visit),
        Value::Iter(it) => {
            if let Ok(st) = it.state.try_borrow() {
                iter_children(&st, visit);
            }
        }
        Value::Native(n) => {
            native_children(&n.data, visit);
            if let Some(d) = &n.dict {
                owned_dict(d, visit);
            }
        }
        _ => {}
    }
}

pub fn iter_children<F: FnMut(&Value) + ?Sized>(st: &IterState, visit: &mut F) {
    match st {
        IterState::List { list, .. } | IterState::ListReverse { list, .. } => {
            visit(&Value::List(list.clone()))
        }
        IterState::Tuple { tuple, .. } => visit(&Value::Tuple(tuple.clone())),
        IterState::Dict { dict, .. } | IterState::DictReverse { dict, .. } => {
            visit(&Value::Dict(dict.clone()))
        }
        IterState::Set { set, .. } => visit(&Value::Set(set.clone())),
        IterState::Enumerate { iter, count } => {
            visit(iter);
            visit(count);
        }
        IterState::Zip { iters, .. } => {
            for x in iters {
                visit(x);
            }
        }
        IterState::Map { func, iters } => {
            visit(func);
            for x in iters {
                visit(x);
            }
        }
        IterState::Filter { func, iter } => {
            visit(func);
            visit(iter);
        }
        IterState::SeqReverse { seq, .. } | IterState::SeqIter { seq, .. } => visit(seq),
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
        _ => {}
    }
}

#[inline(always)]
fn native_children<F: FnMut(&Value) + ?Sized>(d: &NativeData, visit: &mut F) {
    match d {
        NativeData::Property {
            fget,
            fset,
            fdel,
            doc,
            ..
        } => {
            visit(fget);
            visit(fset);
            visit(fdel);
            visit(doc);
        }
        NativeData::StaticMethod(f) | NativeData::ClassMethod(f) => visit(f),
        NativeData::Super { obj, .. } => visit(obj),
        NativeData::Slots(s) => {
            if let Ok(s) = s.try_borrow() {
                for x in s.iter() {
                    visit(x);
                }
            }
        }
        NativeData::DictView { dict, .. } => visit(&Value::Dict(dict.clone())),
        NativeData::CoroWrapper(g) => visit(&Value::Generator(g.clone())),
        NativeData::Future(f) => {
            if let Ok(f) = f.try_borrow() {
                // A pending task (the many that wait at once) holds None
                // in most of these: skipped on the tag, before the
                // visitor looks for a collector slot.
                unless_none(&f.result, visit);
                unless_none(&f.exception, visit);
                visit(&f.loop_);
                for (cb, ctx) in &f.callbacks {
                    visit_callback(cb, visit);
                    visit(ctx);
                }
                unless_none(&f.cancel_message, visit);
                unless_none(&f.cancelled_exc, visit);
                if let Some(t) = &f.task {
                    match crate::gc::owned_coro(&t.coro) {
                        Some(g) => gen_children(g, visit),
                        None => visit(&t.coro),
                    }
                    visit(&t.name);
                    visit(&t.fut_waiter);
                    visit(&t.context);
                }
            }
        }
        NativeData::Handle(h) => handle_children(h, visit),
        NativeData::Loop(l) => {
            if let Ok(l) = l.try_borrow() {
                loop_children(&l, &mut |v| visit(v));
            }
        }
        NativeData::Deque(dq) => crate::objects::deque::trace(dq, &mut |v| visit(v)),
        NativeData::DequeIter(it) => visit(&Value::Native(it.deque.clone())),
        NativeData::MemoryView(m) => visit(&m.obj),
        _ => {}
    }
}

/// A loop's references: its ready queue, its timers and its hooks. Out of
/// line (there is one loop), so that `children` stays small enough to be
/// inlined into the collector's loop.
#[inline(never)]
fn loop_children(l: &crate::asyncio::event_loop::LoopData, visit: &mut dyn FnMut(&Value)) {
    for h in l.ready.iter() {
        match h {
            crate::asyncio::handle::Ready::Handle(h) => loop_handle(h, visit),
            crate::asyncio::handle::Ready::TaskStep(t, v)
            | crate::asyncio::handle::Ready::TaskWakeup(t, v) => {
                visit(&Value::Native(t.clone()));
                visit(v);
            }
            crate::asyncio::handle::Ready::Callback(cb, v) => {
                visit(cb);
                visit(v);
            }
        }
    }
    for t in l.timers.iter() {
        loop_handle(&t.handle, visit);
    }
    visit(&l.exception_handler);
    visit(&l.current_task);
}

#[inline(always)]
fn handle_children<F: FnMut(&Value) + ?Sized>(
    h: &crate::asyncio::handle::HandleData,
    visit: &mut F,
) {
    use crate::asyncio::handle::HandleKind;
    if let Ok(k) = h.kind.try_borrow() {
        match &*k {
            HandleKind::Call { callback, args } => {
                visit(callback);
                for a in args {
                    visit(a);
                }
            }
            HandleKind::TaskStep(t, e) => {
                visit(&Value::Native(t.clone()));
                visit(e);
            }
            HandleKind::TaskWakeup(t, f) => {
                visit(&Value::Native(t.clone()));
                visit(f);
            }
            HandleKind::Done => {}
        }
    }
    visit(&h.context);
}

/// A handle in a loop's ready queue or timer heap: its references count
/// as the loop's own while the loop alone holds it (`gc::owned_handle`).
#[inline(always)]
fn loop_handle<F: FnMut(&Value) + ?Sized>(
    h: &std::rc::Rc<crate::objects::NativeObj>,
    visit: &mut F,
) {
    if crate::gc::owned_handle(h) {
        if let NativeData::Handle(d) = &h.data {
            handle_children(d, visit);
        }
        if let Some(d) = &h.dict {
            owned_dict(d, visit);
        }
        return;
    }
    visit(&Value::Native(h.clone()));
}

#[inline(always)]
fn unless_none<F: FnMut(&Value) + ?Sized>(v: &Value, visit: &mut F) {
    if !matches!(v, Value::None) {
        visit(v);
    }
}

/// A done callback. An untracked bound method held by nothing but this
/// future (a task's wakeup, see `Vm::task_wakeup_owned`) is traced as part of
/// the future: its references are the future's own, exactly once, since
/// it dies with the future. With another holder it is treated as any
/// untracked child, which only keeps what it references alive.
#[inline]
fn visit_callback<F: FnMut(&Value) + ?Sized>(cb: &Value, visit: &mut F) {
    if let Value::BoundMethod(m) = cb {
        if m.gc.get() == crate::gc::slot::UNTRACKED && std::rc::Rc::strong_count(m) == 1 {
            visit(&m.self_);
            visit(&m.func);
            return;
        }
    }
    visit(cb);
}

/// Drop the references a dead object holds, breaking the cycles it is in.
/// Immutable objects (tuples, bound methods) need nothing: every cycle
/// passes through at least one mutable container.
pub fn clear(v: &Value) {
    match v {
        Value::List(l) => {
            if let Ok(mut items) = l.try_borrow_mut() {
                let old = std::mem::take(&mut *items);
                drop(items);
                drop(old);
            }
        }
        Value::Dict(d) => {
            if let Ok(mut t) = d.try_borrow_mut() {
                let old = std::mem::take(&mut *t);
                drop(t);
                drop(old);
            }
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            if let Ok(mut t) = s.try_borrow_mut() {
                let old = std::mem::take(&mut *t);
                drop(t);
                drop(old);
            }
        }
        Value::Instance(i) => {
            if let Some(d) = &i.dict {
                clear_owned_dict(d);
            }
            let slots: Vec<Value> = i.slots.iter().map(|c| c.replace(Value::Null)).collect();
            drop(slots);
            let base = i.base.try_borrow_mut().map(|mut b| b.take()).ok();
            drop(base);
        }
        Value::Exception(e) => {
            let a = e
                .args
                .try_borrow_mut()
                .map(|mut a| std::mem::replace(&mut *a, Value::tuple(Vec::new())))
                .ok();
            drop(a);
            let c = e
                .cause
                .try_borrow_mut()
                .map(|mut c| std::mem::take(&mut *c))
                .ok();
            drop(c);
            let c = e
                .context
                .try_borrow_mut()
                .map(|mut c| std::mem::take(&mut *c))
                .ok();
            drop(c);
            let d = e.dict.try_borrow_mut().map(|mut d| d.take()).ok();
            drop(d);
            let tb = e
                .traceback
                .try_borrow_mut()
                .map(|mut t| std::mem::take(&mut *t))
                .ok();
            drop(tb);
        }
        Value::Function(f) => {
            let d = f
                .defaults
                .try_borrow_mut()
                .map(|mut d| std::mem::take(&mut *d))
                .ok();
            drop(d);
            let k = f.kwdefaults.try_borrow_mut().map(|mut k| k.take()).ok();
            drop(k);
            let d = f.dict.try_borrow_mut().map(|mut d| d.take()).ok();
            drop(d);
            let a = f.annotations.try_borrow_mut().map(|mut a| a.take()).ok();
            drop(a);
        }
        Value::Cell(c) => {
            let x = c.value.try_borrow_mut().map(|mut x| x.take()).ok();
            drop(x);
        }
        Value::Generator(g) => {
            g.finished.set(true);
            g.discard_frame();
        }
        Value::Class(c) => {
            clear_owned_dict(&c.dict);
            c.invalidate();
        }
        Value::Module(m) => clear_owned_dict(&m.dict),
        Value::Iter(it) => {
            let name = it
                .state
                .try_borrow()
                .map(|_| it.type_name())
                .unwrap_or("iterator");
            let old = it
                .state
                .try_borrow_mut()
                .map(|mut s| std::mem::replace(&mut *s, IterState::Exhausted(name)))
                .ok();
            drop(old);
        }
        Value::Native(n) => {
            if let Some(d) = &n.dict {
                clear_owned_dict(d);
            }
            match &n.data {
                NativeData::Slots(s) => {
                    let old = s.try_borrow_mut().map(|mut s| std::mem::take(&mut *s)).ok();
                    drop(old);
                }
                NativeData::Future(f) => {
                    // The state, exception, loop and coroutine stay: the "never
                    // retrieved" / "destroyed but pending" report made when
                    // the future is freed needs them.
                    let old = f.try_borrow_mut().ok().map(|mut f| {
                        let cbs = std::mem::take(&mut f.callbacks);
                        let res = std::mem::take(&mut f.result);
                        // A task keeps its coroutine for the report's repr;
                        // the coroutine, dead too, is cleared on its own.
                        let task = f.task.as_mut().map(|t| std::mem::take(&mut t.fut_waiter));
                        (cbs, res, task)
                    });
                    drop(old);
                }
                NativeData::Handle(h) => {
                    let old = h
                        .kind
                        .try_borrow_mut()
                        .map(|mut k| {
                            std::mem::replace(&mut *k, crate::asyncio::handle::HandleKind::Done)
                        })
                        .ok();
                    drop(old);
                }
                NativeData::Loop(l) => {
                    let old = l.try_borrow_mut().ok().map(|mut l| {
                        let r = std::mem::take(&mut l.ready);
                        let t = std::mem::take(&mut l.timers);
                        let h = std::mem::take(&mut l.exception_handler);
                        let c = std::mem::take(&mut l.current_task);
                        (r, t, h, c)
                    });
                    drop(old);
                }
                NativeData::Deque(dq) => crate::objects::deque::clear(dq),
                _ => {}
            }
        }
        _ => {}
    }
}
