//! Resource limits: the instruction budget, the memory budget, the
//! wall-clock deadline and interrupts. The interpreter charges "ticks" at
//! loop back-edges (the length of the loop body) and at frame entries (the
//! length of the code, capped); when the countdown runs out it asks for a
//! safe point, where `check_limits` does the real work. A script stopped by
//! a limit cannot catch it: unwinding skips every handler until the host
//! call returns.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::alloc;
use crate::objects::class::{new_class, Layout};
use crate::objects::{ClassObj, DictObj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Approximate instructions between two limit checks when no budget is
/// closer.
pub const CHECK_INTERVAL: i64 = 1 << 14;

/// Native re-entry depth allowed by default in an embedded VM (sized for
/// a 2 MB thread stack).
pub const DEFAULT_NATIVE_DEPTH: usize = 150;

/// The longest a blocking wait sleeps before it looks at the interrupt
/// flags again (signals and flags set by other threads do not wake a
/// plain sleep).
const WAIT_SLICE: Duration = Duration::from_millis(10);

/// Set by the process's SIGINT handler (the command line and the REPL);
/// VMs that watch it raise KeyboardInterrupt.
pub static SIGINT: AtomicBool = AtomicBool::new(false);

/// Which resource limit stopped a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The instruction budget ran out.
    Instructions,
    /// The script held more memory than the memory budget.
    Memory,
    /// The wall-clock deadline passed.
    Deadline,
    /// The program was saved to a snapshot and stopped (see
    /// [`crate::Vm::suspend_every`]); [`crate::Vm::take_snapshot`] has it.
    Suspended,
}

impl Limit {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Limit::Instructions => "instruction budget exhausted",
            Limit::Memory => "memory budget exceeded",
            Limit::Deadline => "deadline passed",
            Limit::Suspended => "suspended for a snapshot",
        }
    }
}

/// The VM's limit state: what the run loop and native code charge and
/// check. The embedding layer configures it (builder, setters) and arms it
/// at the start of each host call.
pub struct Limits {
    /// Countdown to the next limit check (charged at loop back-edges and
    /// frame entries).
    pub ticks: i64,
    /// What `ticks` was last reset to.
    pub slice: i64,
    /// Instructions charged since the current host call began.
    pub used: u64,
    /// Instructions each host call may run.
    pub instruction_budget: Option<u64>,
    /// Bytes the VM may hold.
    pub memory_budget: Option<usize>,
    /// Bytes the VM holds (its allocation account while it is not
    /// running; see `alloc`).
    pub mem_held: isize,
    /// While a host call runs: the account it replaced, put back when
    /// the call returns.
    pub(crate) mem_outer: Option<alloc::Account>,
    /// The account's limit for the running call (see `call_limit`).
    pub mem_limit: Option<isize>,
    /// Per-call time limit (turned into `deadline` at each host call).
    pub time_limit: Option<Duration>,
    /// An absolute deadline set by the host.
    pub fixed_deadline: Option<Instant>,
    /// The deadline in force for the current host call.
    pub deadline: Option<Instant>,
    /// Set once a limit stopped the script: no handler runs until the
    /// host call returns.
    pub halted: Option<(Limit, String)>,
    /// `os._exit(n)` was called: like a limit, no handler, `finally` or
    /// atexit callback runs; the run ends as SystemExit(n) (see `hard_exit`).
    pub hard_exit: Option<i32>,
    /// Raised as KeyboardInterrupt at the next check.
    pub interrupt: Arc<AtomicBool>,
    /// Also honour the process-wide SIGINT flag (the REPL and the CLI).
    pub watch_sigint: bool,
    /// The class of the error that stops a script at a limit.
    pub limit_class: Option<Rc<ClassObj>>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            ticks: CHECK_INTERVAL,
            slice: CHECK_INTERVAL,
            used: 0,
            instruction_budget: None,
            memory_budget: None,
            mem_held: 0,
            mem_outer: None,
            mem_limit: None,
            time_limit: None,
            fixed_deadline: None,
            deadline: None,
            halted: None,
            hard_exit: None,
            interrupt: Arc::new(AtomicBool::new(false)),
            watch_sigint: false,
            limit_class: None,
        }
    }
}

