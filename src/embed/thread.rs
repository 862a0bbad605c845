//! Talking to a VM's event loop from other threads. The VM is not `Send`;
//! a [`LoopHandle`] is: it queues plain closures and data (never script
//! objects), and wakes the loop if it is idle. Jobs run on the loop's
//! thread at the start of its next iteration, like `call_soon_threadsafe`.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::Duration;

use super::{Data, Error, FutureToken, Result, Value, Vm};

/// A callback sent to the loop.
pub(crate) type CallJob = Box<dyn FnOnce(&mut Vm) -> Result<()> + Send>;
/// A coroutine factory sent to the loop.
pub(crate) type CoroJob = Box<dyn FnOnce(&mut Vm) -> Result<Value> + Send>;

pub(crate) enum Job {
    Call(CallJob),
    Coro(CoroJob, mpsc::Sender<Result<Data>>),
    Resolve(u64, Result<Data>),
}

/// The queue shared between the VM and its handles.
pub struct Shared {
    queue: Mutex<VecDeque<Job>>,
    ready: Condvar,
    closed: AtomicBool,
    pending: AtomicBool,
    pub(crate) interrupt: Arc<AtomicBool>,
}

impl Shared {
    pub(crate) fn new(interrupt: Arc<AtomicBool>) -> Shared {
        Shared {
            queue: Mutex::new(VecDeque::new()),
            ready: Condvar::new(),
            closed: AtomicBool::new(false),
            pending: AtomicBool::new(false),
            interrupt,
        }
    }

    fn push(&self, job: Job) -> Result<()> {
        if self.closed.load(Ordering::Acquire) {
            return Err(Error::new("RuntimeError", "Event loop is closed"));
        }
        let mut q = match self.queue.lock() {
            Ok(q) => q,
            Err(p) => p.into_inner(),
        };
        q.push_back(job);
        self.pending.store(true, Ordering::Release);
        self.ready.notify_all();
        Ok(())
    }

    /// Whether jobs are waiting (cheap).
    pub(crate) fn has_jobs(&self) -> bool {
        self.pending.load(Ordering::Acquire)
    }

    pub(crate) fn take_all(&self) -> Vec<Job> {
        let mut q = match self.queue.lock() {
            Ok(q) => q,
            Err(p) => p.into_inner(),
        };
        self.pending.store(false, Ordering::Release);
        q.drain(..).collect()
    }

    /// Sleep until a job arrives or `d` passes.
    pub(crate) fn wait(&self, d: Duration) {
        let q = match self.queue.lock() {
            Ok(q) => q,
            Err(p) => p.into_inner(),
        };
        if !q.is_empty() {
            return;
        }
        let _ = self.ready.wait_timeout(q, d);
    }

    /// Sleep for `d`, woken early only by an interrupt (jobs wait for
    /// the loop: a blocking call in the script does not run them).
    pub(crate) fn pause(&self, d: Duration) {
        let q = match self.queue.lock() {
            Ok(q) => q,
            Err(p) => p.into_inner(),
        };
        if self.interrupt.load(Ordering::Relaxed) {
            return;
        }
        let _ = self.ready.wait_timeout(q, d);
    }

    pub(crate) fn close(&self) {
        self.closed.store(true, Ordering::Release);
        drop(self.take_all());
    }
}

/// A `Send + Sync` handle to a VM's event loop, for other threads. Made by
/// [`Vm::loop_handle`]. While one exists, an idle loop waits for its jobs
/// instead of reporting that nothing can happen.
///
/// ```
/// let mut vm = weft::Vm::new();
/// vm.run("async def work(n):\n    return n * 2\n", "w.py").unwrap();
/// let handle = vm.loop_handle();
/// let t = std::thread::spawn(move || {
///     let fut = handle.run_coroutine_threadsafe(|vm| vm.call("work", (21,)));
///     fut.wait()
/// });
/// // The host thread drives the loop until the other thread's work is done.
/// let stop = vm.eval::<weft::Value>("__import__('asyncio').sleep(0.2)").unwrap();
/// vm.run_until_complete::<()>(&stop).unwrap();
/// assert_eq!(t.join().unwrap().unwrap(), weft::Data::Int(42));
/// ```
#[derive(Clone)]
pub struct LoopHandle {
    pub(crate) shared: Arc<Shared>,
}

impl LoopHandle {
    /// Run `f` on the loop's thread at its next iteration
    /// (`loop.call_soon_threadsafe`). An error `f` returns is reported on
    /// the VM's stderr, as the loop reports a failing callback.
    pub fn call_soon_threadsafe(
        &self,
        f: impl FnOnce(&mut Vm) -> Result<()> + Send + 'static,
    ) -> Result<()> {
        self.shared.push(Job::Call(Box::new(f)))
    }

    /// Make a coroutine on the loop's thread with `f` (typically
    /// `vm.call("name", args)` on an `async def`), run it as a Task, and
    /// get its result back as [`Data`] (`asyncio.run_coroutine_threadsafe`).
    pub fn run_coroutine_threadsafe(
        &self,
        f: impl FnOnce(&mut Vm) -> Result<Value> + Send + 'static,
    ) -> ThreadFuture {
        let (tx, rx) = mpsc::channel();
        if let Err(e) = self.shared.push(Job::Coro(Box::new(f), tx.clone())) {
            let _ = tx.send(Err(e));
        }
        ThreadFuture { rx }
    }

    /// Resolve a future the script awaits (see [`Vm::future_token`]):
    /// `Ok(data)` sets its result, `Err(e)` raises `e` in the awaiting
    /// script.
    pub fn resolve(&self, token: FutureToken, result: Result<Data>) -> Result<()> {
        self.shared.push(Job::Resolve(token.0, result))
    }

    /// Raise KeyboardInterrupt in the running script at its next check.
    pub fn interrupt(&self) {
        self.shared.interrupt.store(true, Ordering::Relaxed);
        self.shared.ready.notify_all();
    }
}

/// The result of [`LoopHandle::run_coroutine_threadsafe`], for the thread
/// that asked (`concurrent.futures.Future`).
pub struct ThreadFuture {
    rx: mpsc::Receiver<Result<Data>>,
}

impl ThreadFuture {
    /// Block until the coroutine finishes.
    pub fn wait(self) -> Result<Data> {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err(Error::new("RuntimeError", "Event loop is closed")))
    }

    /// Block at most `d`; `None` if the coroutine is still running.
    pub fn wait_timeout(&self, d: Duration) -> Option<Result<Data>> {
        match self.rx.recv_timeout(d) {
            Ok(r) => Some(r),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Some(Err(Error::new("RuntimeError", "Event loop is closed")))
            }
        }
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        if let Some(s) = &self.inner.embed.shared {
            s.close();
        }
        if self.inner.suspended_for_snapshot() || self.inner.stdout.broken {
            // A program that went on elsewhere: break its cycles now
            // (quietly), or the next VM on this thread would collect them
            // and run their finalizers.
            self.inner.embed.halted = None;
            self.set_instruction_budget(Some(1_000_000));
            self.inner.release_program();
        }
    }
}
