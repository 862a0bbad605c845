//! Interactive input, as a REPL runs it (like `python -m asyncio`): every
//! input runs inside the running event loop, expression statements echo
//! their repr (and set `_`), and input with top-level `await` runs as a
//! Task while the loop's other tasks go on.

use std::rc::Rc;

use super::{Error, Result, Vm};
use crate::asyncio::event_loop::{ld, loop_of, LoopRun};
use crate::asyncio::future::{data, fut_of, FutState};
use crate::bytecode::FLAG_COROUTINE;
use crate::compiler::Mode;
use crate::objects::generator::GenKind;
use crate::objects::{GenObj, NativeObj, Value as Raw};
use crate::vm::{PyResult, Resume};

impl Vm {
    /// Start an interactive session: the VM's event loop (a new one when
    /// it has none open) is held running until [`Vm::end_interactive`],
    /// as `python -m asyncio` runs `loop.run_forever()` under its prompt.
    /// Inputs then find it with `asyncio.get_running_loop()`, and
    /// `asyncio.run()` refuses to start a second loop. The host keeps the
    /// loop going between inputs with [`Vm::run_once_blocking`].
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.begin_interactive().unwrap();
    /// vm.run_interactive("import asyncio", "<stdin>").unwrap();
    /// vm.run_interactive("t = asyncio.create_task(asyncio.sleep(0, 'bg'))", "<stdin>").unwrap();
    /// while !vm.eval::<bool>("t.done()").unwrap() {
    ///     vm.run_once_blocking().unwrap();
    /// }
    /// vm.run_interactive("t.result()", "<stdin>").unwrap();
    /// let err = vm.run_interactive("asyncio.run(asyncio.sleep(0))", "<stdin>").unwrap_err();
    /// assert_eq!(err.message(), "asyncio.run() cannot be called from a running event loop");
    /// vm.end_interactive();
    /// assert_eq!(vm.take_stdout(), "'bg'\n");
    /// ```
    pub fn begin_interactive(&mut self) -> Result<()> {
        if self.inner.embed.interactive.is_some() {
            return Ok(());
        }
        self.guard(|vm| {
            let r = vm.inner.hold_loop_running();
            r.map_err(|e| vm.error_from(e))
        })
    }

    /// End the session [`Vm::begin_interactive`] started: the loop stops
    /// running (its pending tasks stay scheduled on it).
    pub fn end_interactive(&mut self) {
        let Some(l) = self.inner.embed.interactive.take() else {
            return;
        };
        let aio = self.inner.aio_mut();
        let own = aio
            .runs
            .iter()
            .rposition(|r| Rc::ptr_eq(&r.loop_, &l) && r.target.is_none());
        if let Some(i) = own {
            let run = aio.runs.remove(i);
            aio.running_loop = run.prev_running;
        }
        let mut d = ld(&l).borrow_mut();
        d.running = false;
        d.stopping = false;
    }

    /// Run one complete piece of REPL input in the main module, inside
    /// the session's running loop (a session lasting just this input when
    /// none was begun). Input that awaits runs as a Task; the loop runs
    /// until it is done. An error while it waits (Ctrl-C) cancels it.
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.run_interactive("1 + 1", "<stdin>").unwrap();
    /// vm.run_interactive("import asyncio", "<stdin>").unwrap();
    /// vm.run_interactive("await asyncio.sleep(0, 'slept')", "<stdin>").unwrap();
    /// vm.run_interactive("_ * 2", "<stdin>").unwrap();
    /// vm.run_interactive("asyncio.get_running_loop().is_running()", "<stdin>").unwrap();
    /// assert_eq!(vm.take_stdout(), "2\n'slept'\n'sleptslept'\nTrue\n");
    /// ```
    pub fn run_interactive(&mut self, source: &str, name: &str) -> Result<()> {
        if self.inner.embed.interactive.is_some() {
            return self.run_input(source, name);
        }
        self.begin_interactive()?;
        let r = self.run_input(source, name);
        self.end_interactive();
        r
    }

