//! The interpreter loop: one `match` over the current frame's next
//! instruction. Script calls push a frame and continue the same loop;
//! returns and yields pop it. Only a frame entered from Rust
//! (`Resume::Native`) makes the loop return.

use std::rc::Rc;

use smallvec::SmallVec;

use super::call::{ArgVec, KwVec, Outcome};
use super::frame::{Frame, Resume, ValueStack};
use super::inner_loop::FastExit;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, Conversion, FnParts, GlobalSlot, Name, Op, RaiseForm, SLOT_INDEX};
use crate::objects::class::Layout;
use crate::objects::generator::GenKind;
use crate::objects::{ClassObj, DictObj, ExceptionObj, FunctionObj, InstanceObj, Value};

/// How a run of the loop ended.
pub enum Exit {
    Return(Value),
    /// The base frame yielded; the flag is true for a yield from inside a
    /// `yield from`/`await` loop (a value passing through from a sub-iterator).
    Yield(Value, bool),
}

macro_rules! frame {
    ($vm:expr) => {
        match $vm.frames.last_mut() {
            Some(f) => f,
            None => unreachable!("interpreter loop without a frame"),
        }
    };
}

macro_rules! pop {
    ($f:expr) => {
        match $f.stack.pop_v() {
            Some(v) => v,
            None => unreachable!("value stack underflow"),
        }
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.stack.last() {
            Some(v) => v,
            None => unreachable!("value stack underflow"),
        }
    };
}

impl Vm {
    /// Run the frame on top of the chain (pushed with `Resume::Native`)
    /// until it returns or yields.
    pub fn run_frames(&mut self) -> PyResult<Exit> {
        loop {
            match self.execute() {
                Ok(exit) => return Ok(exit),
                Err(err) => self.unwind(err)?,
            }
        }
    }

    /// Start unwinding `err` in the top frame from outside the loop (a
    /// throw into a just-resumed generator).
    pub fn unwind_from_outside(&mut self, err: PyErr) -> PyResult<()> {
        self.unwind(err)
    }

    /// Find a handler for `err`, popping frames that have none. Returns
    /// `Ok` when execution can continue at a handler, `Err` when the
    /// exception leaves the native base frame.
    fn unwind(&mut self, err: PyErr) -> PyResult<()> {
        let mut err = err;
        let mut skip_tb = std::mem::take(&mut self.reraising);
        let halted = self.is_halted();
        loop {
            let frame = frame!(self);
            let ip = frame.ip.saturating_sub(1) as u32;
            if !skip_tb {
                let line = frame.code.line_at(ip as usize);
                err.0
                    .traceback
                    .borrow_mut()
                    .push(crate::objects::exception::TbEntry {
                        code: frame.code.clone(),
                        line,
                        pos: frame
                            .code
                            .positions
                            .get(ip as usize)
                            .copied()
                            .unwrap_or((0, 0)),
                    });
            }
            skip_tb = false;
            // A script stopped by a resource limit runs no handler.
            let handler = match halted {
                false => frame.code.handler_for(ip),
                true => None,
            };
            if let Some(h) = handler {
                let depth = h.depth as usize;
                let target = h.target as usize;
                frame.stack.truncate(depth);
                frame.stack.push_v(Value::Exception(err.0.clone()));
                frame.ip = target;
                return Ok(());
            }
            // No handler here: the frame is done.
            let Some(mut done) = self.frames.pop() else {
                return Err(err);
            };
            let resume = std::mem::replace(&mut done.resume, Resume::Native);
            if let Some(gen) = done.gen.take() {
                err = self.generator_raised(gen.kind, err);
                gen.running.set(false);
                gen.finished.set(true);
            } else if Self::is_lazy_awaited(&done) {
                err = self.generator_raised(GenKind::Coroutine, err);
            }
            self.recycle_frame(done);
            match resume {
                Resume::Native => return Err(err),
                _ => continue,
            }
        }
    }