impl Vm {
    /// Charge a frame entry (called for every new frame).
    #[inline]
    pub fn charge_frame(&mut self, cost: usize) {
        self.limits.ticks -= cost.min(256) as i64 + 1;
        if self.limits.ticks <= 0 {
            crate::gc::request_safe_point();
        }
    }

    /// Charge a loop back-edge of `cost` instructions.
    #[inline]
    pub fn charge_jump(&mut self, cost: usize) {
        self.limits.ticks -= cost as i64;
        if self.limits.ticks <= 0 {
            crate::gc::request_safe_point();
        }
    }

    /// At a safe point: stop the script if a limit is reached.
    #[inline]
    pub fn check_limits(&mut self) -> PyResult<()> {
        if self.limits.ticks > 0 && self.limits.mem_limit.is_none() && !self.limits.watch_sigint {
            return Ok(());
        }
        self.check_limits_slow()
    }

    #[cold]
    fn check_limits_slow(&mut self) -> PyResult<()> {
        if self.is_halted() {
            self.limits.ticks = 0;
            return Err(self.halt_error());
        }
        self.check_memory(false)?;
        if self.limits.watch_sigint && SIGINT.swap(false, Ordering::Relaxed) {
            self.on_sigint()?;
        }
        self.check_ticks()
    }

    /// The countdown ran out: account for it, check the instruction
    /// budget, the deadline and the host's interrupt, start a new one.
    fn check_ticks(&mut self) -> PyResult<()> {
        if self.limits.ticks > 0 {
            return Ok(());
        }
        let e = &mut self.limits;
        e.used = e.used.saturating_add((e.slice - e.ticks).max(0) as u64);
        if let Some(b) = e.instruction_budget {
            if e.used >= b {
                let detail = format!(" ({} instructions)", b);
                return Err(self.halt(Limit::Instructions, detail));
            }
        }
        if let Some(d) = self.limits.deadline {
            if Instant::now() >= d {
                return Err(self.halt(Limit::Deadline, String::new()));
            }
        }
        if self.limits.interrupt.swap(false, Ordering::Relaxed) {
            self.reset_ticks();
            return Err(self.keyboard_interrupt());
        }
        self.reset_ticks();
        Ok(())
    }

    /// Start a new countdown.
    pub(crate) fn reset_ticks(&mut self) {
        let e = &mut self.limits;
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
        self.limits.halted = Some((limit, detail));
        self.limits.ticks = 0;
        crate::gc::request_safe_point();
        self.halt_error()
    }

    /// `os._exit(n)`: stop the script at once. Handlers and `finally`
    /// blocks are skipped as for a limit; the error reaching the host is
    /// SystemExit(n), and the command line ends without flushing stdout's
    /// buffer or running atexit callbacks (`runner.rs`).
    pub(crate) fn hard_exit(&mut self, code: i32) -> PyErr {
        self.limits.hard_exit = Some(code);
        self.limits.ticks = 0;
        crate::gc::request_safe_point();
        self.halt_error()
    }

