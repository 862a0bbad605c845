//! Saving a suspended program to bytes and continuing it in another VM.
//!
//! ```
//! let mut vm = weft::Vm::builder().capture_output().virtual_time(true).build();
//! let script = r#"
//! import asyncio
//! log = []
//! async def later():
//!     await asyncio.sleep(3600)
//!     log.append('an hour later')
//! task = asyncio.get_event_loop().create_task(later())
//! "#;
//! vm.run(script, "job.py").unwrap();
//! vm.run_once().unwrap();
//! let bytes = vm.snapshot().unwrap();
//!
//! let mut resumed = weft::Vm::builder().capture_output().restore(&bytes).unwrap();
//! resumed.run("asyncio.get_event_loop().run_until_complete(task)", "job.py").unwrap();
//! assert_eq!(resumed.get_global::<Vec<String>>("log").unwrap(), ["an hour later"]);
//! ```

use super::{Error, ErrorKind, Result, Vm, VmBuilder};
use crate::objects::Value as Raw;
use crate::snapshot::SnapshotError;

impl From<SnapshotError> for Error {
    fn from(e: SnapshotError) -> Error {
        let mut err = Error::new("SnapshotError", e.to_string());
        err.kind = ErrorKind::Snapshot(e);
        err
    }
}

impl Vm {
    /// Everything the program can reach, as bytes: modules, objects,
    /// suspended generators and coroutines, tasks, futures, the ready queue
    /// and the timers. Only between event-loop iterations (not from inside
    /// a host function); something that cannot travel (an open file, a host
    /// object) makes it fail with the path to that object, and the program
    /// continues unharmed.
    pub fn snapshot(&mut self) -> Result<Vec<u8>> {
        self.guard(|vm| Ok(crate::snapshot::save(&mut vm.inner)?))
    }

    /// A VM (default options) continuing the program saved in `bytes`.
    pub fn restore(bytes: &[u8]) -> Result<Vm> {
        VmBuilder::new().restore(bytes)
    }

    /// Continue the program saved in `bytes` in this VM, which should have
    /// run nothing yet; register host functions the program uses first.
    pub fn load_snapshot(&mut self, bytes: &[u8]) -> Result<()> {
        self.guard(|vm| {
            crate::snapshot::restore(&mut vm.inner, bytes)?;
            vm.inner.embed.main = match vm.inner.sys_modules.get_str_text("__main__") {
                Some(Raw::Module(m)) => Some(m),
                _ => None,
            };
            Ok(())
        })
    }
}

/// Turns a host object into bytes (None: it cannot travel).
type SaveFn = std::rc::Rc<dyn Fn(&dyn std::any::Any) -> Option<Vec<u8>>>;
/// Rebuilds a host object from bytes (None rejects them).
type LoadFn = std::rc::Rc<dyn Fn(&[u8]) -> Option<Box<dyn std::any::Any>>>;

/// Saving and loading one host type's objects (see [`Vm::register_snapshot`]).
#[derive(Clone)]
pub struct HostSerializer {
    pub(crate) save: SaveFn,
    pub(crate) load: LoadFn,
}

