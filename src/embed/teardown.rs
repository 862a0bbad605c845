//! Dropping a [`Vm`]: everything the VM made is freed, reference cycles
//! included, while other VMs on the same thread keep theirs.
//!
//! The cycle collector is per thread and shared by every VM on it, so
//! letting go of a VM's roots is not enough: the cycles its program made
//! (classes, module globals, the event loop) would wait for the next full
//! collection on this thread, which may never come. The teardown releases
//! every root the VM holds and then runs full collections itself. Trial
//! deletion only frees what nothing outside the garbage references, so the
//! objects of another VM (held by that VM's own roots) survive.

use std::panic::AssertUnwindSafe;
use std::rc::Rc;

use super::Vm;
use crate::objects::Value as Raw;

/// Instructions the finalizers run at drop (`__del__`, generators'
/// `finally` blocks) may take in all, so a drop cannot hang.
const TEARDOWN_BUDGET: u64 = 10_000_000;

impl Drop for Vm {
    fn drop(&mut self) {
        if let Some(s) = &self.inner.embed.shared {
            s.close();
        }
        // A panic escaping a destructor would abort the host: whatever
        // went wrong, the rest of the VM is still dropped field by field.
        let _ = std::panic::catch_unwind(AssertUnwindSafe(|| self.inner.teardown()));
    }
}

impl crate::vm::Vm {
    /// Release every root and collect, finalizers running as at
    /// interpreter exit (bounded by [`TEARDOWN_BUDGET`]).
    pub(crate) fn teardown(&mut self) {
        if self.suspended_for_snapshot() || self.stdout.broken || self.limits.hard_exit.is_some() {
            // A program that went on elsewhere: its finalizers must not run
            // here, so its cycles are broken quietly.
            self.limits.halted = None;
            self.limits.instruction_budget = Some(1_000_000);
            self.release_program();
        }
        self.limits.halted = None;
        let budget = self
            .limits
            .instruction_budget
            .map_or(TEARDOWN_BUDGET, |b| b.min(TEARDOWN_BUDGET));
        self.limits.instruction_budget = Some(budget);
        self.begin_host_call();
        self.safe_point();
        self.drop_running_state();
        if let Some(m) = self.embed.main.take() {
            // As CPython does at exit: `__main__` goes first, while the
            // modules its objects' finalizers may use are still whole
            // (unless `run_main` already did it).
            if !main_finalized(&m) {
                self.finalize_main(&m);
            }
        }
        // (`finalize_main` ends with a full collection: the cycles not
        // reachable from `__main__` die too, their finalizers finding the
        // modules whole.)
        self.drop_roots();
        self.collect_all();
        // Host functions live here, and their closures may hold script
        // values the collector cannot see.
        let builtins = std::mem::take(&mut *self.builtins.borrow_mut());
        drop(builtins);
        self.collect_all();
        self.end_host_call();
        self.flush();
    }

    /// Frames, loop runs and the loop itself: nothing is running any more.
    fn drop_running_state(&mut self) {
        let frames = std::mem::take(&mut self.frames);
        drop(frames);
        self.native_depth = 0;
        let aio = &mut self.ext.asyncio;
        let runs = std::mem::take(&mut aio.runs);
        let resume = aio.pending_resume.take();
        let fatal = aio.fatal.take();
        let running = std::mem::replace(&mut aio.running_loop, Raw::None);
        let current = std::mem::replace(&mut aio.event_loop, Raw::None);
        drop((runs, resume, fatal, running, current));
        self.safe_point();
    }

    /// Everything else the VM holds that can reach script objects: the
    /// modules, the builtins, the host tables, the caches.
    fn drop_roots(&mut self) {
        let pool = std::mem::take(&mut self.frame_pool);
        drop(pool);
        // The collector never traces a module's globals (functions share
        // them), so the cycles through them are broken here by emptying
        // every module, as CPython's shutdown does. The builtins go last:
        // finalizers of what this frees still find them.
        let modules = std::mem::take(&mut *self.sys_modules.borrow_mut());
        for m in modules.values() {
            if let Raw::Module(m) = m {
                if !Rc::ptr_eq(&m.dict, &self.builtins) {
                    let globals = std::mem::take(&mut *m.dict.borrow_mut());
                    drop(globals);
                }
            }
        }
        drop(modules);
        self.sys_path.borrow_mut().clear();
        self.hot_gens.clear();
        self.arg_buf.clear();
        self.fast_fns = Default::default();
        self.throw_args = None;
        let aio = &mut self.ext.asyncio;
        aio.task_wakeup_fn = Raw::None;
        aio.stop_loop_cb = Raw::None;
        aio.wrap_awaitable = Raw::None;
        aio.queue_fast = None;
        aio.future_class = None;
        aio.task_class = None;
        aio.handle_class = None;
        aio.timer_handle_class = None;
        aio.loop_class = None;
        aio.cancelled_error = None;
        aio.invalid_state_error = None;
        aio.handle_pool.clear();
        aio.asyncgens.clear();
        let e = &mut self.embed;
        e.kept.clear();
        e.futures.clear();
        e.host_classes.clear();
        e.host_errors.clear();
        e.host_serializers.clear();
        e.host_fn_class = None;
        e.host_method_class = None;
        e.shared = None;
        self.limits.limit_class = None;
        self.safe_point();
    }

    /// Full collections until one finds nothing (a finalizer may let go of
    /// more), with the safe-point work each leaves.
    fn collect_all(&mut self) {
        for _ in 0..4 {
            let found = self.gc_collect(2);
            self.safe_point();
            if found == 0 {
                break;
            }
        }
    }
}

/// Whether `finalize_main` already ran on `m`: it leaves every global
/// None but `__builtins__`.
fn main_finalized(m: &crate::objects::ModuleObj) -> bool {
    m.dict
        .borrow()
        .iter()
        .all(|e| e.value.is_none() || matches!(&e.key, Raw::Str(k) if k.as_str() == "__builtins__"))
}