    /// The instruction loop. Returns when the base frame returns or yields;
    /// errors propagate with `?` to `run_frames`, which unwinds.
    #[allow(clippy::cognitive_complexity)]
    fn execute(&mut self) -> PyResult<Exit> {
        'frame: loop {
            // The current frame and its instructions are cached here and
            // reloaded (`continue 'frame`) after every op that pushes or pops
            // frames. SAFETY: the frame is a Box owned by `self.frames`; its
            // address is stable while it stays on the chain, which it does
            // until this loop pops it (Return/Yield) or an error leaves the
            // loop. Nested runs started by native calls only push and pop
            // frames above it. References made from `fp` are short-lived and
            // never held across a call that could reach the frame otherwise.
            let fp: *mut Frame = match self.frames.last_mut() {
                Some(f) => &mut **f as *mut Frame,
                None => return Err(self.runtime_error("no frame to run")),
            };
            // SAFETY: `fp` points at the boxed frame on top of the chain (a
            // `Box` never moves its contents); the frame's `Rc` keeps its
            // code, whose ops never change, alive while the frame runs.
            let ops: *const [Op] = unsafe {
                let code: &crate::bytecode::CodeObject = &(*fp).code;
                &*code.ops as *const [Op]
            };
            macro_rules! cur {
                () => {
                    // SAFETY: `fp` is reloaded whenever the running frame
                    // changes (`continue 'frame`), and no other reference to
                    // the frame is live while this one is used.
                    unsafe { &mut *fp }
                };
            }
            // Safe points: after the ops that drop references, finalizers
            // queued by destructors run and due collections happen here,
            // with the frame consistent. Then the frame cache is reloaded.
            macro_rules! safe_point {
                () => {
                    if crate::gc::pending() {
                        self.safe_point();
                        self.check_limits()?;
                        continue 'frame;
                    }
                };
            }
            safe_point!();
            loop {
                let frame = cur!();
                // The common case of the hottest ops runs here with the
                // instruction pointer in a register (see fast_ops); the
                // match below does everything else, `frame.ip` synced.
                let mut pc = frame.ip;
                // SAFETY: `ops` is the running frame's code (see above).
                let op = match fast_loop!(frame, pc, unsafe { &*ops }, self.limits.ticks) {
                    FastExit::Slow(op) => op,
                    FastExit::SafePoint => {
                        frame.ip = pc;
                        self.safe_point();
                        self.check_limits()?;
                        continue 'frame;
                    }
                    FastExit::LoopBack(target) => {
                        frame.ip = pc;
                        self.safe_point();
                        self.check_limits()?;
                        cur!().ip = target;
                        continue 'frame;
                    }
                    FastExit::OutOfRange => {
                        frame.ip = pc;
                        return Err(self.runtime_error("instruction pointer out of range"));
                    }
                };
                let ip = pc;
                frame.ip = ip + 1;
                match op {
                    Op::Nop => {}
                    Op::Pop => {
                        discard(pop!(frame));
                        safe_point!();
                    }
                    Op::Dup => {
                        let v = top!(frame).clone();
                        frame.stack.push_v(v);
                    }
                    Op::Copy(n) => {
                        let i = frame.stack.len() - n as usize;
                        let v = frame.stack[i].clone();
                        frame.stack.push_v(v);
                    }
                    Op::Swap(n) => {
                        let len = frame.stack.len();
                        frame.stack.swap(len - 1, len - n as usize);
                    }
                    Op::LoadConst(i) => {
                        let v = &frame.code.consts[i as usize];
                        frame.stack.push_clone(v);
                    }
                    Op::LoadFast(i) => {
                        let v = &frame.locals[i as usize];
                        if let Value::Null = v {
                            let name = frame.code.varnames[i as usize].clone();
                            let c = self.types.unbound_local_error.clone();
                            return Err(self.new_error(
                            &c,
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                name.as_str()
                            ),
                        ));
                        }
                        frame.stack.push_clone(v);
                    }
                    // Past the fast loop FastFastBinary runs as the pair of
                    // loads it overwrote; the Binary follows.
                    Op::LoadFastLoadFast(a, b) | Op::FastFastBinary(_, a, b) => {
                        let v = &frame.locals[a as usize];
                        if let Value::Null = v {
                            return Err(self.unbound_local(a as u32));
                        }
                        frame.stack.push_clone(v);
                        frame.ip = ip + 2;
                        let v = &frame.locals[b as usize];
                        if let Value::Null = v {
                            return Err(self.unbound_local(b as u32));
                        }
                        frame.stack.push_clone(v);
                    }
                    // Past the fast loop LoadFastAttr and LoadFastStoreAttr
                    // run as the LoadFast they overwrote; the attribute op
                    // follows.
                    Op::LoadFastAttr(a, ..) | Op::LoadFastStoreAttr(a, ..) => {
                        let v = &frame.locals[a as usize];
                        if let Value::Null = v {
                            return Err(self.unbound_local(a as u32));
                        }
                        frame.stack.push_clone(v);
                    }
                    Op::LoadFastLoadConst(a, b) => {
                        let v = &frame.locals[a as usize];
                        if let Value::Null = v {
                            return Err(self.unbound_local(a as u32));
                        }
                        frame.stack.push_clone(v);
                        frame.ip = ip + 2;
                        let v = &frame.code.consts[b as usize];
                        frame.stack.push_clone(v);
                    }
                    // Past the fast loop, the fused ops run as the LoadConst
                    // (or LoadFast; LoadConst) they overwrote; the op they
                    // were fused with follows.
                    Op::ConstBinary(_, k)
                    | Op::ConstCompareJumpIfFalse(_, k, _)
                    | Op::ConstCompareJumpIfTrue(_, k, _) => {
                        let c = &frame.code.consts[k as usize];
                        frame.stack.push_clone(c);
                    }
                    Op::FastConstBinary(_, a, k) => {
                        let v = &frame.locals[a as usize];
                        let c = &frame.code.consts[k as usize];
                        if let Value::Null = v {
                            return Err(self.unbound_local(a as u32));
                        }
                        frame.stack.push_clone(v);
                        frame.stack.push_clone(c);
                        frame.ip = ip + 2;
                    }
                    Op::StoreFastLoadFast(a, b) => {
                        let v = pop!(frame);
                        super::frame::store_value(&mut frame.locals[a as usize], v);
                        frame.ip = ip + 2;
                        let v = &frame.locals[b as usize];
                        if let Value::Null = v {
                            return Err(self.unbound_local(b as u32));
                        }
                        frame.stack.push_clone(v);
                        safe_point!();
                    }
                    Op::StoreFast(i) => {
                        let v = pop!(frame);
                        super::frame::store_value(&mut frame.locals[i as usize], v);
                        safe_point!();
                    }
                    Op::DeleteFast(i) => {
                        if let Value::Null = frame.locals[i as usize] {
                            let name = frame.code.varnames[i as usize].clone();
                            let c = self.types.unbound_local_error.clone();
                            return Err(self.new_error(
                            &c,
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                name.as_str()
                            ),
                        ));
                        }
                        frame.locals[i as usize] = Value::Null;
                        safe_point!();
                    }
                    Op::LoadDeref(i) => {
                        let v = match &frame.locals[i as usize] {
                            Value::Cell(c) => c.value.borrow().clone(),
                            _ => None,
                        };
                        match v {
                            Some(v) => frame.stack.push_v(v),
                            None => return Err(self.unbound_deref(i)),
                        }
                    }
                    Op::LoadClassDeref(i) => {
                        let name = frame.code.varnames[i as usize].clone();
                        let from_ns = frame.namespace.as_ref().and_then(|ns| ns.get_str(&name));
                        let v = match from_ns {
                            Some(v) => Some(v),
                            None => match &frame.locals[i as usize] {
                                Value::Cell(c) => c.value.borrow().clone(),
                                _ => None,
                            },
                        };
                        match v {
                            Some(v) => frame.stack.push_v(v),
                            None => return Err(self.unbound_deref(i)),
                        }
                    }
                    Op::StoreDeref(i) => {
                        let v = pop!(frame);
                        if let Value::Cell(c) = &frame.locals[i as usize] {
                            *c.value.borrow_mut() = Some(v);
                        }
                        safe_point!();
                    }
                    Op::DeleteDeref(i) => {
                        let was = match &frame.locals[i as usize] {
                            Value::Cell(c) => c.value.borrow_mut().take(),
                            _ => None,
                        };
                        if was.is_none() {
                            return Err(self.unbound_deref(i));
                        }
                    }
                    Op::LoadClosure(i) => {
                        let v = frame.locals[i as usize].clone();
                        frame.stack.push_v(v);
                    }
                    Op::LoadGlobal(name, slot) => {
                        let code = &frame.code;
                        let cache = &code.global_caches[slot.index()];
                        let gptr = Rc::as_ptr(&frame.globals) as usize;
                        let idx = cache.index.get();
                        if idx != 0 && cache.globals.get() == gptr {
                            // Hits push straight onto the stack: no Option<Value>
                            // temporaries on the hot path.
                            let g = frame.globals.borrow();
                            if cache.gver.get() == g.version {
                                if !cache.in_builtins.get() {
                                    if let Some(e) = g.entry(idx as usize - 1) {
                                        frame.stack.push_clone(&e.value);
                                        continue;
                                    }
                                } else {
                                    let b = frame.builtins.borrow();
                                    if cache.bver.get() == b.version {
                                        if let Some(e) = b.entry(idx as usize - 1) {
                                            frame.stack.push_clone(&e.value);
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        let v = self.load_global_slow(name, slot)?;
                        cur!().stack.push_v(v);
                    }
                    Op::StoreGlobal(i) => {
                        let name = frame.code.names[i.index()].clone();
                        let v = pop!(frame);
                        frame.globals.set_str(name, v);
                        safe_point!();
                    }
                    Op::DeleteGlobal(i) => {
                        let name = frame.code.names[i.index()].clone();
                        if frame.globals.del_str(&name).is_none() {
                            return Err(self.name_error(name.as_str()));
                        }
                        safe_point!();
                    }
                    Op::LoadName(i) => {
                        let name = &frame.code.names[i.index()];
                        let found = match &frame.namespace {
                            Some(ns) if !self.custom_namespaces.is_empty() => {
                                match self.custom_namespace_of(ns) {
                                    Some(m) => {
                                        let name = name.clone();
                                        let v = self.load_custom_name(&m, &name)?;
                                        cur!().stack.push_v(v);
                                        continue;
                                    }
                                    None => ns.get_str(name),
                                }
                            }
                            Some(ns) => ns.get_str(name),
                            None => None,
                        };
                        let v = match found {
                            Some(v) => v,
                            None => match frame.globals.get_str(name) {
                                Some(v) => v,
                                None => match frame.builtins.get_str(name) {
                                    Some(v) => v,
                                    None => {
                                        let n = name.clone();
                                        return Err(self.name_error(n.as_str()));
                                    }
                                },
                            },
                        };
                        frame.stack.push_v(v);
                    }
                    Op::StoreName(i) => {
                        let name = frame.code.names[i.index()].clone();
                        let v = pop!(frame);
                        match &frame.namespace {
                            Some(ns) if !self.custom_namespaces.is_empty() => {
                                match self.custom_namespace_of(ns) {
                                    Some(m) => {
                                        self.call_method(
                                            &m,
                                            "__setitem__",
                                            &[Value::Str(name), v],
                                        )?;
                                    }
                                    None => ns.set_str(name, v),
                                }
                            }
                            Some(ns) => ns.set_str(name, v),
                            None => frame.globals.set_str(name, v),
                        }
                        safe_point!();
                    }
                    Op::DeleteName(i) => {
                        let name = frame.code.names[i.index()].clone();
                        let custom = match &frame.namespace {
                            Some(ns) if !self.custom_namespaces.is_empty() => {
                                self.custom_namespace_of(ns)
                            }
                            _ => None,
                        };
                        if let Some(m) = custom {
                            self.delete_custom_name(&m, &name)?;
                            continue;
                        }
                        let frame = cur!();
                        let removed = match &frame.namespace {
                            Some(ns) => ns.del_str(&name),
                            None => frame.globals.del_str(&name),
                        };
                        if removed.is_none() {
                            return Err(self.name_error(name.as_str()));
                        }
                        drop(removed);
                        safe_point!();
                    }
                    Op::LoadAttr(name, slot) => {
                        // SAFETY: used only within this instruction, while
                        // the frame stays on the chain (a running frame's
                        // code is never replaced).
                        let code = unsafe { code_of(frame) };
                        let name = &code.names[name.index()];
                        if let Some(slot) = slot.get() {
                            // The hit path swaps the attribute in for the
                            // instance on top of the stack: no temporaries.
                            let top: *mut Value = match frame.stack.last_mut() {
                                Some(t) => t,
                                None => unreachable!("value stack underflow"),
                            };
                            // SAFETY: `top` points into the stack, which nothing
                            // touches until the replace below.
                            if let Value::Instance(inst) = unsafe { &*top } {
                                let cache = &code.attr_caches[slot];
                                if let Some(idx) =
                                    cache.index_for(inst.class.borrow().version.get())
                                {
                                    if let Some(dict) = &inst.dict {
                                        let d = dict.borrow();
                                        if let Some(e) = d.entry(idx) {
                                            if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, name))
                                            {
                                                let v = e.value.clone();
                                                drop(d);
                                                // SAFETY: `top` still points at the
                                                // stack's last slot (nothing ran since).
                                                let old = unsafe { std::ptr::replace(top, v) };
                                                drop(old);
                                                continue;
                                            }
                                        }
                                    }
                                    // Only a miss in the dict comes here.
                                    if idx >= SLOT_INDEX {
                                        if let Some(v) = inst.slot(idx - SLOT_INDEX) {
                                            // SAFETY: as above.
                                            let old = unsafe { std::ptr::replace(top, v) };
                                            drop(old);
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        let obj = pop!(frame);
                        let v = self.get_attr(&obj, name)?;
                        if let Some(slot) = slot.get() {
                            self.fill_attr_cache(&obj, name, &code.attr_caches[slot], false);
                        }
                        cur!().stack.push_v(v);
                    }
                    Op::StoreAttr(name, slot) => {
                        let obj = pop!(frame);
                        let v = pop!(frame);
                        // SAFETY: used only within this instruction, while
                        // the frame stays on the chain (a running frame's
                        // code is never replaced).
                        let code = unsafe { code_of(frame) };
                        let name = &code.names[name.index()];
                        if let Some(slot) = slot.get() {
                            if let Value::Instance(inst) = &obj {
                                let cache = &code.attr_caches[slot];
                                let idx = cache.index_for(inst.class.borrow().version.get());
                                if let Some(i) = idx.filter(|&i| i >= SLOT_INDEX) {
                                    if let Some(old) = inst.set_slot(i - SLOT_INDEX, v.clone()) {
                                        drop(old);
                                        safe_point!();
                                        continue;
                                    }
                                } else if let (Some(idx), Some(dict)) = (idx, &inst.dict) {
                                    let old = {
                                        let mut t = dict.borrow_mut();
                                        let same = matches!(t.entry(idx), Some(e) if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, name)));
                                        if same {
                                            t.set_value(idx, v.clone())
                                        } else {
                                            // The class was checked for this name
                                            // (no data descriptor, no __setattr__
                                            // hook) at this version: a plain dict
                                            // store, e.g. the first store into a
                                            // fresh instance.
                                            let h = name.hash();
                                            let o = t.insert_fast(
                                                h,
                                                Value::Str(name.clone()),
                                                v.clone(),
                                            );
                                            Some(o.unwrap_or(Value::None))
                                        }
                                    };
                                    if let Some(old) = old {
                                        // Dropped with no borrow held.
                                        drop(old);
                                        safe_point!();
                                        continue;
                                    }
                                }
                            }
                        }
                        self.set_attr(&obj, name, v)?;
                        if let Some(slot) = slot.get() {
                            self.fill_attr_cache(&obj, name, &code.attr_caches[slot], true);
                        }
                        drop(obj);
                        safe_point!();
                    }
                    Op::DeleteAttr(i) => {
                        let name = frame.code.names[i.index()].clone();
                        let obj = pop!(frame);
                        self.del_attr(&obj, &name)?;
                        drop(obj);
                        safe_point!();
                    }
                    Op::LoadMethod(name, slot) => {
                        let obj = pop!(frame);
                        // SAFETY: used only within this instruction, while
                        // the frame stays on the chain (a running frame's
                        // code is never replaced).
                        let code = unsafe { code_of(frame) };
                        let name = &code.names[name.index()];
                        let slot = slot.get();
                        if let Some(slot) = slot {
                            if let Value::Instance(inst) = &obj {
                                let cache = &code.attr_caches[slot];
                                let hit = match cache.method_for(inst.class.borrow().version.get())
                                {
                                    Some(m) => {
                                        let shadowed = match &inst.dict {
                                            Some(d) => {
                                                let t = d.borrow();
                                                !t.is_empty() && t.find_str(name).is_some()
                                            }
                                            None => false,
                                        };
                                        if shadowed {
                                            None
                                        } else {
                                            Some(m)
                                        }
                                    }
                                    None => None,
                                };
                                if let Some(m) = hit {
                                    frame.stack.push_v(m);
                                    frame.stack.push_v(obj);
                                    continue;
                                }
                            } else if let Some(ver) = self.builtin_class_version(&obj) {
                                // A method of a built-in type (gen.send,
                                // list.append): the class version decides.
                                let cache = &code.attr_caches[slot];
                                if let Some(m) = cache.method_for(ver) {
                                    frame.stack.push_v(m);
                                    frame.stack.push_v(obj);
                                    continue;
                                }
                            }
                        }
                        let ver = match slot {
                            None => None,
                            Some(_) => self.builtin_class_version(&obj),
                        };
                        let (callable, self_) = self.load_method(obj, name)?;
                        if let Some(slot) = slot {
                            match (&self_, &callable) {
                                (Some(Value::Instance(inst)), Value::Function(_)) => {
                                    let cache = &code.attr_caches[slot];
                                    cache.set_method(
                                        inst.class.borrow().version.get(),
                                        callable.clone(),
                                    );
                                }
                                (Some(_), Value::Function(_) | Value::Builtin(_)) => {
                                    if let Some(ver) = ver {
                                        let cache = &code.attr_caches[slot];
                                        cache.set_method(ver, callable.clone());
                                    }
                                }
                                _ => {}
                            }
                        }
                        let frame = cur!();
                        frame.stack.push_v(callable);
                        frame.stack.push_v(self_.unwrap_or(Value::Null));
                    }
                    Op::Subscr => {
                        if let Some(v) = super::inner_loop::item_of_sequence(&frame.stack) {
                            let len = frame.stack.len();
                            // SAFETY: the top slot holds the int index, which owns nothing.
                            unsafe { frame.stack.set_len(len - 1) };
                            let seq = std::mem::replace(&mut frame.stack[len - 2], v);
                            drop(seq);
                            safe_point!();
                            continue;
                        }
                        let key = pop!(frame);
                        let obj = pop!(frame);
                        let v = self.get_item(&obj, &key)?;
                        cur!().stack.push_v(v);
                    }
                    Op::StoreSubscr => {
                        if super::inner_loop::store_list_item(&mut frame.stack) {
                            safe_point!();
                            continue;
                        }
                        let key = pop!(frame);
                        let obj = pop!(frame);
                        let v = pop!(frame);
                        self.set_item(&obj, key, v)?;
                        drop(obj);
                        safe_point!();
                    }
                    Op::DeleteSubscr => {
                        let key = pop!(frame);
                        let obj = pop!(frame);
                        self.del_item(&obj, &key)?;
                        drop((obj, key));
                        safe_point!();
                    }
                    Op::Binary(bop) => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = match (&a, &b, bop) {
                            (Value::Int(x), Value::Int(y), BinOp::Add) => match x.checked_add(*y) {
                                Some(r) => Value::Int(r),
                                None => self.binary_op(a, b, bop)?,
                            },
                            (Value::Int(x), Value::Int(y), BinOp::Sub) => match x.checked_sub(*y) {
                                Some(r) => Value::Int(r),
                                None => self.binary_op(a, b, bop)?,
                            },
                            (Value::Int(x), Value::Int(y), BinOp::Mul) => match x.checked_mul(*y) {
                                Some(r) => Value::Int(r),
                                None => self.binary_op(a, b, bop)?,
                            },
                            (Value::Int(x), Value::Int(y), BinOp::Mod) if *y > 0 && *x >= 0 => {
                                Value::Int(x % y)
                            }
                            (Value::Int(x), Value::Int(y), BinOp::And) => Value::Int(x & y),
                            (Value::Int(x), Value::Int(y), BinOp::Or) => Value::Int(x | y),
                            (Value::Int(x), Value::Int(y), BinOp::Xor) => Value::Int(x ^ y),
                            (Value::Float(x), Value::Float(y), BinOp::Add) => Value::Float(x + y),
                            // Large results take the checked path (binary_op).
                            (Value::Str(x), Value::Str(y), BinOp::Add)
                                if x.as_str().len() + y.as_str().len() < super::sized::LARGE =>
                            {
                                Value::Str(Rc::new(crate::objects::StrObj::concat(x, y)))
                            }
                            (Value::Float(x), Value::Float(y), BinOp::Sub) => Value::Float(x - y),
                            (Value::Float(x), Value::Float(y), BinOp::Mul) => Value::Float(x * y),
                            (Value::Float(x), Value::Float(y), BinOp::Pow)
                                if *x > 0.0 && x.powf(*y).is_finite() =>
                            {
                                // Positive bases with finite results are the plain
                                // C pow(); the rest (complex results, overflow,
                                // zero to a negative power) take the general path.
                                Value::Float(x.powf(*y))
                            }
                            _ => self.binary_op(a, b, bop)?,
                        };
                        cur!().stack.push_v(r);
                    }
                    Op::Inplace(bop) => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = match (&a, &b, bop) {
                            (Value::Int(x), Value::Int(y), BinOp::Add) => match x.checked_add(*y) {
                                Some(r) => Value::Int(r),
                                None => self.inplace_op(a, b, bop)?,
                            },
                            (Value::Int(x), Value::Int(y), BinOp::Sub) => match x.checked_sub(*y) {
                                Some(r) => Value::Int(r),
                                None => self.inplace_op(a, b, bop)?,
                            },
                            (Value::Float(x), Value::Float(y), BinOp::Add) => Value::Float(x + y),
                            _ => self.inplace_op(a, b, bop)?,
                        };
                        cur!().stack.push_v(r);
                    }
                    Op::Neg => {
                        let a = pop!(frame);
                        let r = match a {
                            Value::Int(x) if x != i64::MIN => Value::Int(-x),
                            Value::Float(x) => Value::Float(-x),
                            other => self.unary_op(other, Op::Neg)?,
                        };
                        cur!().stack.push_v(r);
                    }
                    Op::Pos | Op::Invert => {
                        let a = pop!(frame);
                        let r = self.unary_op(a, op)?;
                        cur!().stack.push_v(r);
                    }
                    Op::Not => {
                        let a = pop!(frame);
                        let t = match a {
                            Value::Bool(b) => b,
                            other => self.is_true(&other)?,
                        };
                        cur!().stack.push_v(Value::Bool(!t));
                    }
                    Op::Compare(cop) => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = match (&a, &b) {
                            (Value::Float(x), Value::Float(y)) => {
                                Value::Bool(super::inner_loop::ordered(*x, *y, cop))
                            }
                            _ => self.compare(a, b, cop)?,
                        };
                        cur!().stack.push_v(r);
                    }
                    Op::Is(neg) => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        frame.stack.push_v(Value::Bool(a.is(&b) != neg));
                    }
                    Op::Contains(neg) => {
                        let container = pop!(frame);
                        let item = pop!(frame);
                        let r = self.contains(&container, &item)?;
                        cur!().stack.push_v(Value::Bool(r != neg));
                    }
                    Op::Jump(t) => {
                        if (t as usize) <= ip {
                            self.charge_jump(ip + 1 - t as usize);
                            if crate::gc::pending() {
                                // Still just past the jump: see FastExit::LoopBack.
                                self.safe_point();
                                self.check_limits()?;
                                cur!().ip = t as usize;
                                continue 'frame;
                            }
                        }
                        frame.ip = t as usize;
                        safe_point!();
                    }
                    Op::CompareJumpIfFalse(cop, t) | Op::CompareJumpIfTrue(cop, t) => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let truth = match (&a, &b) {
                            (Value::Float(x), Value::Float(y)) => {
                                super::inner_loop::ordered(*x, *y, cop)
                            }
                            _ => match self.compare(a, b, cop)? {
                                Value::Bool(b) => b,
                                other => self.is_true(&other)?,
                            },
                        };
                        if truth == matches!(op, Op::CompareJumpIfTrue(..)) {
                            cur!().ip = t as usize;
                        }
                    }
                    Op::PopJumpIfFalse(t) => {
                        let v = pop!(frame);
                        let truth = match v {
                            Value::Bool(b) => b,
                            Value::Int(i) => i != 0,
                            Value::None => false,
                            other => self.is_true(&other)?,
                        };
                        if !truth {
                            cur!().ip = t as usize;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = pop!(frame);
                        let truth = match v {
                            Value::Bool(b) => b,
                            Value::Int(i) => i != 0,
                            Value::None => false,
                            other => self.is_true(&other)?,
                        };
                        if truth {
                            cur!().ip = t as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        let truth = match top!(frame) {
                            Value::Bool(b) => *b,
                            Value::Int(i) => *i != 0,
                            Value::None => false,
                            other => {
                                let v = other.clone();
                                self.is_true(&v)?
                            }
                        };
                        let frame = cur!();
                        if !truth {
                            frame.ip = t as usize;
                        } else {
                            discard(pop!(frame));
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let truth = match top!(frame) {
                            Value::Bool(b) => *b,
                            Value::Int(i) => *i != 0,
                            Value::None => false,
                            other => {
                                let v = other.clone();
                                self.is_true(&v)?
                            }
                        };
                        let frame = cur!();
                        if truth {
                            frame.ip = t as usize;
                        } else {
                            discard(pop!(frame));
                        }
                    }
                    Op::PopJumpIfNone(t) => {
                        if pop!(frame).is_none() {
                            frame.ip = t as usize;
                        }
                    }
                    Op::PopJumpIfNotNone(t) => {
                        if !pop!(frame).is_none() {
                            frame.ip = t as usize;
                        }
                    }
                    Op::GetIter => {
                        let v = pop!(frame);
                        let it = self.get_iter(&v)?;
                        cur!().stack.push_v(it);
                    }
                    Op::ForIter(target) => {
                        // SAFETY: the iterator stays in its stack slot (the
                        // frame's stack buffer, which only this frame's own
                        // instructions change) until this instruction is done.
                        let top: *const Value = top!(frame);
                        // SAFETY: as said above, `top` stays valid.
                        match unsafe { &*top } {
                            Value::Generator(g) if g.kind == GenKind::Generator => {
                                self.resume_started(g, Value::None, Resume::ForIter(target))?;
                                continue 'frame;
                            }
                            Value::Iter(io) => {
                                match self.iter_next_native(io)? {
                                    Some(v) => cur!().stack.push_v(v),
                                    None => {
                                        let frame = cur!();
                                        discard(pop!(frame));
                                        frame.ip = target as usize;
                                    }
                                }
                                continue;
                            }
                            _ => {}
                        }
                        let it = top!(cur!()).clone();
                        let r = self.next(&it)?;
                        self.for_iter_result(r, target);
                    }
                    Op::Call(argc) => {
                        let n = argc as usize;
                        let callee_idx = frame.stack.len() - n - 1;
                        match &frame.stack[callee_idx] {
                            Value::Function(f) if is_simple_call(f, n) => {
                                if let Some(fp) = exact_fast_path(f, n) {
                                    if self.try_fast_path(fp, callee_idx, callee_idx + 1, None)? {
                                        continue;
                                    }
                                }
                                self.push_simple_call(callee_idx, callee_idx + 1)?;
                                continue 'frame;
                            }
                            Value::Function(f) if is_simple_gen_call(f, n) => {
                                if let Some((end, yield_ip)) = Self::await_follows(frame, f) {
                                    if let Some(fp) = f.code.fast_path.get() {
                                        let (a, e) = (callee_idx + 1, Some(end));
                                        if self.try_fast_path(fp, callee_idx, a, e)? {
                                            continue;
                                        }
                                    }
                                    self.push_lazy_await(
                                        callee_idx,
                                        callee_idx + 1,
                                        end,
                                        yield_ip,
                                    )?;
                                    continue 'frame;
                                }
                                self.make_simple_generator(callee_idx, callee_idx + 1)?;
                                continue;
                            }
                            Value::BoundMethod(m) if matches!(&m.func, Value::Function(f) if is_simple_call(f, n + 1)) =>
                            {
                                // A bound method called: its self goes in
                                // before the arguments, its function in the
                                // callee slot.
                                let m = m.clone();
                                frame.stack.insert(callee_idx + 1, m.self_.clone());
                                frame.stack[callee_idx] = m.func.clone();
                                self.push_simple_call(callee_idx, callee_idx + 1)?;
                                continue 'frame;
                            }
                            Value::Class(c) => {
                                if n == 1 && Rc::ptr_eq(c, &self.types.str) {
                                    // str(x) is x's __str__, nothing more.
                                    let x = pop!(frame);
                                    frame.stack.pop();
                                    let s = self.to_str(&x)?;
                                    cur!().stack.push_v(Value::Str(s));
                                    continue;
                                }
                                let c = c.clone();
                                if self.push_simple_init(&c, callee_idx, callee_idx + 1)? {
                                    continue 'frame;
                                }
                            }
                            Value::Builtin(b) => {
                                // next(gen): resume without re-entering the loop.
                                if n == 1 {
                                    if let Value::Generator(g) = &frame.stack[callee_idx + 1] {
                                        if self.fast_fns.is_next(b) && g.kind == GenKind::Generator
                                        {
                                            let g = g.clone();
                                            frame.stack.truncate(callee_idx);
                                            self.resume_generator_in_loop(
                                                &g,
                                                Value::None,
                                                Resume::CallGen,
                                            )?;
                                            continue 'frame;
                                        }
                                    }
                                }
                                let b = b.clone();
                                self.call_builtin_from_stack(&b, callee_idx + 1, callee_idx)?;
                                continue;
                            }
                            _ => {}
                        }
                        let args =
                            super::stack_tail::tail_to_args(&mut frame.stack, callee_idx + 1);
                        let callee = pop!(frame);
                        if self.call_in_loop(callee, args, KwVec::new())? {
                            continue 'frame;
                        }
                    }
                    Op::CallMethod(argc) => {
                        let n = argc as usize;
                        let self_idx = frame.stack.len() - n - 1;
                        let has_self = !matches!(frame.stack[self_idx], Value::Null);
                        if has_self {
                            match &frame.stack[self_idx - 1] {
                                Value::Function(f) if is_simple_call(f, n + 1) => {
                                    if let Some(fp) = exact_fast_path(f, n + 1) {
                                        if self.try_fast_path(fp, self_idx - 1, self_idx, None)? {
                                            continue;
                                        }
                                    }
                                    self.push_simple_call(self_idx - 1, self_idx)?;
                                    continue 'frame;
                                }
                                Value::Function(f) if is_simple_gen_call(f, n + 1) => {
                                    if let Some((end, yield_ip)) = Self::await_follows(frame, f) {
                                        if let Some(fp) = f.code.fast_path.get() {
                                            let e = Some(end);
                                            if self.try_fast_path(fp, self_idx - 1, self_idx, e)? {
                                                continue;
                                            }
                                        }
                                        self.push_lazy_await(
                                            self_idx - 1,
                                            self_idx,
                                            end,
                                            yield_ip,
                                        )?;
                                        continue 'frame;
                                    }
                                    self.make_simple_generator(self_idx - 1, self_idx)?;
                                    continue;
                                }
                                Value::Builtin(b) if n == 1 => {
                                    // gen.send(v): resume without re-entering the loop.
                                    if let Value::Generator(_) = &frame.stack[self_idx] {
                                        if self.fast_fns.is_send(b) {
                                            // The stack is [send, gen, v]: take
                                            // all three, the generator by move.
                                            let v = pop!(frame);
                                            let gen = pop!(frame);
                                            discard(pop!(frame));
                                            if let Value::Generator(g) = gen {
                                                self.resume_started(&g, v, Resume::CallGen)?;
                                            }
                                            continue 'frame;
                                        }
                                    }
                                }
                                _ => {}
                            }
                            if let Value::Builtin(b) = &frame.stack[self_idx - 1] {
                                let b = b.clone();
                                self.call_builtin_from_stack(&b, self_idx, self_idx - 1)?;
                                continue;
                            }
                            let args = super::stack_tail::tail_to_args(&mut frame.stack, self_idx);
                            let callee = pop!(frame);
                            if self.call_in_loop(callee, args, KwVec::new())? {
                                continue 'frame;
                            }
                        } else {
                            // `C.method(obj, ...)` and module functions:
                            // the Null between callee and arguments goes
                            // with the callee's slot.
                            match &frame.stack[self_idx - 1] {
                                Value::Function(f) if is_simple_call(f, n) => {
                                    self.push_simple_call(self_idx - 1, self_idx + 1)?;
                                    continue 'frame;
                                }
                                Value::Builtin(b) => {
                                    let b = b.clone();
                                    self.call_builtin_from_stack(&b, self_idx + 1, self_idx - 1)?;
                                    continue;
                                }
                                Value::BoundMethod(m) if matches!(&m.func, Value::Function(f) if is_simple_call(f, n + 1)) =>
                                {
                                    // `super().m(...)`, a stored bound method: its
                                    // function and self take the callee and Null
                                    // slots, and the call is a simple one.
                                    let m = m.clone();
                                    frame.stack[self_idx] = m.self_.clone();
                                    frame.stack[self_idx - 1] = m.func.clone();
                                    self.push_simple_call(self_idx - 1, self_idx)?;
                                    continue 'frame;
                                }
                                _ => {}
                            }
                            let args =
                                super::stack_tail::tail_to_args(&mut frame.stack, self_idx + 1);
                            frame.stack.pop();
                            let callee = pop!(frame);
                            if self.call_in_loop(callee, args, KwVec::new())? {
                                continue 'frame;
                            }
                        }
                    }
                    Op::CallKw(argc) | Op::CallMethodKw(argc) => {
                        let names = pop!(frame);
                        let names = match names {
                            Value::Tuple(t) => t,
                            _ => return Err(self.runtime_error("bad keyword names")),
                        };
                        let n = argc as usize;
                        let nkw = names.len();
                        let start = frame.stack.len() - n;
                        let (callee_idx, args_start) = if matches!(op, Op::CallMethodKw(_)) {
                            let self_idx = start - 1;
                            if matches!(frame.stack[self_idx], Value::Null) {
                                (self_idx - 1, start)
                            } else {
                                (self_idx - 1, self_idx)
                            }
                        } else {
                            (start - 1, start)
                        };
                        if self.push_kw_call(callee_idx, args_start, &names)? {
                            continue 'frame;
                        }
                        let frame = cur!();
                        let mut all: SmallVec<[Value; 8]> = frame.stack.drain(start..).collect();
                        let kwvals: Vec<Value> = all.drain(n - nkw..).collect();
                        let mut args: ArgVec = all;
                        let callee;
                        if matches!(op, Op::CallMethodKw(_)) {
                            let self_ = pop!(frame);
                            callee = pop!(frame);
                            if !matches!(self_, Value::Null) {
                                args.insert(0, self_);
                            }
                        } else {
                            callee = pop!(frame);
                        }
                        let mut kwargs = KwVec::with_capacity(nkw);
                        for (k, v) in names.iter().zip(kwvals) {
                            if let Value::Str(s) = k {
                                kwargs.push((s.clone(), v));
                            }
                        }
                        if self.call_in_loop(callee, args, kwargs)? {
                            continue 'frame;
                        }
                    }
                    Op::CallEx(has_kw) => {
                        let kw = if has_kw { Some(pop!(frame)) } else { None };
                        let args = pop!(frame);
                        let callee = pop!(frame);
                        let args: ArgVec = match args {
                            Value::Tuple(t) => t.iter().cloned().collect(),
                            other => self.iterate(&other)?.into_iter().collect(),
                        };
                        let mut kwargs = KwVec::new();
                        if let Some(Value::Dict(d)) = kw {
                            for e in d.borrow().iter() {
                                match &e.key {
                                    Value::Str(s) => kwargs.push((s.clone(), e.value.clone())),
                                    _ => {
                                        return Err(self.type_error("keywords must be strings"));
                                    }
                                }
                            }
                        }
                        if self.call_in_loop(callee, args, kwargs)? {
                            continue 'frame;
                        }
                    }
                    Op::MakeFunction(flags) => {
                        let code = match pop!(frame) {
                            Value::Code(c) => c,
                            _ => return Err(self.runtime_error("MakeFunction without code")),
                        };
                        let closure = if flags.has(FnParts::CLOSURE) {
                            match pop!(frame) {
                                Value::Tuple(t) => t
                                    .iter()
                                    .filter_map(|c| match c {
                                        Value::Cell(c) => Some(c.clone()),
                                        _ => None,
                                    })
                                    .collect(),
                                _ => Vec::new(),
                            }
                        } else {
                            Vec::new()
                        };
                        let annotations = if flags.has(FnParts::ANNOTATIONS) {
                            Some(pop!(frame))
                        } else {
                            None
                        };
                        let kwdefaults = if flags.has(FnParts::KWDEFAULTS) {
                            match pop!(frame) {
                                Value::Dict(d) => Some(d),
                                _ => None,
                            }
                        } else {
                            None
                        };
                        let defaults = if flags.has(FnParts::DEFAULTS) {
                            match pop!(frame) {
                                Value::Tuple(t) => t.as_slice().to_vec(),
                                _ => Vec::new(),
                            }
                        } else {
                            Vec::new()
                        };
                        let globals = frame.globals.clone();
                        let module = globals.get_str(&self.names.name).unwrap_or(Value::None);
                        let func = FunctionObj {
                            gc: Default::default(),
                            name: std::cell::RefCell::new(code.name.clone()),
                            qualname: std::cell::RefCell::new(code.qualname.clone()),
                            code,
                            globals,
                            defaults: std::cell::RefCell::new(defaults),
                            kwdefaults: std::cell::RefCell::new(kwdefaults),
                            closure: closure.into_boxed_slice(),
                            dict: std::cell::RefCell::new(None),
                            module,
                            annotations: std::cell::RefCell::new(annotations),
                        };
                        let f = Value::Function(Rc::new(func));
                        crate::gc::track(&f);
                        cur!().stack.push_v(f);
                    }
                    Op::BuildTuple(n) => {
                        let start = frame.stack.len() - n as usize;
                        let items = super::stack_tail::tail_to_vec(&mut frame.stack, start);
                        frame.stack.push_v(Value::tuple(items));
                    }
                    Op::BuildList(n) => {
                        let start = frame.stack.len() - n as usize;
                        let items = super::stack_tail::tail_to_vec(&mut frame.stack, start);
                        frame.stack.push_v(Value::list(items));
                    }
                    Op::BuildSet(n) => {
                        let start = frame.stack.len() - n as usize;
                        let items = super::stack_tail::tail_to_vec(&mut frame.stack, start);
                        let set = self.new_set(items)?;
                        cur!().stack.push_v(set);
                    }
                    Op::BuildMap(n) => {
                        let start = frame.stack.len() - 2 * n as usize;
                        let items = super::stack_tail::tail_to_vec(&mut frame.stack, start);
                        let d = Rc::new(DictObj::new());
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            self.dict_set(&d, k, v)?;
                        }
                        let d = Value::Dict(d);
                        crate::gc::track(&d);
                        cur!().stack.push_v(d);
                    }
                    Op::BuildString(n) => {
                        let start = frame.stack.len() - n as usize;
                        let mut s = String::new();
                        for v in frame.stack.drain(start..) {
                            if let Value::Str(p) = v {
                                s.push_str(p.as_str());
                            }
                        }
                        frame.stack.push_v(Value::string(s));
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { pop!(frame) } else { Value::None };
                        let stop = pop!(frame);
                        let start = pop!(frame);
                        frame
                            .stack
                            .push(Value::Slice(Rc::new(crate::objects::SliceObj {
                                start,
                                stop,
                                step,
                            })));
                    }
                    Op::ListAppend(i) => {
                        let v = pop!(frame);
                        let idx = frame.stack.len() - i as usize;
                        if let Value::List(l) = &frame.stack[idx] {
                            if let Err((v, bytes)) = l.push_unless_large(v) {
                                let l = l.clone();
                                self.probe_alloc(bytes)?;
                                l.push(v);
                            }
                        }
                    }
                    Op::SetAdd(i) => {
                        let v = pop!(frame);
                        let idx = frame.stack.len() - i as usize;
                        let target = frame.stack[idx].clone();
                        if let Value::Set(s) = &target {
                            self.set_add(s, v)?;
                        }
                    }
                    Op::MapAdd(i) => {
                        let v = pop!(frame);
                        let k = pop!(frame);
                        let idx = frame.stack.len() - i as usize;
                        let target = frame.stack[idx].clone();
                        if let Value::Dict(d) = &target {
                            self.dict_set(d, k, v)?;
                        }
                    }
                    Op::ListExtend(i) => {
                        let v = pop!(frame);
                        let idx = frame.stack.len() - i as usize;
                        let target = frame.stack[idx].clone();
                        let items = match &v {
                            Value::List(l) => l.to_vec(),
                            Value::Tuple(t) => t.as_slice().to_vec(),
                            other => match self.iterate(other) {
                                Ok(items) => items,
                                Err(e) => {
                                    if e.is_instance(&self.types.type_error.clone())
                                        && !self.has_iter(other)
                                    {
                                        return Err(self.star_arg_error(other, &target, idx));
                                    }
                                    return Err(e);
                                }
                            },
                        };
                        if let Value::List(l) = &target {
                            l.edit(&items).extend(items);
                        }
                    }
                    Op::SetUpdate(i) => {
                        let v = pop!(frame);
                        let idx = frame.stack.len() - i as usize;
                        let target = frame.stack[idx].clone();
                        if let (Value::Set(s), Value::Set(o) | Value::FrozenSet(o)) = (&target, &v)
                        {
                            // A set merges in its slot order, as CPython's.
                            self.set_merge(s, o)?;
                        } else {
                            let items = self.iterate(&v)?;
                            if let Value::Set(s) = &target {
                                for it in items {
                                    self.set_add(s, it)?;
                                }
                            }
                        }
                    }
                    Op::DictUpdate(i) | Op::DictMerge(i) => {
                        let v = pop!(frame);
                        let idx = frame.stack.len() - i as usize;
                        let target = frame.stack[idx].clone();
                        if let Value::Dict(d) = &target {
                            // DictMerge only builds call arguments: [callee, args, kwargs].
                            let callee = match op {
                                Op::DictMerge(_) => {
                                    idx.checked_sub(2).and_then(|c| frame.stack.get(c)).cloned()
                                }
                                _ => None,
                            };
                            self.dict_merge_call(d, &v, callee.as_ref())?;
                        }
                    }
                    Op::ListToTuple => {
                        let v = pop!(frame);
                        let t = match v {
                            Value::List(l) => Value::tuple(std::mem::take(&mut *l.edit(&[]))),
                            other => other,
                        };
                        frame.stack.push_v(t);
                    }
                    Op::UnpackSequence(n) => {
                        let seq = pop!(frame);
                        let n = n as usize;
                        match &seq {
                            Value::Tuple(t) if t.len() == n => {
                                frame.stack.extend(t.iter().rev().cloned());
                            }
                            Value::List(l) if l.len() == n => {
                                let items = l.borrow();
                                frame.stack.extend(items.iter().rev().cloned());
                            }
                            _ => {
                                let items = self.unpack_iterable(&seq, n, None)?;
                                cur!().stack.extend(items.into_iter().rev());
                            }
                        }
                    }
                    Op::UnpackEx(before, after) => {
                        let seq = pop!(frame);
                        let (before, after) = (before as usize, after as usize);
                        let items = self.unpack_iterable(&seq, before, Some(after))?;
                        cur!().stack.extend(items.into_iter().rev());
                    }
                    Op::FormatValue(conv, has_spec) => {
                        let spec = if has_spec { Some(pop!(frame)) } else { None };
                        let v = pop!(frame);
                        let v = match conv {
                            Conversion::Str => Value::Str(self.to_str(&v)?),
                            Conversion::Repr => Value::Str(self.repr(&v)?),
                            Conversion::Ascii => {
                                let r = self.repr(&v)?;
                                Value::string(crate::objects::str::ascii_escape(r.as_str()))
                            }
                            Conversion::None => v,
                        };
                        let r = match (&v, &spec) {
                            (Value::Str(_), None) => v,
                            _ => {
                                let spec = match spec {
                                    Some(Value::Str(s)) => s,
                                    _ => self.intern(""),
                                };
                                Value::Str(self.format(&v, &spec)?)
                            }
                        };
                        cur!().stack.push_v(r);
                    }
                    Op::ReturnValue => {
                        let v = pop!(frame);
                        if let Some(exit) = self.do_return(v)? {
                            return Ok(exit);
                        }
                        continue 'frame;
                    }
                    Op::YieldValue(delegating) => {
                        let v = pop!(frame);
                        if let Some(exit) = self.do_yield(v, delegating)? {
                            return Ok(exit);
                        }
                        continue 'frame;
                    }
                    Op::GetYieldFromIter => {
                        let v = pop!(frame);
                        let it = self.get_yield_from_iter(v)?;
                        cur!().stack.push_v(it);
                    }
                    Op::GetAwaitable(wh) => {
                        let v = pop!(frame);
                        let it = self.get_awaitable(v, wh)?;
                        cur!().stack.push_v(it);
                    }
                    Op::Send(target) => {
                        let v = pop!(frame);
                        let top: *const Value = top!(frame);
                        // SAFETY: as in ForIter, the receiver stays in its slot.
                        if let Value::Generator(g) = unsafe { &*top } {
                            if g.kind != GenKind::AsyncGenerator {
                                self.resume_generator_in_loop(g, v, Resume::Send(target))?;
                                continue 'frame;
                            }
                        }
                        let recv = top!(frame).clone();
                        self.send_in_loop(recv, v, target)?;
                        continue 'frame;
                    }
                    Op::GetAIter => {
                        let v = pop!(frame);
                        let it = self.get_aiter(&v)?;
                        cur!().stack.push_v(it);
                    }
                    Op::GetANext => {
                        let it = top!(frame).clone();
                        let aw = self.get_anext_awaitable(&it)?;
                        cur!().stack.push_v(aw);
                    }
                    Op::EndAsyncFor => {
                        let exc = pop!(frame);
                        frame.stack.pop();
                        if let Value::Exception(e) = &exc {
                            if e.class().is_subclass(&self.types.stop_async_iteration) {
                                continue;
                            }
                            self.reraising = true;
                            return Err(PyErr(e.clone()));
                        }
                    }
                    Op::BeforeWith => {
                        let mgr = pop!(frame);
                        let (exit, entered) = self.before_with(mgr, false)?;
                        let frame = cur!();
                        frame.stack.push_v(exit);
                        frame.stack.push_v(entered);
                    }
                    Op::BeforeAsyncWith => {
                        let mgr = pop!(frame);
                        let (exit, entered) = self.before_with(mgr, true)?;
                        let frame = cur!();
                        frame.stack.push_v(exit);
                        frame.stack.push_v(entered);
                    }
                    Op::WithExceptStart => {
                        let len = frame.stack.len();
                        let exit = frame.stack[len - 3].clone();
                        let exc = frame.stack[len - 1].clone();
                        let (ty, tb) = match &exc {
                            Value::Exception(e) => {
                                (Value::Class(e.class()), self.traceback_value(e))
                            }
                            _ => (Value::None, Value::None),
                        };
                        let r = self.call_value(exit, &[ty, exc, tb])?;
                        cur!().stack.push_v(r);
                    }
                    Op::PushExcInfo => {
                        let exc = pop!(frame);
                        let prev = std::mem::replace(&mut frame.handled, exc.clone());
                        frame.stack.push_v(prev);
                        frame.stack.push_v(exc);
                    }
                    Op::PopExcept => {
                        let prev = pop!(frame);
                        frame.handled = prev;
                    }
                    Op::Reraise => {
                        let exc = pop!(frame);
                        match exc {
                            Value::Exception(e) => {
                                self.reraising = true;
                                return Err(PyErr(e));
                            }
                            _ => return Err(self.runtime_error("reraise of a non-exception")),
                        }
                    }
                    Op::GetLen => {
                        let v = top!(frame).clone();
                        let n = self.len(&v)?;
                        cur!().stack.push_v(Value::Int(n as i64));
                    }
                    Op::MatchSequence => {
                        let v = top!(frame).clone();
                        let b = self.match_is_sequence(&v)?;
                        cur!().stack.push_v(Value::Bool(b));
                    }
                    Op::MatchMapping => {
                        let v = top!(frame).clone();
                        let b = self.match_is_mapping(&v)?;
                        cur!().stack.push_v(Value::Bool(b));
                    }
                    Op::MatchKeys => {
                        let keys = top!(frame).clone();
                        let subject = match frame.stack.len().checked_sub(2) {
                            Some(i) => frame.stack[i].clone(),
                            None => unreachable!("value stack underflow"),
                        };
                        let values = self.match_keys(&subject, &keys)?;
                        cur!().stack.push_v(values);
                    }
                    Op::MatchClass(n) => {
                        let names = pop!(frame);
                        let cls = pop!(frame);
                        let subject = pop!(frame);
                        let r = self.match_class(&subject, &cls, &names, n as usize)?;
                        cur!().stack.push_v(r);
                    }
                    Op::CheckExcMatch => {
                        let ty = pop!(frame);
                        let exc = top!(frame).clone();
                        let m = self.exception_matches(&exc, &ty)?;
                        cur!().stack.push_v(Value::Bool(m));
                    }
                    Op::Raise(form) => {
                        let err = match form {
                            RaiseForm::Reraise => {
                                let handled = self.current_handled();
                                match handled {
                                    Value::Exception(e) => {
                                        self.reraising = true;
                                        PyErr(e)
                                    }
                                    _ => self.runtime_error("No active exception to reraise"),
                                }
                            }
                            RaiseForm::Exc => {
                                let exc = pop!(frame);
                                self.make_raisable(exc, None)?
                            }
                            RaiseForm::ExcFrom => {
                                let cause = pop!(frame);
                                let exc = pop!(frame);
                                self.make_raisable(exc, Some(cause))?
                            }
                        };
                        return Err(err);
                    }
                    Op::LoadAssertionError => {
                        frame
                            .stack
                            .push(Value::Class(self.types.assertion_error.clone()));
                    }
                    Op::ImportName(i) => {
                        let name = frame.code.names[i.index()].clone();
                        let fromlist = pop!(frame);
                        let level = pop!(frame);
                        let globals = frame.globals.clone();
                        let level = match level {
                            Value::Int(l) => l.max(0) as usize,
                            _ => 0,
                        };
                        let m = self.import_name(name.as_str(), &fromlist, level, &globals)?;
                        cur!().stack.push_v(m);
                    }
                    Op::ImportFrom(i) => {
                        let name = frame.code.names[i.index()].clone();
                        let module = top!(frame).clone();
                        let v = self.import_from(&module, &name)?;
                        cur!().stack.push_v(v);
                    }
                    Op::ImportStar => {
                        let module = pop!(frame);
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        self.import_star(&module, &ns)?;
                    }
                    Op::LoadBuildClass => {
                        let v = self
                            .builtins
                            .get_str_text("__build_class__")
                            .unwrap_or(Value::None);
                        cur!().stack.push_v(v);
                    }
                    Op::SetupAnnotations => {
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        let key = self.names.annotations.clone();
                        if !ns.contains_str(&key) {
                            ns.set_str(key, Value::Dict(Rc::new(DictObj::new())));
                        }
                    }
                    Op::PrintExpr => {
                        let v = pop!(frame);
                        if !v.is_none() {
                            let r = self.repr(&v)?;
                            self.write_out(r.as_str());
                            self.write_out("\n");
                            let key = self.names.underscore.clone();
                            self.builtins.set_str(key, v);
                        }
                    }
                }
            }
        }
    }