    fn run_input(&mut self, source: &str, name: &str) -> Result<()> {
        let globals = self.main_module().dict.clone();
        let code = self.guard(|vm| {
            let r = vm.inner.compile_source(source, name, Mode::Interactive);
            r.map_err(|e| vm.error_from(e))
        })?;
        if code.flags & FLAG_COROUTINE == 0 {
            return self.guard(|vm| {
                let r = vm.inner.run_code(code, globals);
                r.map(|_| ()).map_err(|e| vm.error_from(e))
            });
        }
        let Some(l) = self.inner.embed.interactive.clone() else {
            return Err(Error::new("RuntimeError", "no running event loop"));
        };
        // Driving the loop from inside one of its own callbacks would run
        // its queue re-entrantly.
        if self.inner.embed.depth > 0 {
            return Err(Error::new(
                "RuntimeError",
                "This event loop is already running",
            ));
        }
        let frame = self
            .inner
            .new_frame(code.clone(), globals, None, Resume::Native);
        let name = self.inner.intern("<module>");
        let queues = Some(self.inner.gen_queues.clone());
        let gen = GenObj::new(
            GenKind::Coroutine,
            code,
            name.clone(),
            name,
            Some(frame),
            queues,
        );
        let coro = Raw::Generator(Rc::new(gen));
        crate::gc::track(&coro);
        self.guard(|vm| {
            let r = vm.inner.drive_input(&l, coro);
            r.map_err(|e| vm.error_from(e))
        })
    }

    /// Run one iteration of the loop, first waiting (without spinning)
    /// until a callback is ready, a timer is due or another thread sends
    /// work. A REPL calls this while it waits for input, so tasks keep
    /// running between inputs.
    pub fn run_once_blocking(&mut self) -> Result<()> {
        if let Some(l) = self.inner.embed.interactive.clone() {
            return self.guard(|vm| {
                let r = vm.inner.interactive_step(&l);
                r.map_err(|e| vm.error_from(e))
            });
        }
        let l = self.event_loop()?;
        let Some(l) = loop_of(&l.0) else {
            return Ok(());
        };
        self.guard(|vm| {
            vm.inner.embed.no_wait = false;
            let r = vm.inner.loop_step_waiting(&l);
            r.map_err(|e| vm.error_from(e))
        })
    }
}

impl crate::vm::Vm {
    /// Mark the event loop running for an interactive session, with a
    /// run record as `loop.run_forever()` makes.
    fn hold_loop_running(&mut self) -> PyResult<()> {
        if !self.aio().running_loop.is_none() {
            return Err(
                self.runtime_error("Cannot run the event loop while another loop is running")
            );
        }
        let l = self.open_event_loop()?;
        ld(&l).borrow_mut().running = true;
        let prev = std::mem::replace(&mut self.aio_mut().running_loop, Raw::Native(l.clone()));
        self.aio_mut().runs.push(LoopRun {
            loop_: l.clone(),
            prev_running: prev,
            target: None,
        });
        self.embed.interactive = Some(l);
        Ok(())
    }

    /// The current event loop, or a new one set as current when there is
    /// none open (a script run before the session may have ended with
    /// `asyncio.run()`, which closes its loop and unsets it).
    fn open_event_loop(&mut self) -> PyResult<Rc<NativeObj>> {
        self.import("asyncio")?;
        let current = self.get_event_loop_value().ok().and_then(|l| loop_of(&l));
        if let Some(l) = current.filter(|l| !ld(l).borrow().closed) {
            return Ok(l);
        }
        let v = self.new_event_loop();
        let Some(l) = loop_of(&v) else {
            return Err(self.runtime_error("the new event loop is not a native loop"));
        };
        self.aio_mut().event_loop = v;
        self.aio_mut().set_called = true;
        Ok(l)
    }

    /// Run an input's coroutine as a Task until it is done.
    fn drive_input(&mut self, l: &Rc<NativeObj>, coro: Raw) -> PyResult<()> {
        let task = self.ensure_future_on(coro, Raw::Native(l.clone()))?;
        let Some(t) = fut_of(&task) else {
            return Err(self.type_error("the input's task is not a future"));
        };
        while data(&t).borrow().state == FutState::Pending {
            if let Err(e) = self.interactive_step(l) {
                if data(&t).borrow().state == FutState::Pending {
                    // As python -m asyncio cancels the input's task on
                    // Ctrl-C; the loop finishes the cancellation later.
                    self.cancel_any(&task, Raw::None)?;
                } else {
                    // The input itself raised it: reported once, here.
                    data(&t).borrow_mut().log_traceback = false;
                }
                return Err(e);
            }
        }
        self.future_result(&t).map(|_| ())
    }

    /// One iteration of the session's loop, waiting for work first.
    fn interactive_step(&mut self, l: &Rc<NativeObj>) -> PyResult<()> {
        let no_wait = std::mem::replace(&mut self.embed.no_wait, false);
        let r = self.run_once(l);
        self.embed.no_wait = no_wait;
        // The session outlives `loop.stop()`: left set, it would keep
        // every later iteration from waiting.
        ld(l).borrow_mut().stopping = false;
        r
    }
}
