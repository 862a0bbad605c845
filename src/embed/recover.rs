//! Panics at the API boundary. A panic in host code (a host function, an
//! output callback) must not leave the VM half-way through something: the
//! event loop marked running, frames of a call that will never return, the
//! collector or the safe point believing they are still at work. A
//! [`Checkpoint`] taken before host code runs is what the VM goes back to
//! when a panic is caught.

use std::any::Any;
use std::rc::Rc;

use super::{Error, Vm};
use crate::asyncio::event_loop::{ld, loop_of};
use crate::objects::{ExceptionObj, Value as Raw};
use crate::vm::PyErr;

/// The interpreter state a caught panic is rolled back to.
pub(crate) struct Checkpoint {
    frames: usize,
    native_depth: usize,
    loop_runs: usize,
    running_loop: Raw,
    no_wait: bool,
    repr_stack: usize,
    in_safe_point: bool,
    collecting: bool,
}

impl Checkpoint {
    pub(crate) fn take(vm: &crate::vm::Vm) -> Checkpoint {
        Checkpoint {
            frames: vm.frames.len(),
            native_depth: vm.native_depth,
            loop_runs: vm.ext.asyncio.runs.len(),
            running_loop: vm.ext.asyncio.running_loop.clone(),
            no_wait: vm.embed.no_wait,
            repr_stack: vm.repr_stack.len(),
            in_safe_point: vm.in_safe_point,
            collecting: crate::gc::GC.with(|g| g.borrow().collecting),
        }
    }

    /// Undo what the code that panicked left in progress.
    pub(crate) fn restore(self, vm: &mut crate::vm::Vm) {
        vm.frames.truncate(self.frames);
        vm.native_depth = self.native_depth;
        vm.repr_stack.truncate(self.repr_stack);
        vm.embed.no_wait = self.no_wait;
        vm.reraising = false;
        // Loop runs begun since are over: their loops stop running and the
        // running loop is again the one before each.
        while vm.ext.asyncio.runs.len() > self.loop_runs {
            let Some(run) = vm.ext.asyncio.runs.pop() else {
                break;
            };
            stop_loop(&run.loop_);
            vm.ext.asyncio.running_loop = run.prev_running;
        }
        // A single iteration (`run_once`) marks its loop running without a
        // run record.
        let current = std::mem::replace(&mut vm.ext.asyncio.running_loop, self.running_loop);
        if !current.is(&vm.ext.asyncio.running_loop) {
            if let Some(l) = loop_of(&current) {
                stop_loop(&l);
            }
        }
        if !self.in_safe_point {
            vm.in_safe_point = false;
        }
        if !self.collecting {
            // Objects a collection had taken out of its lists stay
            // untracked (never collected, still freed by reference
            // counting); the collector itself works again.
            let _ = crate::gc::GC.try_with(|g| {
                if let Ok(mut g) = g.try_borrow_mut() {
                    g.collecting = false;
                }
            });
        }
    }
}

fn stop_loop(l: &Rc<crate::objects::NativeObj>) {
    if let Ok(mut d) = ld(l).try_borrow_mut() {
        d.running = false;
        d.stopping = false;
    }
}

/// The text of a panic's payload.
pub(crate) fn panic_text(p: &(dyn Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

impl Vm {
    /// A panic caught in the host function `name`, as the SystemError the
    /// script sees. It unwinds like any exception (so `finally` blocks and
    /// the event loop clean up) and, if the script does not handle it,
    /// reaches the host as an [`super::ErrorKind::Internal`] error.
    pub(crate) fn host_panic(&mut self, name: &str, p: &(dyn Any + Send)) -> PyErr {
        let msg = format!("host function {}() panicked: {}", name, panic_text(p));
        let err = self.inner.error_by_name("SystemError", msg);
        self.note_internal(&err.0);
        err
    }

    /// Remember that `exc` reports a fault in host or interpreter code, so
    /// the error the host gets has [`super::ErrorKind::Internal`].
    pub(crate) fn note_internal(&mut self, exc: &Rc<ExceptionObj>) {
        let faults = &mut self.inner.embed.faults;
        faults.retain(|w| w.strong_count() > 0);
        faults.push(Rc::downgrade(exc));
    }

    /// Whether `exc` was made by [`Vm::host_panic`] or from an internal
    /// [`Error`].
    pub(crate) fn is_internal(&self, exc: &Rc<ExceptionObj>) -> bool {
        self.inner
            .embed
            .faults
            .iter()
            .any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(exc)))
    }

    /// An internal error, from a panic caught at the API boundary.
    pub(crate) fn caught_panic(p: &(dyn Any + Send)) -> Error {
        Error::internal(format!("internal error: {}", panic_text(p)))
    }
}
