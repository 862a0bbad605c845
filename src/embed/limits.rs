//! Resource limits: the instruction budget, the memory budget, the
//! wall-clock deadline and interrupts. The interpreter charges "ticks" at
//! loop back-edges (the length of the loop body) and at frame entries (the
//! length of the code, capped); when the countdown runs out it asks for a
//! safe point, where `check_limits` does the real work. A script stopped by
//! a limit cannot catch it: unwinding skips every handler until the host
//! call returns.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use super::alloc;
use super::error::Limit;
use crate::objects::class::{new_class, Layout};
use crate::objects::DictObj;
use crate::vm::{PyErr, PyResult, Vm};

/// Approximate instructions between two limit checks when no budget is
/// closer.
pub const CHECK_INTERVAL: i64 = 1 << 14;

/// Native re-entry depth allowed by default in an embedded VM (sized for
/// a 2 MB thread stack).
pub const DEFAULT_NATIVE_DEPTH: usize = 150;

/// Set by the process's SIGINT handler (the command line and the REPL);
/// VMs that watch it raise KeyboardInterrupt.
pub static SIGINT: AtomicBool = AtomicBool::new(false);

impl Vm {
    /// Charge a frame entry (called for every new frame).
    #[inline]
    pub fn charge_frame(&mut self, cost: usize) {
        self.embed.ticks -= cost.min(256) as i64 + 1;
        if self.embed.ticks <= 0 {
            crate::gc::request_safe_point();
        }
    }

    /// Charge a loop back-edge of `cost` instructions.
    #[inline]
    pub fn charge_jump(&mut self, cost: usize) {
        self.embed.ticks -= cost as i64;
        if self.embed.ticks <= 0 {
            crate::gc::request_safe_point();
        }
    }

    /// At a safe point: stop the script if a limit is reached.
    #[inline]
    pub fn check_limits(&mut self) -> PyResult<()> {
        if self.embed.ticks > 0 && self.embed.memory_budget.is_none() && !self.embed.watch_sigint {
            return Ok(());
        }
        self.check_limits_slow()
    }

    #[cold]
    fn check_limits_slow(&mut self) -> PyResult<()> {
        if self.embed.halted.is_some() {
            self.embed.ticks = 0;
            return Err(self.halt_error());
        }
        if let Some(budget) = self.embed.memory_budget {
            if alloc::take_over() || self.embed.ticks <= 0 {
                let mut held = alloc::net_bytes() - self.embed.mem_base;
                if held > budget as isize && !self.in_safe_point {
                    // Garbage in cycles is not "held": free it before
                    // deciding (this is a safe point, so collecting is).
                    self.gc_collect(2);
                    self.safe_point();
                    held = alloc::net_bytes() - self.embed.mem_base;
                }
                if held > budget as isize {
                    return Err(self.halt(
                        Limit::Memory,
                        format!(" ({} bytes held, budget {})", held, budget),
                    ));
                }
            }
        }
        if self.embed.watch_sigint && SIGINT.swap(false, Ordering::Relaxed) {
            self.on_sigint()?;
        }
        if self.embed.ticks > 0 {
            return Ok(());
        }
        let e = &mut self.embed;
        e.used = e.used.saturating_add((e.slice - e.ticks).max(0) as u64);
        if let Some(b) = e.instruction_budget {
            if e.used >= b {
                let detail = format!(" ({} instructions)", b);
                return Err(self.halt(Limit::Instructions, detail));
            }
        }
        if let Some(d) = self.embed.deadline {
            if Instant::now() >= d {
                return Err(self.halt(Limit::Deadline, String::new()));
            }
        }
        if self.embed.interrupt.swap(false, Ordering::Relaxed) {
            self.reset_ticks();
            return Err(self.keyboard_interrupt());
        }
        self.reset_ticks();
        Ok(())
    }

    /// Start a new countdown.
    pub(crate) fn reset_ticks(&mut self) {
        let e = &mut self.embed;
        let mut n = CHECK_INTERVAL;
        if let Some(b) = e.instruction_budget {
            n = n.min(b.saturating_sub(e.used).min(i64::MAX as u64) as i64);
        }
        e.ticks = n.max(1);
        e.slice = e.ticks;
    }

    fn keyboard_interrupt(&mut self) -> PyErr {
        let c = self.types.keyboard_interrupt.clone();
        self.new_exception(&c, vec![])
    }

    /// Stop the script: record the limit and make the uncatchable error.
    pub(crate) fn halt(&mut self, limit: Limit, detail: String) -> PyErr {
        self.embed.halted = Some((limit, detail));
        self.embed.ticks = 0;
        crate::gc::request_safe_point();
        self.halt_error()
    }

    fn halt_error(&mut self) -> PyErr {
        let cls = match &self.embed.limit_class {
            Some(c) => c.clone(),
            None => {
                let name = self.intern("LimitExceeded");
                let base = self.types.base_exception.clone();
                let c = new_class(
                    name,
                    vec![base],
                    std::rc::Rc::new(DictObj::new()),
                    Layout::Exception,
                    true,
                )
                .unwrap_or_else(|_| self.types.base_exception.clone());
                self.embed.limit_class = Some(c.clone());
                c
            }
        };
        let msg = match &self.embed.halted {
            Some((Limit::Instructions, _)) => "instruction budget exhausted",
            Some((Limit::Memory, _)) => "memory budget exceeded",
            _ => "deadline passed",
        };
        self.new_error(&cls, msg)
    }

    /// Whether a limit stopped the script (handlers are skipped).
    #[inline]
    pub fn is_halted(&self) -> bool {
        self.embed.halted.is_some()
    }

    /// Check the deadline and interrupts from native waits (the event
    /// loop's idle time).
    pub(crate) fn check_wait_limits(&mut self) -> PyResult<()> {
        if self.embed.halted.is_some() {
            return Err(self.halt_error());
        }
        if let Some(d) = self.embed.deadline {
            if Instant::now() >= d {
                return Err(self.halt(Limit::Deadline, String::new()));
            }
        }
        if self.embed.watch_sigint && SIGINT.swap(false, Ordering::Relaxed) {
            self.on_sigint()?;
        }
        if self.embed.interrupt.swap(false, Ordering::Relaxed) {
            return Err(self.keyboard_interrupt());
        }
        Ok(())
    }

    /// Arm the limits for a host call (the outermost one).
    pub(crate) fn begin_host_call(&mut self) {
        let e = &mut self.embed;
        e.halted = None;
        e.used = 0;
        e.deadline = match (e.time_limit, e.fixed_deadline) {
            (Some(t), Some(d)) => Some((Instant::now() + t).min(d)),
            (Some(t), None) => Some(Instant::now() + t),
            (None, d) => d,
        };
        if let Some(b) = e.memory_budget {
            alloc::set_limit(Some(e.mem_base.saturating_add(b as isize)));
        }
        self.reset_ticks();
    }

    /// Disarm them when the outermost host call returns.
    pub(crate) fn end_host_call(&mut self) {
        if self.embed.memory_budget.is_some() {
            alloc::set_limit(None);
        }
        self.embed.deadline = self.embed.fixed_deadline;
    }
}
