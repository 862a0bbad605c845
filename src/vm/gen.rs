//! Generators and coroutines: resuming suspended frames (from the loop
//! without Rust recursion, or from native code), `throw`/`close` with
//! PEP 380 forwarding down a delegation chain, `await`, and `with`.

use std::rc::Rc;

use super::frame::{Frame, Resume, ValueStack};
use super::run::Exit;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{AwaitableWhere, Op, FLAG_COROUTINE, FLAG_ITERABLE_COROUTINE};
use crate::objects::generator::GenKind;
use crate::objects::{GenObj, Value};

/// How many recently suspended generators keep their full frames.
const HOT_GENS: usize = 256;

/// What a native resumption of a generator produced.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub(crate) fn gen_word(g: &GenObj) -> &'static str {
        Self::kind_word(g.kind)
    }

    pub(crate) fn kind_word(kind: GenKind) -> &'static str {
        match kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// `resume_generator_in_loop` for the common case, inline where the
    /// loop resumes generators: a started, suspended generator with its
    /// full frame, below the recursion limit. Anything else goes the whole
    /// way.
    #[inline(always)]
    pub fn resume_started(&mut self, g: &Rc<GenObj>, v: Value, resume: Resume) -> PyResult<()> {
        if g.started.get() && !g.running.get() && self.frames.len() < self.recursion_limit {
            if let Ok(mut slot) = g.frame.try_borrow_mut() {
                if let Some(mut f) = slot.take() {
                    drop(slot);
                    if v.is_none() && matches!(f.code.ops.get(f.ip), Some(Op::Pop)) {
                        // A `yield` statement: see below. (None owns
                        // nothing: no drop call for it.)
                        std::mem::forget(v);
                        f.ip += 1;
                    } else {
                        f.stack.push_v(v);
                    }
                    g.running.set(true);
                    f.gen = Some(g.clone());
                    // SAFETY: a suspended frame's Resume is Native (set when
                    // it yielded), which owns nothing; skip its drop.
                    unsafe { std::ptr::write(&mut f.resume, resume) };
                    self.push_frame(f);
                    return Ok(());
                }
            }
        }
        self.resume_generator_in_loop(g, v, resume)
    }

    /// Push a generator's frame onto the running chain, handing it `v`.
    /// When the generator is already finished, its result (None) is
    /// delivered according to `resume` instead.
    #[inline]
    pub fn resume_generator_in_loop(
        &mut self,
        g: &Rc<GenObj>,
        v: Value,
        resume: Resume,
    ) -> PyResult<()> {
        if g.running.get() {
            let msg = format!("{} already executing", Self::gen_word(g));
            return Err(self.value_error(msg));
        }
        let frame = g.frame.borrow_mut().take();
        let frame = match frame {
            Some(f) => Some(f),
            None => self.inflate_gen(g),
        };
        let Some(mut f) = frame else {
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return self.deliver_finished(resume);
        };
        if !g.started.get() && !v.is_none() {
            *g.frame.borrow_mut() = Some(f);
            let msg = format!(
                "can't send non-None value to a just-started {}",
                Self::gen_word(g)
            );
            return Err(self.type_error(msg));
        }
        if self.frames.len() >= self.recursion_limit {
            *g.frame.borrow_mut() = Some(f);
            return Err(self.recursion_error());
        }
        if g.started.get() && !(v.is_none() && matches!(f.code.ops.get(f.ip), Some(Op::Pop))) {
            f.stack.push_v(v);
        } else {
            // `v` is None (a just-started generator takes nothing else),
            // which owns nothing: no drop call for it.
            if g.started.get() {
                // A `yield` statement: the None it evaluates to would only
                // be pushed to be popped.
                f.ip += 1;
            }
            std::mem::forget(v);
        }
        g.started.set(true);
        g.running.set(true);
        g.warn_unawaited.set(false);
        f.gen = Some(g.clone());
        if matches!(f.resume, Resume::Init(_)) {
            f.resume = resume;
        } else {
            // SAFETY: the old Resume owns nothing; skip its drop.
            unsafe { std::ptr::write(&mut f.resume, resume) };
        }
        self.push_frame(f);
        Ok(())
    }

    /// A finished generator resumed: it "returns None" immediately.
    fn deliver_finished(&mut self, resume: Resume) -> PyResult<()> {
        match resume {
            Resume::ForIter(target) => {
                if let Some(f) = self.frames.last_mut() {
                    f.stack.pop();
                    f.ip = target as usize;
                }
                Ok(())
            }
            Resume::Send(target) => {
                if let Some(f) = self.frames.last_mut() {
                    f.stack.pop();
                    f.stack.push(Value::None);
                    f.ip = target as usize;
                }
                Ok(())
            }
            _ => Err(self.stop_iteration(Value::None)),
        }
    }

    /// Resume a generator from Rust and run it until it yields or returns.
    pub fn gen_send(&mut self, g: &Rc<GenObj>, v: Value) -> PyResult<GenResult> {
        if !g.running.get() && !g.has_frame() {
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(GenResult::Return(Value::None));
        }
        self.resume_generator_in_loop(g, v, Resume::Native)?;
        self.run_native_resumed()
    }

    fn run_native_resumed(&mut self) -> PyResult<GenResult> {
        self.native_depth += 1;
        if self.native_depth > self.max_native_depth() {
            self.native_depth -= 1;
            // Leave the generator suspended where it was.
            if let Some(mut f) = self.frames.pop() {
                if let Some(g) = f.gen.take() {
                    g.running.set(false);
                    f.stack.pop();
                    *g.frame.borrow_mut() = Some(f);
                }
            }
            return Err(self.recursion_error());
        }
        let r = self.run_frames();
        self.native_depth -= 1;
        match r? {
            Exit::Yield(v, _) => Ok(GenResult::Yield(v)),
            Exit::Return(v) => Ok(GenResult::Return(v)),
        }
    }

    /// Resume from Rust, reporting the raw exit (async generators need to
    /// tell a real `yield` from a value passing through an `await`).
    pub fn gen_send_exit(&mut self, g: &Rc<GenObj>, v: Value) -> PyResult<Exit> {
        self.resume_generator_in_loop(g, v, Resume::Native)?;
        self.native_depth += 1;
        let r = self.run_frames();
        self.native_depth -= 1;
        r
    }

    /// Throw from Rust, reporting the raw exit.
    pub fn gen_throw_exit(&mut self, g: &Rc<GenObj>, exc: PyErr) -> PyResult<Exit> {
        self.gen_throw_with(g, exc, Resume::Native)?;
        self.native_depth += 1;
        let r = self.run_frames();
        self.native_depth -= 1;
        r
    }

    /// `next(gen)` for the iteration protocol: None when exhausted.
    pub fn gen_next(&mut self, g: &Rc<GenObj>) -> PyResult<Option<Value>> {
        match self.gen_send(g, Value::None)? {
            GenResult::Yield(v) => Ok(Some(v)),
            GenResult::Return(r) => {
                self.stop_value = Some(r);
                Ok(None)
            }
        }
    }

    /// PEP 479: a StopIteration leaving a generator becomes RuntimeError.
    pub fn generator_raised(&mut self, kind: GenKind, err: PyErr) -> PyErr {
        let si = self.types.stop_iteration.clone();
        let sai = self.types.stop_async_iteration.clone();
        let msg = if err.is_instance(&si) {
            format!("{} raised StopIteration", Self::kind_word(kind))
        } else if kind == GenKind::AsyncGenerator && err.is_instance(&sai) {
            "async generator raised StopAsyncIteration".to_string()
        } else {
            return err;
        };
        let c = self.types.runtime_error.clone();
        let new = PyErr(Rc::new(crate::objects::ExceptionObj::new(
            c,
            Value::tuple(vec![Value::string(msg)]),
        )));
        *new.0.cause.borrow_mut() = err.value();
        *new.0.context.borrow_mut() = err.value();
        new.0.suppress_context.set(true);
        new
    }

    /// The sub-iterator a suspended frame is delegating to, if any.
    fn delegate_of(f: &Frame) -> Option<Value> {
        let ip = f.ip;
        if ip >= 1 && matches!(f.code.ops.get(ip - 1), Some(Op::YieldValue(true))) {
            return f.stack.last().cloned();
        }
        None
    }

    /// The SEND target of a frame suspended inside a delegation loop.
    fn send_target(f: &Frame) -> u32 {
        match f.code.ops.get(f.ip.wrapping_sub(2)) {
            Some(Op::Send(t)) => *t,
            _ => f.ip as u32,
        }
    }

    /// `gen.gi_yieldfrom` / `coro.cr_await`.
    pub fn gen_yieldfrom(&self, g: &GenObj) -> Value {
        if !g.started.get() {
            return Value::None;
        }
        if let Some(f) = &*g.frame.borrow() {
            return Self::delegate_of(f).unwrap_or(Value::None);
        }
        // A cold frame: the stack's top is just below the globals.
        let ip = g.cold_ip.get() as usize;
        if ip >= 1
            && g.cold_nstack.get() > 0
            && matches!(g.code.ops.get(ip - 1), Some(Op::YieldValue(true)))
        {
            let top = g.with_cold(|v| v.last().cloned());
            return top.flatten().unwrap_or(Value::None);
        }
        Value::None
    }

    /// `gen.throw(exc)`: raise `exc` at the innermost point of the
    /// delegation chain and run until something yields or returns.
    pub fn gen_throw(&mut self, g: &Rc<GenObj>, exc: PyErr) -> PyResult<GenResult> {
        self.gen_throw_with(g, exc, Resume::Native)?;
        self.run_native_resumed_after_throw()
    }

    fn run_native_resumed_after_throw(&mut self) -> PyResult<GenResult> {
        self.native_depth += 1;
        let r = self.run_frames();
        self.native_depth -= 1;
        match r? {
            Exit::Yield(v, _) => Ok(GenResult::Yield(v)),
            Exit::Return(v) => Ok(GenResult::Return(v)),
        }
    }

    /// Push the delegation chain of `g` and start unwinding `exc` in its
    /// innermost frame. Errors that happen before any frame is pushed (the
    /// generator is running, finished, or not started) are returned.
    fn gen_throw_with(&mut self, g: &Rc<GenObj>, exc: PyErr, resume: Resume) -> PyResult<()> {
        // The arguments of a script-level throw(), forwarded unchanged to a
        // sub-iterator's own throw() as CPython does.
        let throw_args = self.throw_args.take();
        if g.running.get() {
            let msg = format!("{} already executing", Self::gen_word(g));
            return Err(self.value_error(msg));
        }
        let started = g.started.get();
        let frame = self.take_gen_frame(g);
        let Some(frame) = frame else {
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Err(exc);
        };
        if !started {
            // Raised before the first instruction: nothing can catch it.
            g.finished.set(true);
            g.started.set(true);
            g.warn_unawaited.set(false);
            self.recycle_frame(frame);
            return Err(exc);
        }
        let closing = exc.is_instance(&self.types.generator_exit.clone());
        // Walk down the chain of generators delegating to each other.
        let mut chain: Vec<(Rc<GenObj>, Box<Frame>)> = vec![(g.clone(), frame)];
        loop {
            let sub = {
                let (_, f) = chain.last().expect("chain is non-empty");
                match Self::delegate_of(f) {
                    Some(Value::Generator(sub)) if !sub.running.get() && sub.started.get() => {
                        Some(sub)
                    }
                    _ => None,
                }
            };
            let Some(sub) = sub else { break };
            let sub_frame = self.take_gen_frame(&sub);
            match sub_frame {
                Some(sf) => chain.push((sub, sf)),
                None => break,
            }
        }
        if self.frames.len() + chain.len() >= self.recursion_limit + chain.len().max(1) + 10_000 {
            // Put everything back; the chain is absurdly deep for this stack.
            for (gen, f) in chain {
                *gen.frame.borrow_mut() = Some(f);
            }
            return Err(self.recursion_error());
        }
        let n = chain.len();
        let mut prev_target = 0u32;
        for (i, (gen, mut f)) in chain.into_iter().enumerate() {
            f.resume = if i == 0 {
                resume.clone()
            } else if closing {
                Resume::SendClose
            } else {
                Resume::Send(prev_target)
            };
            if i + 1 < n {
                // This frame re-yields whatever its sub-generator yields.
                prev_target = Self::send_target(&f);
                f.ip -= 1;
                // The receiver stays on the stack for the SEND.
            }
            gen.running.set(true);
            gen.warn_unawaited.set(false);
            f.gen = Some(gen);
            self.frames.push(f);
        }
        // The innermost frame may itself delegate to a non-generator iterator.
        let inner_delegate = self.frames.last().and_then(|f| Self::delegate_of(f));
        if let Some(recv) = inner_delegate {
            if closing {
                let close = self.intern("close");
                if let Some(c) = self.get_attr_opt(&recv, &close).ok().flatten() {
                    if let Err(e) = self.call_value(c, &[]) {
                        return self.unwind_pushed(e);
                    }
                }
            } else if !matches!(recv, Value::Generator(_)) {
                let throw = self.intern("throw");
                let method = self.get_attr_opt(&recv, &throw).ok().flatten();
                if let Some(m) = method {
                    let args = throw_args.unwrap_or_else(|| vec![exc.value()]);
                    match self.call_value(m, &args) {
                        Ok(v) => {
                            // The sub-iterator yielded: the frame yields it on.
                            if let Some(f) = self.frames.last_mut() {
                                f.ip -= 1;
                                f.stack.push(v);
                            }
                            return Ok(());
                        }
                        Err(e) => {
                            if e.is_instance(&self.types.stop_iteration.clone()) {
                                let value = e.0.first_arg();
                                if let Some(f) = self.frames.last_mut() {
                                    let target = Self::send_target(f);
                                    f.stack.pop();
                                    f.stack.push(value);
                                    f.ip = target as usize;
                                }
                                return Ok(());
                            }
                            return self.unwind_pushed(e);
                        }
                    }
                }
            }
        }
        self.unwind_pushed(exc)
    }

    /// Start unwinding `err` in the frame on top of the chain (just pushed).
    fn unwind_pushed(&mut self, err: PyErr) -> PyResult<()> {
        self.unwind_from_outside(err)
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Rc<GenObj>) -> PyResult<Value> {
        if g.running.get() {
            let msg = format!("{} already executing", Self::gen_word(g));
            return Err(self.value_error(msg));
        }
        if !g.started.get() || !g.has_frame() {
            if let Some(f) = g.frame.borrow_mut().take() {
                self.recycle_frame(f);
            }
            drop(g.cold.take());
            g.finished.set(true);
            g.started.set(true);
            g.warn_unawaited.set(false);
            return Ok(Value::None);
        }
        let ge = self.types.generator_exit.clone();
        let exc = PyErr(Rc::new(crate::objects::ExceptionObj::new(
            ge.clone(),
            Value::tuple(Vec::new()),
        )));
        match self.gen_throw(g, exc) {
            Ok(GenResult::Yield(_)) => {
                let msg = format!("{} ignored GeneratorExit", Self::gen_word(g));
                Err(self.runtime_error(msg))
            }
            Ok(GenResult::Return(_)) => Ok(Value::None),
            Err(e) => {
                if e.is_instance(&ge) || e.is_instance(&self.types.stop_iteration.clone()) {
                    Ok(Value::None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Close the frames of generators that were dropped while suspended
    /// (their `finally` blocks and `with` exits run, as in CPython).
    pub fn run_finalizers(&mut self) {
        loop {
            let frame = self.gen_queues.frames.borrow_mut().pop();
            let Some(mut frame) = frame else { break };
            // A frame rebuilt from a cold one carries placeholder builtins.
            if !Rc::ptr_eq(&frame.builtins, &self.builtins) {
                frame.builtins = self.builtins.clone();
            }
            let kind = if frame.code.flags & FLAG_COROUTINE != 0 {
                GenKind::Coroutine
            } else if frame.code.flags & crate::bytecode::FLAG_ASYNC_GENERATOR != 0 {
                GenKind::AsyncGenerator
            } else {
                GenKind::Generator
            };
            let name = frame.code.name.clone();
            let qualname = frame.code.qualname.clone();
            let code = frame.code.clone();
            let g = GenObj::new(kind, code, name, qualname, Some(frame), None);
            g.started.set(true);
            let g = Rc::new(g);
            if kind == GenKind::AsyncGenerator && self.schedule_aclose(&g) {
                continue;
            }
            if let Err(e) = self.gen_close(&g) {
                let desc = self.default_repr(&Value::Generator(g.clone()));
                self.report_unraisable(&format!("Exception ignored in: {}", desc), &e);
            }
        }
        loop {
            let w = self.gen_queues.warnings.borrow_mut().pop();
            let Some(w) = w else { break };
            // Like CPython's warnings: where the program was when the
            // coroutine was dropped, then the hint about tracemalloc.
            let place = self.frames.last().map(|f| (f.code.clone(), f.line()));
            let at_exit = place.is_none();
            let text = match place {
                Some((code, line)) => {
                    let src = code
                        .source_line(line)
                        .map(|s| s.trim().to_string())
                        .unwrap_or_default();
                    let mut t = format!("{}:{}: {}\n", code.filename, line, w);
                    if !src.is_empty() {
                        t.push_str(&format!("  {}\n", src));
                    }
                    t
                }
                None => format!("sys:1: {}\n", w),
            };
            self.write_err(&text);
            // At shutdown CPython can no longer give the hint.
            if !at_exit && w.starts_with("RuntimeWarning: coroutine") {
                self.write_err(
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                );
            }
        }
    }

    /// asyncio's finalizer hook: a dropped async generator is closed by a
    /// task, `loop.create_task(agen.aclose())` scheduled with call_soon, when
    /// a loop is running. Returns false when there is none.
    fn schedule_aclose(&mut self, g: &Rc<GenObj>) -> bool {
        let l = self.aio().running_loop.clone();
        if l.is_none() {
            return false;
        }
        let aw = crate::objects::asyncgen::new_aclose(self, g);
        let name = self.intern("create_task");
        let Ok(Some(create)) = self.get_attr_opt(&l, &name) else {
            return false;
        };
        self.loop_call_soon(&l, create, smallvec::smallvec![aw], Value::None)
            .is_ok()
    }

    /// Take the frame of a suspended generator, rebuilding a cold one.
    #[inline]
    pub(crate) fn take_gen_frame(&mut self, g: &GenObj) -> Option<Box<Frame>> {
        let f = g.frame.borrow_mut().take();
        if f.is_some() {
            return f;
        }
        self.inflate_gen(g)
    }

    /// A full frame (from the pool when possible) for a cold generator.
    #[inline(never)]
    fn inflate_gen(&mut self, g: &GenObj) -> Option<Box<Frame>> {
        let vals = g.cold.take()?;
        let (mut vals, globals) = g.unpack_cold(vals);
        let globals = globals.unwrap_or_else(|| self.builtins.clone());
        let code = g.code.clone();
        let n = code.nlocals().min(vals.len());
        let cap = (code.stacksize as usize).max(vals.len() - n);
        let mut f = match self.frame_pool.pop() {
            Some(mut f) => {
                // Pooled frames are empty, with no namespace, generator
                // or handled exception.
                f.code = code;
                f.globals = globals;
                f.resume = Resume::Native;
                f
            }
            None => Box::new(Frame {
                stack: Vec::with_capacity(cap),
                ip: 0,
                locals: Vec::with_capacity(n),
                globals,
                builtins: self.builtins.clone(),
                namespace: None,
                handled: Value::None,
                gen: None,
                resume: Resume::Native,
                code,
            }),
        };
        f.locals.extend(vals.drain(..n));
        f.stack.reserve(cap);
        f.stack.append(&mut vals);
        f.ip = g.cold_ip.get() as usize;
        Some(f)
    }

    /// Replace a suspended generator's full frame with a cold block; the
    /// frame goes back to the pool.
    pub(crate) fn compact_gen(&mut self, g: &GenObj) {
        let Ok(mut slot) = g.frame.try_borrow_mut() else {
            return;
        };
        let Some(f) = slot.as_mut() else { return };
        if !g.make_cold(f) {
            return;
        }
        let f = slot.take();
        drop(slot);
        if let Some(f) = f {
            self.recycle_frame(f);
        }
    }

    /// A generator just suspended keeps its full frame while it is among
    /// the `HOT_GENS` most recently suspended ones; the one that falls out
    /// of that window goes cold (its values move to an exactly sized
    /// block), so that many suspended generators stay small while a few
    /// busy ones switch at full speed.
    #[inline(always)]
    pub(crate) fn note_suspended(&mut self, g: &Rc<GenObj>) {
        if !g.hot.get() {
            self.list_hot(g);
        }
    }

    #[inline(never)]
    fn list_hot(&mut self, g: &Rc<GenObj>) {
        g.hot.set(true);
        self.hot_gens.push_back(Rc::downgrade(g));
        if self.hot_gens.len() > HOT_GENS {
            let old = self.hot_gens.pop_front().and_then(|w| w.upgrade());
            if let Some(old) = old {
                old.hot.set(false);
                if !old.running.get() {
                    self.compact_gen(&old);
                }
            }
        }
    }

    /// Whether destructors left work for the VM.
    #[inline]
    pub fn has_pending_finalizers(&self) -> bool {
        let q = &self.gen_queues;
        !q.frames.borrow().is_empty() || !q.warnings.borrow().is_empty()
    }

    /// `yield from x`: the iterator to delegate to.
    pub fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) => match g.kind {
                GenKind::Generator => Ok(v),
                GenKind::Coroutine => {
                    let flags = self.frames.last().map(|f| f.code.flags).unwrap_or(0);
                    if flags & (FLAG_COROUTINE | FLAG_ITERABLE_COROUTINE) != 0 {
                        Ok(v)
                    } else {
                        Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ))
                    }
                }
                GenKind::AsyncGenerator => {
                    Err(self.type_error("'async_generator' object is not iterable"))
                }
            },
            _ => self.get_iter(&v),
        }
    }

    /// `await x`: the iterator the awaiting frame delegates to.
    pub fn get_awaitable(&mut self, v: Value, wh: AwaitableWhere) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            match g.kind {
                GenKind::Coroutine => {
                    if g.finished.get() || (!g.running.get() && !g.has_frame()) {
                        return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                    }
                    if !self.gen_yieldfrom(g).is_none() {
                        return Err(self.runtime_error("coroutine is being awaited already"));
                    }
                    return Ok(v);
                }
                GenKind::Generator if g.code.flags & FLAG_ITERABLE_COROUTINE != 0 => return Ok(v),
                _ => {}
            }
        }
        if let Some(it) = self.native_awaitable(&v)? {
            return Ok(it);
        }
        let name = self.names.await_.clone();
        let cls = self.type_of(&v);
        if cls.lookup(&name).is_none() {
            let tn = self.type_name(&v);
            let msg = match wh {
                AwaitableWhere::Await => format!("object {} can't be used in 'await' expression", tn),
                AwaitableWhere::AEnter => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    tn
                ),
                AwaitableWhere::AExit => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    tn
                ),
            };
            return Err(self.type_error(msg));
        }
        let it = self.call_special(&v, &name, &[])?.unwrap_or(Value::None);
        if let Value::Generator(g) = &it {
            if g.kind == GenKind::Coroutine {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
        }
        if !self.is_iterator(&it) {
            let tn = self.type_name(&it);
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                tn
            )));
        }
        Ok(it)
    }

    /// The SEND instruction: resume the receiver on top of the stack with `v`.
    pub fn send_in_loop(&mut self, recv: Value, v: Value, target: u32) -> PyResult<()> {
        // `coro.__await__()` iterators drive their coroutine in the loop.
        if let Value::Native(n) = &recv {
            if let crate::objects::NativeData::CoroWrapper(g) = &n.data {
                let g = g.clone();
                return self.resume_generator_in_loop(&g, v, Resume::Send(target));
            }
        }
        match &recv {
            Value::Generator(g) if g.kind != GenKind::AsyncGenerator => {
                let g = g.clone();
                self.resume_generator_in_loop(&g, v, Resume::Send(target))
            }
            _ => {
                let r = if v.is_none() {
                    match self.native_send(&recv) {
                        Ok(Some(r)) => Ok(r),
                        Ok(None) if matches!(recv, Value::Iter(_)) => {
                            self.next(&recv).map(|o| o.ok_or(Value::None))
                        }
                        // Call __next__ directly: `next` would swallow the
                        // StopIteration whose value `yield from` returns.
                        Ok(None) => {
                            let nname = self.names.next.clone();
                            match self.call_special(&recv, &nname, &[]) {
                                Ok(Some(y)) => Ok(Ok(y)),
                                Ok(None) => {
                                    let tn = self.type_name(&recv);
                                    Err(self
                                        .type_error(format!("'{}' object is not an iterator", tn)))
                                }
                                Err(e) => Err(e),
                            }
                        }
                        Err(e) => Err(e),
                    }
                } else {
                    let send = self.names.send.clone();
                    match self.call_method_named(&recv, &send, &[v]) {
                        Ok(y) => Ok(Ok(y)),
                        Err(e) => Err(e),
                    }
                };
                let outcome = match r {
                    Ok(Ok(y)) => Ok(y),
                    Ok(Err(ret)) => Err(ret),
                    Err(e) => {
                        if e.is_instance(&self.types.stop_iteration.clone()) {
                            Err(e.0.first_arg())
                        } else {
                            return Err(e);
                        }
                    }
                };
                let f = match self.frames.last_mut() {
                    Some(f) => f,
                    None => return Ok(()),
                };
                match outcome {
                    Ok(y) => f.stack.push(y),
                    Err(ret) => {
                        f.stack.pop();
                        f.stack.push(ret);
                        f.ip = target as usize;
                    }
                }
                Ok(())
            }
        }
    }

    fn call_method_named(
        &mut self,
        obj: &Value,
        name: &Rc<crate::objects::StrObj>,
        args: &[Value],
    ) -> PyResult<Value> {
        let m = self.get_attr(obj, name)?;
        self.call_value(m, args)
    }

    /// `async for`: `aiter(x)`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(v.clone());
            }
        }
        let name = self.names.aiter.clone();
        match self.call_special(v, &name, &[])? {
            Some(it) => Ok(it),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    tn
                )))
            }
        }
    }

    /// `async for`: the awaitable of `anext(it)`.
    pub fn get_anext_awaitable(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            if g.kind == GenKind::AsyncGenerator {
                let g = g.clone();
                return Ok(self.asyncgen_asend(&g, Value::None));
            }
        }
        let name = self.names.anext.clone();
        let aw = match self.call_special(it, &name, &[])? {
            Some(aw) => aw,
            None => {
                let tn = self.type_name(it);
                return Err(self.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    tn
                )));
            }
        };
        match self.get_awaitable(aw.clone(), AwaitableWhere::Await) {
            Ok(a) => Ok(a),
            Err(_) => {
                let tn = self.type_name(&aw);
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    tn
                )))
            }
        }
    }

    /// `with`/`async with` entry: (bound exit, result of enter).
    pub fn before_with(&mut self, mgr: Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name) = if is_async {
            (self.names.aenter.clone(), self.names.aexit.clone())
        } else {
            (self.names.enter.clone(), self.names.exit.clone())
        };
        let cls = self.type_of(&mgr);
        let tn = self.type_name(&mgr);
        let proto = if is_async {
            "the asynchronous context manager protocol"
        } else {
            "the context manager protocol"
        };
        let Some(enter) = cls.lookup(&enter_name) else {
            return Err(self.type_error(format!("'{}' object does not support {}", tn, proto)));
        };
        let Some(exit) = cls.lookup(&exit_name) else {
            let missed = if is_async { "__aexit__" } else { "__exit__" };
            return Err(self.type_error(format!(
                "'{}' object does not support {} (missed {} method)",
                tn, proto, missed
            )));
        };
        let exit_bound = self.bind_attr(exit, mgr.clone(), &cls)?;
        let enter_bound = self.bind_attr(enter, mgr, &cls)?;
        let entered = self.call_value(enter_bound, &[])?;
        Ok((exit_bound, entered))
    }
}