    /// LoadGlobal on a cache miss: search globals, then builtins, and
    /// refill the instruction's cache.
    #[inline(never)]
    fn load_global_slow(&mut self, name: Name, slot: GlobalSlot) -> PyResult<Value> {
        let frame = frame!(self);
        let code = &frame.code;
        let cache = &code.global_caches[slot.index()];
        let gptr = Rc::as_ptr(&frame.globals) as usize;
        let name = &code.names[name.index()];
        let g = frame.globals.borrow();
        if let Some(ix) = g.find_str(name) {
            cache.globals.set(gptr);
            cache.gver.set(g.version);
            cache.index.set(ix as u32 + 1);
            cache.in_builtins.set(false);
            return Ok(g.entry(ix).map(|e| e.value.clone()).unwrap_or(Value::None));
        }
        let b = frame.builtins.borrow();
        if let Some(ix) = b.find_str(name) {
            cache.globals.set(gptr);
            cache.gver.set(g.version);
            cache.bver.set(b.version);
            cache.index.set(ix as u32 + 1);
            cache.in_builtins.set(true);
            return Ok(b.entry(ix).map(|e| e.value.clone()).unwrap_or(Value::None));
        }
        let n = name.clone();
        drop(b);
        drop(g);
        Err(self.name_error(n.as_str()))
    }

