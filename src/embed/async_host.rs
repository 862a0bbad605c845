//! The host drives the asyncio event loop: to completion, one iteration at
//! a time, or by sleeping until its next deadline; and makes futures that
//! scripts await and the host resolves later.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use super::recover::Checkpoint;
use super::thread::{Job, LoopHandle, Shared};
use super::{Data, Error, FromValue, IntoValue, Result, Value, Vm};
use crate::asyncio::event_loop::{ld, loop_of};
use crate::objects::{NativeObj, Value as Raw};

/// Names a future for [`super::LoopHandle::resolve`] from another thread
/// (plain data: `Send` and `Copy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FutureToken(pub(crate) u64);

impl Vm {
    /// The VM's event loop (the one `asyncio.get_event_loop()` returns),
    /// made on first use. When the script left none, or left it closed
    /// (what `asyncio.run()` does when it returns, or fails), a new loop is
    /// made and set as the current one, so the host can always drive one.
    pub fn event_loop(&mut self) -> Result<Value> {
        self.guard(|vm| {
            vm.inner.import("asyncio").map_err(|e| vm.error_from(e))?;
            let id = vm.inner.embed.vm_id;
            let vm = &mut vm.inner;
            let usable = match vm.get_event_loop_value() {
                Ok(l) => match loop_of(&l) {
                    Some(n) if ld(&n).borrow().closed && vm.aio().running_loop.is_none() => None,
                    _ => Some(l),
                },
                Err(_) if vm.aio().running_loop.is_none() => None,
                Err(e) => return Err(Vm::from_interpreter(vm).error_from(e)),
            };
            let l = usable.unwrap_or_else(|| {
                let l = vm.new_event_loop();
                vm.aio_mut().event_loop = l.clone();
                l
            });
            Ok(Value(l, id))
        })
    }

    fn loop_obj(&mut self) -> Result<Rc<NativeObj>> {
        let l = self.event_loop()?;
        loop_of(&l.0).ok_or_else(|| Error::type_error("the event loop is not a native loop"))
    }

    /// Run the loop until `awaitable` (a coroutine, Task or Future) is
    /// done, and convert its result (`loop.run_until_complete`).
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.run("import asyncio\nasync def main(x):\n    await asyncio.sleep(0.01)\n    return x + 1\n", "m.py").unwrap();
    /// let coro: weft::Value = vm.call("main", (1,)).unwrap();
    /// assert_eq!(vm.run_until_complete::<i64>(&coro).unwrap(), 2);
    /// ```
    pub fn run_until_complete<R: FromValue>(&mut self, awaitable: impl IntoValue) -> Result<R> {
        let l = self.loop_obj()?;
        self.guard(|vm| {
            let aw = awaitable.into_value(vm)?;
            let r = vm.inner.loop_run_until_complete(&l, aw.0);
            let v = r.map_err(|e| vm.error_from(e))?;
            R::from_value(&vm.val(v), vm)
        })
    }

    /// Run one iteration of the loop without blocking: the callbacks that
    /// are ready, the timers that are due, and jobs from other threads.
    /// With [`Vm::next_deadline`] a host can run the loop inside its own.
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.run("import asyncio\nasync def tick():\n    for i in range(3):\n        print(i)\n        await asyncio.sleep(0)\n", "t.py").unwrap();
    /// let task: weft::Value = vm.eval("asyncio.get_event_loop().create_task(tick())").unwrap();
    /// while !vm.future_done(&task).unwrap() {
    ///     vm.run_once().unwrap();
    /// }
    /// assert_eq!(vm.take_stdout(), "0\n1\n2\n");
    /// assert_eq!(vm.next_deadline().unwrap(), None);
    /// ```
    pub fn run_once(&mut self) -> Result<()> {
        let l = self.loop_obj()?;
        self.guard(|vm| {
            let r = vm.inner.loop_step(&l);
            r.map_err(|e| vm.error_from(e))
        })
    }

    /// How long until the loop has something to do: `Some(ZERO)` when
    /// callbacks are ready (or jobs from other threads are queued), the
    /// time to the earliest timer, or `None` when nothing is scheduled.
    pub fn next_deadline(&mut self) -> Result<Option<Duration>> {
        let l = self.loop_obj()?;
        if let Some(s) = &self.inner.embed.shared {
            if s.has_jobs() {
                return Ok(Some(Duration::ZERO));
            }
        }
        let d = ld(&l).borrow();
        if !d.ready.is_empty() {
            return Ok(Some(Duration::ZERO));
        }
        let next = d
            .timers
            .iter()
            .filter(|t| !crate::asyncio::handle::hd(&t.handle).cancelled.get())
            .map(|t| t.when)
            .fold(None, |a: Option<f64>, w| Some(a.map_or(w, |a| a.min(w))));
        drop(d);
        Ok(next.map(|when| {
            let now = self.inner.loop_time(&l);
            Duration::from_secs_f64((when - now).clamp(0.0, 1e9))
        }))
    }

