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

impl VmBuilder {
    /// Build a VM with these options and continue the program saved in
    /// `bytes` in it.
    pub fn restore(self, bytes: &[u8]) -> Result<Vm> {
        let mut vm = self.build();
        vm.load_snapshot(bytes)?;
        Ok(vm)
    }
}