    #[cold]
    #[inline(never)]
    fn unbound_local(&mut self, i: u32) -> PyErr {
        let frame = frame!(self);
        let name = frame.code.varnames[i as usize].clone();
        let c = self.types.unbound_local_error.clone();
        self.new_error(
            &c,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        )
    }

    #[cold]
    fn unbound_deref(&mut self, i: u32) -> PyErr {
        let frame = frame!(self);
        let name = frame.code.varnames[i as usize].clone();
        let is_free = frame.code.free_slots.contains(&i);
        if is_free {
            let c = self.types.name_error.clone();
            self.new_error(
                &c,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name.as_str()
                ),
            )
        } else {
            let c = self.types.unbound_local_error.clone();
            self.new_error(
                &c,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name.as_str()
                ),
            )
        }
    }

    fn for_iter_result(&mut self, r: Option<Value>, target: u32) {
        let frame = frame!(self);
        match r {
            Some(v) => frame.stack.push_v(v),
            None => {
                frame.stack.pop();
                frame.ip = target as usize;
            }
        }
    }

    /// Push a frame for a call whose arguments need no binding work: the
    /// callee sits at `callee_idx` and its arguments start at `args_start`.
    #[inline]
    fn push_simple_call(&mut self, callee_idx: usize, args_start: usize) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        // Move the function out of its stack slot (the slot is cut off
        // below anyway): no reference count traffic on the function.
        let f = match std::mem::take(&mut frame!(self).stack[callee_idx]) {
            Value::Function(f) => f,
            _ => unreachable!("push_simple_call on a non-function"),
        };
        let mut nf = self.new_frame(f.code.clone(), f.globals.clone(), None, Resume::Call);
        self.bind_from_stack(&f, &mut nf, callee_idx, args_start);
        self.push_frame(nf);
        Ok(())
    }

    /// Move the arguments from the caller's stack (from `args_start`) into
    /// the new frame's slots, which are Null (nothing to drop), cut the
    /// caller's stack back to `callee_idx` and make the frame's cells.
    #[inline(always)]
    pub(super) fn bind_from_stack(
        &mut self,
        f: &FunctionObj,
        nf: &mut super::frame::Frame,
        callee_idx: usize,
        args_start: usize,
    ) {
        let frame = frame!(self);
        let len = frame.stack.len();
        let n = len - args_start;
        assert!(n <= nf.locals.len(), "more arguments than slots");
        // SAFETY: the n values move from the stack's tail into the first n
        // slots, which hold Null (nothing to drop or overwrite); the stack
        // forgets them before anything else can run.
        unsafe {
            frame.stack.set_len(args_start);
            std::ptr::copy_nonoverlapping(
                frame.stack.as_ptr().add(args_start),
                nf.locals.as_mut_ptr(),
                n,
            );
        }
        frame.stack.truncate(callee_idx);
        if n < f.code.argcount as usize {
            fill_defaults(f, nf, n);
        }
        if !f.code.cell_slots.is_empty() || !f.code.free_slots.is_empty() {
            super::call::setup_cells(nf, f);
        }
    }

    /// Call a script function taking exactly these positional arguments
    /// (nothing to bind) from native code; None when it needs the general
    /// call path.
    pub(crate) fn call_simple_function(
        &mut self,
        f: &Rc<FunctionObj>,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        if !is_simple_call(f, args.len()) {
            return None;
        }
        if self.frames.len() >= self.recursion_limit
            || self.native_depth + 1 > self.max_native_depth()
        {
            return Some(Err(self.recursion_error()));
        }
        let mut nf = self.new_frame(f.code.clone(), f.globals.clone(), None, Resume::Native);
        for (slot, v) in nf.locals.iter_mut().zip(args.iter()) {
            *slot = v.clone();
        }
        if args.len() < f.code.argcount as usize {
            fill_defaults(f, &mut nf, args.len());
        }
        if !f.code.cell_slots.is_empty() || !f.code.free_slots.is_empty() {
            super::call::setup_cells(&mut nf, f);
        }
        self.push_frame(nf);
        self.native_depth += 1;
        let r = self.run_pushed();
        self.native_depth -= 1;
        Some(r)
    }

    /// A generator, coroutine or async generator function called with
    /// exactly its positional parameters (callee at `callee_idx`, the
    /// arguments from `args_start`): bind them straight from the caller's stack and
    /// push the new generator object in their place.
    fn make_simple_generator(&mut self, callee_idx: usize, args_start: usize) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let f = match std::mem::take(&mut frame!(self).stack[callee_idx]) {
            Value::Function(f) => f,
            _ => unreachable!("make_simple_generator on a non-function"),
        };
        let mut nf = self.new_frame_exact(f.code.clone(), f.globals.clone(), Resume::Call);
        self.bind_from_stack(&f, &mut nf, callee_idx, args_start);
        let g = self.make_generator(&f, nf);
        frame!(self).stack.push_v(g);
        Ok(())
    }

    /// `C(args)` for a plain class: `object.__new__` and a script
    /// `__init__` taking exactly these positional arguments. Creates the
    /// instance and pushes the `__init__` frame straight from the caller's
    /// stack (callee at `callee_idx`, arguments from `args_start`).
    /// Returns false, touching nothing, when the class needs the general
    /// path.
    fn push_simple_init(
        &mut self,
        cls: &Rc<ClassObj>,
        callee_idx: usize,
        args_start: usize,
    ) -> PyResult<bool> {
        if cls.builtin || cls.layout != Layout::Object || cls.metaclass.borrow().is_some() {
            return Ok(false);
        }
        let new_name = self.names.new.clone();
        match cls.lookup(&new_name) {
            Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == Some("object") => {}
            _ => return Ok(false),
        }
        let init_name = self.names.init.clone();
        let f = match cls.lookup(&init_name) {
            Some(Value::Function(f)) => f,
            _ => return Ok(false),
        };
        let nargs = frame!(self).stack.len() - args_start;
        if !is_simple_call(&f, nargs + 1) {
            return Ok(false);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let inst = Value::Instance(Rc::new(InstanceObj::new(cls.clone(), None)));
        crate::gc::track(&inst);
        let mut nf = self.new_frame(
            f.code.clone(),
            f.globals.clone(),
            None,
            Resume::Init(inst.clone()),
        );
        let frame = frame!(self);
        nf.locals[0] = inst;
        for (slot, v) in nf.locals[1..=nargs]
            .iter_mut()
            .zip(frame.stack.drain(args_start..))
        {
            *slot = v;
        }
        frame.stack.truncate(callee_idx);
        if nargs + 1 < f.code.argcount as usize {
            fill_defaults(&f, &mut nf, nargs + 1);
        }
        if !f.code.cell_slots.is_empty() || !f.code.free_slots.is_empty() {
            super::call::setup_cells(&mut nf, &f);
        }
        self.push_frame(nf);
        Ok(true)
    }

    /// Call the builtin at `callee_idx` with the positional arguments from
    /// `args_start` up, moved off the stack into a reused buffer; push the
    /// result.
    #[inline]
    fn call_builtin_from_stack(
        &mut self,
        b: &Rc<crate::objects::BuiltinObj>,
        args_start: usize,
        callee_idx: usize,
    ) -> PyResult<()> {
        let mut buf = std::mem::take(&mut self.arg_buf);
        let frame = frame!(self);
        super::stack_tail::move_tail_into(&mut frame.stack, args_start, &mut buf);
        frame.stack.truncate(callee_idx);
        let r = (b.func)(self, &buf, &[]);
        buf.clear();
        // A nested call may have left its own buffer; keep the larger.
        if buf.capacity() > self.arg_buf.capacity() {
            let old = std::mem::replace(&mut self.arg_buf, buf);
            // Usually the empty placeholder `take` left: nothing to free,
            // so skip the out-of-line drop.
            if old.capacity() == 0 {
                std::mem::forget(old);
            }
        }
        let v = r?;
        frame!(self).stack.push_v(v);
        Ok(())
    }

    /// Call from inside the loop: a script callee gets a frame pushed (its
    /// result arrives when it returns); anything else is called now and its
    /// result pushed.
    /// Returns true when a frame was pushed (the loop must reload).
    pub(crate) fn call_in_loop(
        &mut self,
        callee: Value,
        args: ArgVec,
        kwargs: KwVec,
    ) -> PyResult<bool> {
        match self.invoke(callee, args, kwargs, Resume::Call)? {
            Outcome::Value(v) => {
                frame!(self).stack.push_v(v);
                Ok(false)
            }
            Outcome::Pushed => Ok(true),
        }
    }

    /// `return v` from the top frame. Returns the loop's exit when the frame
    /// was entered from Rust.
    #[inline(always)]
    fn do_return(&mut self, v: Value) -> PyResult<Option<Exit>> {
        let Some(done) = self.frames.pop() else {
            return Ok(Some(Exit::Return(v)));
        };
        // The common case first: a plain call returning to its caller.
        if matches!(done.resume, Resume::Call) && done.gen.is_none() {
            self.recycle_frame(done);
            frame!(self).stack.push_v(v);
            return Ok(None);
        }
        self.do_return_slow(done, v)
    }

    #[inline(never)]
    fn do_return_slow(&mut self, mut done: Box<Frame>, v: Value) -> PyResult<Option<Exit>> {
        let resume = std::mem::replace(&mut done.resume, Resume::Native);
        if let Some(gen) = done.gen.take() {
            gen.running.set(false);
            gen.finished.set(true);
        }
        self.recycle_frame(done);
        match resume {
            Resume::Native => Ok(Some(Exit::Return(v))),
            Resume::Call => {
                frame!(self).stack.push_v(v);
                Ok(None)
            }
            Resume::Init(inst) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{}'", tn))
                    );
                }
                frame!(self).stack.push_v(inst);
                Ok(None)
            }
            Resume::ForIter(target) => {
                let frame = frame!(self);
                frame.stack.pop();
                frame.ip = target as usize;
                Ok(None)
            }
            Resume::Send(target) => {
                let frame = frame!(self);
                frame.stack.pop();
                frame.stack.push_v(v);
                frame.ip = target as usize;
                Ok(None)
            }
            Resume::SendClose => {
                let c = self.types.generator_exit.clone();
                Err(self.new_exception(&c, vec![]))
            }
            Resume::CallGen => Err(self.stop_iteration(v)),
        }
    }

    /// `yield v` from the top frame (a generator's): the frame goes back
    /// into its generator object and v to whoever resumed it.
    #[inline(always)]
    fn do_yield(&mut self, v: Value, delegating: bool) -> PyResult<Option<Exit>> {
        let Some(mut done) = self.frames.pop() else {
            return Ok(None);
        };
        // Where the value goes; the frame is left marked Native while
        // suspended. (Only an `__init__` frame's Resume owns anything.)
        let to = match &done.resume {
            Resume::Native => YieldTo::Native,
            Resume::SendClose => YieldTo::Closing,
            Resume::Init(_) => {
                done.resume = Resume::Native;
                YieldTo::Caller
            }
            _ => YieldTo::Caller,
        };
        // SAFETY: the old Resume owns nothing (Init was handled above).
        unsafe { std::ptr::write(&mut done.resume, Resume::Native) };
        let gen = match done.gen.take() {
            None if Self::is_lazy_awaited(&done) => Some(self.materialize_awaited(&done)),
            g => g,
        };
        let kind = gen.as_ref().map(|g| g.kind);
        if let Some(g) = gen {
            g.running.set(false);
            if g.gc.get() == crate::gc::slot::UNTRACKED {
                crate::gc::track_if_needed(&g, &done);
            }
            // The slot is empty while the generator runs: the common case
            // is a plain store (RefCell::replace stayed out of line).
            let mut slot = g.frame.borrow_mut();
            if slot.is_none() {
                *slot = Some(done);
                drop(slot);
            } else {
                let old = slot.replace(done);
                drop(slot);
                drop(old);
            }
            self.note_suspended(&g);
        }
        match to {
            YieldTo::Native => Ok(Some(Exit::Yield(v, delegating))),
            YieldTo::Closing => {
                // A sub-generator being closed yielded instead of exiting:
                // its close() failed, and the failure is raised in the
                // delegating frame (PEP 380).
                let word = match kind {
                    Some(GenKind::Coroutine) => "coroutine",
                    Some(GenKind::AsyncGenerator) => "async generator",
                    _ => "generator",
                };
                let msg = format!("{} ignored GeneratorExit", word);
                Err(self.runtime_error(msg))
            }
            YieldTo::Caller => {
                frame!(self).stack.push_v(v);
                Ok(None)
            }
        }
    }

    /// Turn the operand of `raise` into an exception, applying `from`.
    fn make_raisable(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let err = match exc {
            Value::Exception(e) => PyErr(e),
            Value::Class(c) if c.is_subclass(&self.types.base_exception) => {
                let v = self.call_value(Value::Class(c), &[])?;
                match v {
                    Value::Exception(e) => PyErr(e),
                    _ => {
                        return Err(self
                            .type_error("calling an exception class did not return an exception"))
                    }
                }
            }
            _ => return Err(self.type_error("exceptions must derive from BaseException")),
        };
        if let Some(cause) = cause {
            match cause {
                Value::None => {
                    *err.0.cause.borrow_mut() = Value::None;
                }
                Value::Exception(c) => {
                    *err.0.cause.borrow_mut() = Value::Exception(c);
                }
                Value::Class(c) if c.is_subclass(&self.types.base_exception) => {
                    let v = self.call_value(Value::Class(c), &[])?;
                    *err.0.cause.borrow_mut() = v;
                }
                _ => return Err(self.type_error("exception causes must derive from BaseException")),
            }
            err.0.suppress_context.set(true);
        }
        self.set_context(&err);
        Ok(err)
    }

    /// `except T:` matching.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = match exc {
            Value::Exception(e) => e.class(),
            _ => return Ok(false),
        };
        match ty {
            Value::Class(c) => {
                if !c.is_subclass(&self.types.base_exception) {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The value of `e.__traceback__` (None when empty).
    pub fn traceback_value(&mut self, e: &Rc<ExceptionObj>) -> Value {
        if e.traceback.borrow().is_empty() {
            Value::None
        } else {
            crate::vm::traceback::traceback_object(self, e)
        }
    }
}

impl Vm {
    /// The version tag of the class of a built-in-typed value whose
    /// methods `load_method` finds on the class alone (no instance dict,
    /// no `__getattribute__` hook): what LoadMethod's cache keys on.
    #[inline]
    fn builtin_class_version(&self, v: &Value) -> Option<u64> {
        let t = &self.types;
        let c = match v {
            Value::Str(_) => &t.str,
            Value::List(_) => &t.list,
            Value::Dict(_) => &t.dict,
            Value::Tuple(_) => &t.tuple,
            Value::Set(_) => &t.set,
            Value::Bytes(_) => &t.bytes,
            Value::Generator(g) => match g.kind {
                GenKind::Generator => &t.generator,
                GenKind::Coroutine => &t.coroutine,
                GenKind::AsyncGenerator => &t.async_generator,
            },
            Value::Native(n) if !matches!(n.data, crate::objects::NativeData::Super { .. }) => {
                &n.class
            }
            _ => return None,
        };
        Some(c.version.get())
    }
}

/// Where a yielded value goes.
enum YieldTo {
    /// Out of the loop, to the Rust code that resumed the generator.
    Native,
    /// Nowhere: a sub-generator being closed must not yield.
    Closing,
    /// Onto the resuming frame's stack.
    Caller,
}

/// Drop a value popped off the stack, skipping the out-of-line drop for
/// scalars.
#[inline(always)]
fn discard(v: Value) {
    if v.owns_heap() {
        drop(v);
    } else {
        std::mem::forget(v);
    }
}

/// The running frame's code, borrowed without a reference count: ops that
/// call out (attribute lookups run descriptors and `__getattr__`) still
/// read their operands' names and caches afterwards.
///
/// # Safety
///
/// The reference may be used only while `frame` stays on the running chain
/// with its code unchanged: within the one instruction being executed.
#[inline(always)]
unsafe fn code_of<'a>(frame: &Frame) -> &'a crate::bytecode::CodeObject {
    // SAFETY: the caller keeps the frame, and so its `Rc` of the code,
    // alive for as long as it uses the reference.
    unsafe { &*Rc::as_ptr(&frame.code) }
}

/// A call of a generator-like function that binds positionally, one
/// argument per parameter.
#[inline]
pub(super) fn is_simple_gen_call(f: &FunctionObj, nargs: usize) -> bool {
    let c = &f.code;
    c.argcount as usize == nargs
        && c.kwonlyargcount == 0
        && c.flags & (crate::bytecode::FLAG_VARARGS | crate::bytecode::FLAG_VARKEYWORDS) == 0
        && c.flags
            & (crate::bytecode::FLAG_GENERATOR
                | crate::bytecode::FLAG_COROUTINE
                | crate::bytecode::FLAG_ASYNC_GENERATOR)
            != 0
}

/// The native stand-in of `f`'s code, for a call passing all its
/// parameters (stand-ins do not fill in defaults).
#[inline(always)]
fn exact_fast_path(f: &FunctionObj, nargs: usize) -> Option<crate::bytecode::FastPath> {
    if f.code.argcount as usize == nargs {
        f.code.fast_path.get()
    } else {
        None
    }
}

#[inline]
fn is_simple_call(f: &FunctionObj, nargs: usize) -> bool {
    let c = &f.code;
    let argc = c.argcount as usize;
    (argc == nargs || (nargs < argc && argc - nargs <= f.defaults.borrow().len()))
        && c.kwonlyargcount == 0
        && c.flags
            & (crate::bytecode::FLAG_VARARGS
                | crate::bytecode::FLAG_VARKEYWORDS
                | crate::bytecode::FLAG_GENERATOR
                | crate::bytecode::FLAG_COROUTINE
                | crate::bytecode::FLAG_ASYNC_GENERATOR)
            == 0
}

/// Bind the positional parameters from `given` on to their defaults (the
/// caller checked there are enough).
#[inline(never)]
fn fill_defaults(f: &FunctionObj, nf: &mut super::frame::Frame, given: usize) {
    let argc = f.code.argcount as usize;
    let defaults = f.defaults.borrow();
    let first = defaults.len() - (argc - given);
    for (slot, v) in nf.locals[given..argc].iter_mut().zip(&defaults[first..]) {
        *slot = v.clone();
    }
}