    /// A new pending `asyncio.Future` on the VM's loop, for a script to
    /// await and the host to resolve.
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// let fut = vm.create_future().unwrap();
    /// vm.set_global("reply", &fut).unwrap();
    /// vm.run("async def main():\n    print('got', await reply)\n", "f.py").unwrap();
    /// let task: weft::Value = vm.eval("__import__('asyncio').ensure_future(main())").unwrap();
    /// vm.run_once().unwrap(); // the task now waits for `reply`
    /// vm.resolve_future(&fut, "pong").unwrap();
    /// vm.run_until_complete::<()>(&task).unwrap();
    /// assert_eq!(vm.take_stdout(), "got pong\n");
    /// ```
    pub fn create_future(&mut self) -> Result<Value> {
        let l = self.event_loop()?;
        self.call_method(&l, "create_future", ())
    }

    /// Set a future's result (nothing happens if it is already done, e.g.
    /// cancelled by the script).
    pub fn resolve_future(&mut self, fut: &Value, value: impl IntoValue) -> Result<()> {
        if self.future_done(fut)? {
            return Ok(());
        }
        let v = value.into_value(self)?;
        self.call_method(fut, "set_result", (v,))
    }

    /// Make a future raise `err` in the script that awaits it.
    pub fn reject_future(&mut self, fut: &Value, err: Error) -> Result<()> {
        if self.future_done(fut)? {
            return Ok(());
        }
        self.guard(|vm| {
            let fut = vm.own(fut)?;
            let e = vm.raise_from(err);
            let r = vm.inner.call_method(fut, "set_exception", &[e.value()]);
            r.map(|_| ()).map_err(|e| vm.error_from(e))
        })
    }

    /// Whether a future (or task) is done.
    pub fn future_done(&mut self, fut: &Value) -> Result<bool> {
        self.call_method(fut, "done", ())
    }

    /// A token naming `fut`, so another thread can resolve it through a
    /// [`LoopHandle`]. The VM keeps the future alive until then. Fails
    /// only for a value of another VM's.
    pub fn future_token(&mut self, fut: &Value) -> Result<FutureToken> {
        let fut = self.own(fut)?.clone();
        let e = &mut self.inner.embed;
        let id = e.next_id;
        e.next_id += 1;
        e.futures.insert(id, fut);
        Ok(FutureToken(id))
    }

    /// A handle other threads use to schedule work on this VM's loop.
    pub fn loop_handle(&mut self) -> LoopHandle {
        let interrupt = self.inner.limits.interrupt.clone();
        let shared = self
            .inner
            .embed
            .shared
            .get_or_insert_with(|| Arc::new(Shared::new(interrupt)))
            .clone();
        LoopHandle { shared }
    }

    pub(super) fn run_job(&mut self, job: Job, l: &Rc<NativeObj>) {
        match job {
            Job::Call(f) => {
                if let Err(e) = self.catching(|vm| f(vm)) {
                    self.inner.write_err(&format!(
                        "Exception in callback from another thread\n{}",
                        e.traceback()
                    ));
                }
            }
            Job::Coro(f, tx) => {
                if let Err(e) = self.start_coro_job(f, tx.clone(), l) {
                    let _ = tx.send(Err(e));
                }
            }
            Job::Resolve(id, result) => {
                let Some(fut) = self.inner.embed.futures.remove(&id) else {
                    return;
                };
                let fut = self.val(fut);
                let r = match result {
                    Ok(d) => self.resolve_future(&fut, d),
                    Err(e) => self.reject_future(&fut, e),
                };
                if let Err(e) = r {
                    self.inner.write_err(e.traceback());
                }
            }
        }
    }

    /// Run a job's closure (host code) inside the loop: a panic in it
    /// becomes an internal error, the VM rolled back to where it was.
    fn catching<T>(&mut self, f: impl FnOnce(&mut Vm) -> Result<T>) -> Result<T> {
        let checkpoint = Checkpoint::take(&self.inner);
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(r) => r,
            Err(p) => {
                checkpoint.restore(&mut self.inner);
                Err(Vm::caught_panic(p.as_ref()))
            }
        }
    }

    fn start_coro_job(
        &mut self,
        f: super::thread::CoroJob,
        tx: std::sync::mpsc::Sender<Result<Data>>,
        l: &Rc<NativeObj>,
    ) -> Result<()> {
        let coro = self.catching(|vm| f(vm))?;
        let coro = self.own(&coro)?.clone();
        let task = {
            let r = self.inner.ensure_future_on(coro, Raw::Native(l.clone()));
            r.map_err(|e| self.error_from(e))?
        };
        let done = self.native_fn("_thread_future_done", move |vm, args| {
            let fut = args.first().cloned().unwrap_or_default();
            let r = vm.call_method::<Value>(&fut, "result", ());
            let out = match r {
                Ok(v) => vm.convert::<Data>(&v),
                Err(e) => Err(e),
            };
            let _ = tx.send(out);
            Ok(Value::none())
        });
        super::host_fn::pin_host_fn(
            &done.0,
            "run_coroutine_threadsafe future (another thread waits for its result)",
        );
        let task = self.val(task);
        self.call_method::<Value>(&task, "add_done_callback", (done,))?;
        Ok(())
    }
}
