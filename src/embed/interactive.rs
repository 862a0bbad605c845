//! Interactive input, as a REPL runs it: expression statements echo their
//! repr (and set `_`), and top-level `await` runs the input as a coroutine
//! on the event loop.

use std::rc::Rc;

use super::{Result, Value, Vm};
use crate::bytecode::FLAG_COROUTINE;
use crate::compiler::Mode;
use crate::objects::generator::GenKind;
use crate::objects::{GenObj, Value as Raw};
use crate::vm::Resume;

impl Vm {
    /// Run one complete piece of REPL input in the main module.
    ///
    /// ```
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.run_interactive("1 + 1", "<stdin>").unwrap();
    /// vm.run_interactive("import asyncio", "<stdin>").unwrap();
    /// vm.run_interactive("await asyncio.sleep(0, 'slept')", "<stdin>").unwrap();
    /// vm.run_interactive("_ * 2", "<stdin>").unwrap();
    /// assert_eq!(vm.take_stdout(), "2\n'slept'\n'sleptslept'\n");
    /// ```
    pub fn run_interactive(&mut self, source: &str, name: &str) -> Result<()> {
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
        let coro = self.val(coro);
        self.run_until_complete::<Value>(coro).map(|_| ())
    }

    /// Run one iteration of the loop, first waiting (without spinning)
    /// until a callback is ready, a timer is due or another thread sends
    /// work. A REPL calls this while it waits for input, so tasks keep
    /// running between inputs.
    pub fn run_once_blocking(&mut self) -> Result<()> {
        let l = self.event_loop()?;
        let Some(l) = crate::asyncio::event_loop::loop_of(&l.0) else {
            return Ok(());
        };
        self.guard(|vm| {
            vm.inner.embed.no_wait = false;
            let r = vm.inner.loop_step_waiting(&l);
            r.map_err(|e| vm.error_from(e))
        })
    }
}