    fn halt_error(&mut self) -> PyErr {
        if let Some(code) = self.limits.hard_exit {
            let c = self.types.system_exit.clone();
            return self.new_exception(&c, vec![Value::Int(code as i64)]);
        }
        let cls = match &self.limits.limit_class {
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
                self.limits.limit_class = Some(c.clone());
                c
            }
        };
        let msg = match &self.limits.halted {
            Some((Limit::Instructions, _)) => "instruction budget exhausted",
            Some((Limit::Memory, _)) => "memory budget exceeded",
            _ => "deadline passed",
        };
        self.new_error(&cls, msg)
    }

    /// Whether a limit stopped the script (handlers are skipped).
    #[inline]
    pub fn is_halted(&self) -> bool {
        self.limits.halted.is_some() || self.limits.hard_exit.is_some()
    }

    /// Check the deadline and interrupts from native waits (the event
    /// loop's idle time).
    pub(crate) fn check_wait_limits(&mut self) -> PyResult<()> {
        if self.is_halted() {
            return Err(self.halt_error());
        }
        if let Some(d) = self.limits.deadline {
            if Instant::now() >= d {
                return Err(self.halt(Limit::Deadline, String::new()));
            }
        }
        if self.limits.watch_sigint && SIGINT.swap(false, Ordering::Relaxed) {
            self.on_sigint()?;
        }
        if self.limits.interrupt.swap(false, Ordering::Relaxed) {
            return Err(self.keyboard_interrupt());
        }
        Ok(())
    }

    /// Block for `d` (`time.sleep`), waking at the deadline, on a host
    /// interrupt and on Ctrl-C where the VM watches for it: those end the
    /// wait with their error, as they end a loop.
    pub(crate) fn wait_for(&mut self, d: Duration) -> PyResult<()> {
        let end = Instant::now().checked_add(d);
        loop {
            self.check_wait_limits()?;
            let now = Instant::now();
            let left = match end {
                Some(e) if now >= e => return Ok(()),
                Some(e) => e - now,
                None => Duration::MAX,
            };
            let mut slice = left.min(WAIT_SLICE);
            if let Some(dl) = self.limits.deadline {
                // Wake just past the deadline, so the check above fires.
                slice = slice.min(dl.saturating_duration_since(now) + Duration::from_micros(50));
            }
            match &self.embed.shared {
                // A handle's interrupt wakes the condition variable at once.
                Some(s) => s.pause(slice),
                None => std::thread::sleep(slice),
            }
        }
    }

    /// Arm the limits for a host call (the outermost one).
    pub(crate) fn begin_host_call(&mut self) {
        let e = &mut self.limits;
        e.halted = None;
        e.hard_exit = None;
        e.used = 0;
        e.deadline = match (e.time_limit, e.fixed_deadline) {
            (Some(t), Some(d)) => Some((Instant::now() + t).min(d)),
            (Some(t), None) => Some(Instant::now() + t),
            (None, d) => d,
        };
        e.mem_limit = e.memory_budget.map(|b| call_limit(b, e.mem_held));
        e.mem_outer = Some(alloc::enter(e.mem_held, e.mem_limit));
        self.reset_ticks();
    }

    /// Disarm them when the outermost host call returns.
    pub(crate) fn end_host_call(&mut self) {
        if let Some(outer) = self.limits.mem_outer.take() {
            self.limits.mem_held = alloc::leave(outer);
        }
        self.limits.mem_limit = None;
        self.limits.deadline = self.limits.fixed_deadline;
    }

    /// Bytes the VM holds: what its runs allocated and did not free.
    pub fn memory_held(&self) -> isize {
        if self.limits.mem_outer.is_some() {
            alloc::held()
        } else {
            self.limits.mem_held
        }
    }

    /// Change the memory budget, also in the middle of a host call.
    pub(crate) fn set_memory_budget(&mut self, budget: Option<usize>) {
        self.limits.memory_budget = budget;
        if self.limits.mem_outer.is_some() {
            let limit = budget.map(|b| call_limit(b, alloc::held()));
            self.limits.mem_limit = limit;
            alloc::set_limit(limit);
        }
    }

    /// Stop the script if the VM holds more than its budget allows. Cyclic
    /// garbage is not "held": it is collected before deciding. `native`:
    /// called from native code, where no finalizer may run.
    fn check_memory(&mut self, native: bool) -> PyResult<()> {
        let Some(limit) = self.limits.mem_limit else {
            return Ok(());
        };
        if !(alloc::take_over() || self.limits.ticks <= 0) {
            return Ok(());
        }
        let mut held = alloc::held();
        if held > limit && !self.in_safe_point {
            self.collect_for_memory(native);
            held = alloc::held();
        }
        if held > limit {
            let budget = self.limits.memory_budget.unwrap_or(0);
            return Err(self.halt(
                Limit::Memory,
                format!(" ({} bytes held, budget {})", held, budget),
            ));
        }
        Ok(())
    }

    fn collect_for_memory(&mut self, native: bool) {
        if native {
            let was = std::mem::replace(&mut self.defer_finalizers, true);
            self.gc_collect(2);
            self.defer_finalizers = was;
        } else {
            self.gc_collect(2);
            self.safe_point();
        }
    }

    /// Charge `cost` units of native work (an item visited, a comparison
    /// made, a chunk of bytes processed): native loops call this so that
    /// budgets, the deadline and interrupts stop them as they stop script
    /// loops. Never runs script code.
    #[inline]
    pub fn charge_native(&mut self, cost: usize) -> PyResult<()> {
        self.limits.ticks -= cost as i64;
        if self.limits.ticks <= 0 {
            return self.check_native();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn check_native(&mut self) -> PyResult<()> {
        if self.is_halted() {
            self.limits.ticks = 0;
            return Err(self.halt_error());
        }
        self.check_memory(true)?;
        if self.limits.watch_sigint && SIGINT.swap(false, Ordering::Relaxed) {
            self.reset_ticks();
            return Err(self.keyboard_interrupt());
        }
        self.check_ticks()
    }

    /// Before an allocation of `bytes` whose size the script chose (a
    /// repetition, padding, a preallocated container): past the memory
    /// budget it is the budget error; a size no system could give is
    /// MemoryError. The caller still allocates fallibly (`try_reserve`).
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        if bytes < SMALL_ALLOC {
            return Ok(());
        }
        // More than the machine has is refused as CPython's malloc is
        // under Linux's overcommit heuristic: mimalloc would map it
        // without reserving it, and the OOM killer end the process later.
        if bytes > isize::MAX as usize || bytes as u64 > physical_memory() {
            return Err(self.memory_error());
        }
        let Some(limit) = self.limits.mem_limit else {
            return Ok(());
        };
        if self.limits.mem_outer.is_none() {
            return Ok(());
        }
        if alloc::held().saturating_add(bytes as isize) > limit {
            self.collect_for_memory(true);
            let held = alloc::held();
            if held.saturating_add(bytes as isize) > limit {
                let budget = self.limits.memory_budget.unwrap_or(0);
                return Err(self.halt(
                    Limit::Memory,
                    format!(
                        " ({} bytes held, {} more asked, budget {})",
                        held, bytes, budget
                    ),
                ));
            }
        }
        Ok(())
    }

    /// A bare MemoryError, as CPython raises when an allocation fails.
    pub fn memory_error(&mut self) -> PyErr {
        let c = self.types.memory_error.clone();
        self.new_exception(&c, vec![])
    }
}

/// The machine's physical memory in bytes (`u64::MAX` when unknown).
fn physical_memory() -> u64 {
    static MEMORY: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MEMORY.get_or_init(|| {
        // SAFETY: sysconf only reads the system's configuration.
        let (pages, size) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        if pages > 0 && size > 0 {
            (pages as u64).saturating_mul(size as u64)
        } else {
            u64::MAX
        }
    })
}

/// Allocations below this size are left to the checks at safe points
/// (they cannot overshoot the budget by much).
const SMALL_ALLOC: usize = 64 << 10;

/// What a call may still allocate when it begins at or over its budget
/// (the host must be able to run `del xs` after a memory error).
const HEADROOM: isize = 256 << 10;

/// The account's limit for a host call beginning with `held` bytes.
fn call_limit(budget: usize, held: isize) -> isize {
    let b = budget.min(isize::MAX as usize) as isize;
    b.max(held.saturating_add(HEADROOM))
}