impl Vm {
    /// Let objects of the host type `T` (registered with
    /// [`Vm::register_type`]) travel in snapshots: `save` turns one into
    /// bytes, `load` rebuilds it (None rejects the bytes). Register the
    /// same pair on the VM that restores.
    ///
    /// ```
    /// struct Counter { n: i64 }
    /// let mut vm = weft::Vm::builder().capture_output().build();
    /// vm.register_type::<Counter>("Counter")
    ///     .constructor(|| weft::Host(Counter { n: 0 }))
    ///     .method("bump", |c: &mut Counter| { c.n += 1; c.n });
    /// vm.register_snapshot::<Counter>(
    ///     |c| c.n.to_le_bytes().to_vec(),
    ///     |b| Some(Counter { n: i64::from_le_bytes(b.try_into().ok()?) }),
    /// ).unwrap();
    /// vm.run("c = Counter()\nc.bump()\nc.bump()", "c.py").unwrap();
    /// let bytes = vm.snapshot().unwrap();
    ///
    /// let mut other = weft::Vm::builder().capture_output().build();
    /// other.register_type::<Counter>("Counter")
    ///     .constructor(|| weft::Host(Counter { n: 0 }))
    ///     .method("bump", |c: &mut Counter| { c.n += 1; c.n });
    /// other.register_snapshot::<Counter>(
    ///     |c| c.n.to_le_bytes().to_vec(),
    ///     |b| Some(Counter { n: i64::from_le_bytes(b.try_into().ok()?) }),
    /// ).unwrap();
    /// other.load_snapshot(&bytes).unwrap();
    /// assert_eq!(other.eval::<i64>("c.bump()").unwrap(), 3);
    /// ```
    pub fn register_snapshot<T: 'static>(
        &mut self,
        save: impl Fn(&T) -> Vec<u8> + 'static,
        load: impl Fn(&[u8]) -> Option<T> + 'static,
    ) -> Result<()> {
        let Some(cls) = self
            .inner
            .embed
            .host_classes
            .get(&std::any::TypeId::of::<T>())
            .cloned()
        else {
            return Err(Error::type_error(format!(
                "host type {} is not registered",
                std::any::type_name::<T>()
            )));
        };
        let ser = HostSerializer {
            save: std::rc::Rc::new(move |a: &dyn std::any::Any| {
                a.downcast_ref::<std::cell::RefCell<T>>()
                    .and_then(|c| c.try_borrow().ok().map(|c| save(&c)))
            }),
            load: std::rc::Rc::new(move |b: &[u8]| {
                load(b).map(|t| Box::new(std::cell::RefCell::new(t)) as Box<dyn std::any::Any>)
            }),
        };
        let name = cls.name().as_str().to_string();
        self.inner.embed.host_serializers.insert(name, ser);
        Ok(())
    }

    /// Suspend the program at the end of every `k`-th event-loop iteration
    /// (None: never): the VM saves a snapshot ([`Vm::take_snapshot`]) and
    /// the running host call stops with [`crate::Limit::Suspended`]
    /// (`run_main` returns 0). A snapshot that cannot be taken leaves the
    /// program running; [`Vm::suspend_error`] says why.
    pub fn suspend_every(&mut self, k: Option<u64>) {
        self.inner.suspend.suspend_every = k.filter(|k| *k > 0);
    }

    /// Suspend the program when its event loop has only timers pending
    /// and the next is further away than `threshold`.
    pub fn suspend_when_idle(&mut self, threshold: Option<std::time::Duration>) {
        self.inner.suspend.suspend_idle = threshold.map(|d| d.as_secs_f64());
    }

    /// The snapshot the last suspension saved.
    pub fn take_snapshot(&mut self) -> Option<Vec<u8>> {
        self.inner.suspend.suspended.take()
    }

    /// Why the last requested suspension could not save a snapshot.
    pub fn suspend_error(&self) -> Option<&str> {
        self.inner.suspend.suspend_error.as_deref()
    }

    /// Whether this (restored) VM holds a program suspended inside its
    /// event loop, to be continued with [`Vm::resume_main`] or [`Vm::resume`].
    pub fn is_suspended(&self) -> bool {
        self.inner.has_suspended_frames()
    }

    /// Continue a restored program that was suspended inside its event
    /// loop, with `run_main`'s conventions (errors printed, exit status
    /// returned).
    pub fn resume_main(&mut self) -> i32 {
        let r = self.guard(|vm| {
            let m = vm.main_module();
            let r = vm.inner.resume_suspended();
            let outcome = vm.inner.finish_main(&m, r);
            Ok(vm.status_of(outcome))
        });
        match r {
            Ok(code) => code,
            Err(e) if e.limit() == Some(crate::Limit::Suspended) => 0,
            Err(e) => {
                self.inner.write_err(e.traceback());
                1
            }
        }
    }

    /// Continue a restored program that was suspended inside its event
    /// loop, with `run`'s conventions (an uncaught exception is returned).
    pub fn resume(&mut self) -> Result<()> {
        self.guard(|vm| match vm.inner.resume_suspended() {
            Ok(_) => Ok(()),
            Err(e) => Err(vm.error_from(e)),
        })
    }
}

impl VmBuilder {
    /// Build a VM with these options and continue the program saved in
    /// `bytes` in it.
    pub fn restore(self, bytes: &[u8]) -> Result<Vm> {
        let mut vm = self.build();
        vm.load_snapshot(bytes)?;
        Ok(vm)
    }
}
