//! The one place the core event loop calls up into the embedding layer.
//! The native loop (src/asyncio/event_loop.rs) calls `loop_hook` at the
//! start of every iteration and `host_idle_wait` when nothing is ready;
//! here they run jobs other threads queued through a `LoopHandle` and
//! wait on that queue, so a host thread can wake the loop. The embedding
//! API's own stepping (`run_once`, the REPL) enters through `loop_step`.

use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::Vm;
use crate::asyncio::event_loop::ld;
use crate::objects::{NativeObj, Value as Raw};
use crate::vm::PyResult;

impl crate::vm::Vm {
    /// Called by the loop at the start of each iteration: stop on limits
    /// and interrupts, run jobs other threads queued.
    pub fn loop_hook(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        self.check_wait_limits()?;
        let jobs = match &self.embed.shared {
            Some(s) if s.has_jobs() => s.take_all(),
            _ => return Ok(()),
        };
        for job in jobs {
            Vm::from_interpreter(self).run_job(job, l);
        }
        Ok(())
    }

    /// The loop has nothing ready: wait up to `timeout` seconds for the
    /// next timer (`None`: no timer), waking early for jobs from other
    /// threads, interrupts and the deadline. Returns false when nothing can
    /// ever arrive.
    pub fn host_idle_wait(&mut self, timeout: Option<f64>) -> PyResult<bool> {
        if self.embed.no_wait {
            return Ok(true);
        }
        self.stdout.flush();
        let end = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 86400.0)));
        loop {
            self.check_wait_limits()?;
            if self.running_loop_has_ready() {
                return Ok(true);
            }
            let now = Instant::now();
            let mut slice = Duration::from_millis(50);
            if let Some(e) = end {
                if now >= e {
                    return Ok(true);
                }
                slice = slice.min(e - now);
            }
            if let Some(d) = self.limits.deadline {
                slice = slice.min(d.saturating_duration_since(now));
            }
            match self.embed.shared.as_ref() {
                Some(s) => {
                    if s.has_jobs() {
                        return Ok(true);
                    }
                    if end.is_none() && Arc::strong_count(s) <= 1 {
                        return Ok(false);
                    }
                    s.wait(slice);
                }
                None => {
                    if end.is_none() {
                        return Ok(false);
                    }
                    std::thread::sleep(slice);
                }
            }
        }
    }

    /// One non-blocking iteration of `l`, as the running loop.
    pub fn loop_step(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        self.loop_iteration(l, true)
    }

    /// One iteration of `l` that may wait for work first.
    pub fn loop_step_waiting(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        self.loop_iteration(l, false)
    }

    fn loop_iteration(&mut self, l: &Rc<NativeObj>, no_wait: bool) -> PyResult<()> {
        if ld(l).borrow().closed {
            return Err(self.runtime_error("Event loop is closed"));
        }
        if ld(l).borrow().running || !self.aio().running_loop.is_none() {
            return Err(self.runtime_error("This event loop is already running"));
        }
        ld(l).borrow_mut().running = true;
        let prev = std::mem::replace(&mut self.aio_mut().running_loop, Raw::Native(l.clone()));
        let no_wait = std::mem::replace(&mut self.embed.no_wait, no_wait);
        let r = self.run_once(l);
        self.embed.no_wait = no_wait;
        self.aio_mut().running_loop = prev;
        let mut d = ld(l).borrow_mut();
        d.running = false;
        d.stopping = false;
        r
    }
}
