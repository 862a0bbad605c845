//! Running a program as `__main__` and reporting how it ended, with
//! CPython's conventions for exit status and SystemExit.

use std::rc::Rc;

use crate::compiler::{CompileFailure, Mode};
use crate::objects::Value;
use crate::vm::{PyErr, Vm};

/// How a program run ended.
pub enum Outcome {
    /// Finished, or ended by SystemExit or an uncaught exception: the
    /// process exit status.
    Exit(i32),
    /// An uncaught KeyboardInterrupt (traceback printed). CPython's
    /// command line then dies of SIGINT, so that a shell running it stops
    /// too; the status a host without signals should use is 130.
    Interrupted,
}

impl Outcome {
    /// The exit status (130 for an interrupt, as a shell reports SIGINT).
    pub fn status(&self) -> i32 {
        match self {
            Outcome::Exit(code) => *code,
            Outcome::Interrupted => 130,
        }
    }
}

impl Vm {
    /// Turn an exception that ended the program into how it ended,
    /// printing what CPython prints.
    pub fn outcome_for(&mut self, err: &PyErr) -> Outcome {
        let se = self.types.system_exit.clone();
        if err.is_instance(&se) {
            return Outcome::Exit(self.system_exit_status(err));
        }
        // A SyntaxError from compile() / exec() prints as a compile error.
        let rendered = err
            .0
            .dict
            .borrow()
            .as_ref()
            .and_then(|d| d.get_str_text("_rendered"));
        if let (Some(Value::Str(r)), true) = (rendered, err.0.traceback.borrow().is_empty()) {
            self.write_err(r.as_str());
            return Outcome::Exit(1);
        }
        self.print_exception(err);
        if err.is_instance(&self.types.keyboard_interrupt.clone()) {
            return Outcome::Interrupted;
        }
        Outcome::Exit(1)
    }

    /// The status SystemExit asks for, as the operating system will see
    /// it: an int (or int subclass) keeps its low 8 bits after CPython's
    /// conversion to a C long and then an int (out of range: -1, so 255);
    /// None is 0; anything else is printed to stderr and gives 1.
    fn system_exit_status(&mut self, err: &PyErr) -> i32 {
        let nargs = match &*err.0.args.borrow() {
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        let code = if nargs > 1 {
            err.0.args()
        } else {
            err.0.first_arg()
        };
        let as_int = match &code {
            Value::None => return 0,
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::BigInt(b) => Some(i64::try_from(&**b).unwrap_or(-1)),
            other if self.type_of(other).is_subclass(&self.types.int) => {
                match self.to_bigint(other) {
                    Ok(b) => Some(i64::try_from(&b).unwrap_or(-1)),
                    Err(_) => Some(-1),
                }
            }
            _ => None,
        };
        if let Some(i) = as_int {
            return (i as i32) & 0xff;
        }
        let text = match self.to_str(&code) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => String::new(),
        };
        self.write_err(&format!("{}\n", text));
        1
    }

    /// Compile and run `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Outcome {
        let m = self.new_module("__main__", Some(filename));
        let key = self.intern("__main__");
        self.sys_modules.set_str(key, Value::Module(m.clone()));
        self.run_main_in(&m, source, filename)
    }

    /// Compile and run `source` as the program in an existing main module.
    pub fn run_main_in(
        &mut self,
        m: &Rc<crate::objects::ModuleObj>,
        source: &str,
        filename: &str,
    ) -> Outcome {
        let code = match crate::compiler::compile(source, filename, Mode::Exec, &mut self.interner)
        {
            Ok(c) => {
                self.code_units.record(&c, Mode::Exec);
                c
            }
            Err(CompileFailure::Syntax(se)) => {
                self.write_err(&se.render());
                self.flush();
                return Outcome::Exit(1);
            }
            Err(CompileFailure::Recursion(msg)) => {
                self.write_err(&format!("RecursionError: {}\n", msg));
                self.flush();
                return Outcome::Exit(1);
            }
        };
        let r = self.run_code(code, m.dict.clone());
        self.finish_main(m, r)
    }

    /// Report how the main program ended and run the exit-time finalizers;
    /// a program suspended for a snapshot just stops.
    pub fn finish_main(
        &mut self,
        m: &Rc<crate::objects::ModuleObj>,
        r: crate::vm::PyResult<Value>,
    ) -> Outcome {
        if self.suspended_for_snapshot() {
            self.flush();
            return Outcome::Exit(0);
        }
        if let Some(code) = self.limits.hard_exit {
            // os._exit(): no atexit callbacks and no finalizers; what the
            // process's stdout still buffers is lost, as in CPython.
            self.stdout.discard_process_buffer();
            self.flush();
            return Outcome::Exit(code & 0xff);
        }
        let mut outcome = match r {
            Ok(_) => Outcome::Exit(0),
            Err(e) => self.outcome_for(&e),
        };
        self.run_atexit();
        self.finalize_main(m);
        self.run_finalizers();
        crate::gc::report_stats();
        // Output that cannot be written at exit makes the status 120, as
        // in CPython (an interrupt still ends the process by SIGINT).
        if !self.flush_at_exit() && matches!(outcome, Outcome::Exit(_)) {
            outcome = Outcome::Exit(120);
        }
        outcome
    }

    /// Call the callbacks registered with `atexit` (if it was imported);
    /// the module reports their errors itself.
    fn run_atexit(&mut self) {
        let Some(Value::Module(m)) = self.sys_modules.get_str_text("atexit") else {
            return;
        };
        if let Some(f) = m.dict.get_str_text("_run_exitfuncs") {
            if let Err(e) = self.call_value(f, &[]) {
                self.print_exception(&e);
            }
        }
    }

    /// Set `sys.argv` and put the script's directory first on `sys.path`.
    pub fn set_script(&mut self, argv: Vec<String>, script_dir: Option<String>) {
        self.argv = argv;
        let mut path = Vec::new();
        if let Some(d) = script_dir {
            path.push(Value::string(d));
        }
        *self.sys_path.borrow_mut() = path;
        let _ = Rc::clone(&self.sys_path);
    }
}
