//! Suspending a running program for a snapshot, and resuming it.
//!
//! A program that runs its event loop from script code (`asyncio.run()`)
//! has script frames waiting below the loop: the main module's, the
//! frame that called `run_until_complete`. A suspension saves those frames
//! with the loop run in progress; resuming puts them back, finishes the
//! loop run and hands its result to the frame that started it.

use crate::objects::Value;
use crate::vm::limits::Limit;
use crate::vm::run::Exit;
use crate::vm::{PyResult, Vm};

/// When a running program suspends itself for a snapshot: the host sets
/// it through the embedding API; the event loop reads it between
/// iterations.
#[derive(Default)]
pub struct SuspendPolicy {
    /// Suspend (snapshot and stop) at the end of every k-th loop iteration.
    pub suspend_every: Option<u64>,
    /// Suspend when the loop would wait longer than this many seconds
    /// with only timers pending.
    pub suspend_idle: Option<f64>,
    /// Loop iterations since the VM started or was restored.
    pub iterations: u64,
    /// The snapshot taken by the last suspension.
    pub suspended: Option<Vec<u8>>,
    /// Why the last suspension could not save (the program went on).
    pub suspend_error: Option<String>,
}

impl Vm {
    /// A point between loop iterations where the host asked for a
    /// suspension (`idle`: the loop is about to wait for a timer).
    pub fn suspend_point(&mut self, idle: bool) -> PyResult<()> {
        if !idle {
            let Some(k) = self.suspend.suspend_every else {
                return Ok(());
            };
            if k == 0 || !self.suspend.iterations.is_multiple_of(k) {
                return Ok(());
            }
        }
        match super::save_with(self, true) {
            Ok(bytes) => {
                self.suspend.suspended = Some(bytes);
                self.flush();
                // The program continues elsewhere: what this VM would print
                // while unwinding and dropping it (pending tasks destroyed,
                // coroutines closed) is not the program's output.
                self.stdout.broken = true;
                self.stderr.broken = true;
                Err(self.halt(Limit::Suspended, String::new()))
            }
            Err(e) => {
                self.suspend.suspend_error = Some(e.to_string());
                Ok(())
            }
        }
    }

    /// Drop every reference the VM holds to the program and collect what
    /// that frees (finalizers run, with whatever output they make dropped).
    pub fn release_program(&mut self) {
        self.stdout.broken = true;
        self.stderr.broken = true;
        self.frames.clear();
        let aio = &mut self.ext.asyncio;
        aio.runs.clear();
        aio.pending_resume = None;
        aio.running_loop = Value::None;
        aio.event_loop = Value::None;
        let modules: Vec<Value> = self.sys_modules.borrow().values();
        for m in &modules {
            if let Value::Module(m) = m {
                let old = std::mem::take(&mut *m.dict.borrow_mut());
                drop(old);
            }
        }
        drop(modules);
        let old = std::mem::take(&mut *self.sys_modules.borrow_mut());
        drop(old);
        self.gc_collect(2);
        self.safe_point();
    }

    /// Whether the last run stopped for a snapshot.
    pub fn suspended_for_snapshot(&self) -> bool {
        matches!(self.limits.halted, Some((Limit::Suspended, _)))
    }

    /// Whether a restored snapshot has frames waiting to be resumed.
    pub fn has_suspended_frames(&self) -> bool {
        self.ext.asyncio.pending_resume.is_some()
    }

    /// Continue a restored program that was suspended inside its event
    /// loop: finish the loop run, then the frames that were waiting for it.
    /// Returns what the bottom frame (the main module) returns.
    pub fn resume_suspended(&mut self) -> PyResult<Value> {
        let Some((frames, run)) = self.ext.asyncio.pending_resume.take() else {
            return Err(self.runtime_error("nothing to resume"));
        };
        if !self.frames.is_empty() {
            return Err(self.runtime_error("cannot resume while code is running"));
        }
        self.frames.extend(frames);
        self.ext.asyncio.runs.push(run);
        match self.continue_run() {
            Ok(v) => match self.frames.last_mut() {
                Some(f) => f.stack.push(v),
                None => return Err(self.runtime_error("resumed frames are missing")),
            },
            Err(e) => self.unwind_from_outside(e)?,
        }
        match self.run_frames()? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => Err(self.runtime_error("resumed program yielded")),
        }
    }
}
