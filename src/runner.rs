//! Running a program as `__main__` and reporting how it ended, with
//! CPython's conventions for exit status and SystemExit.

use std::rc::Rc;

use crate::compiler::{CompileFailure, Mode};
use crate::objects::Value;
use crate::vm::{PyErr, Vm};

/// How a program run ended.
pub enum Outcome {
    /// Finished (or `sys.exit()` with a success code).
    Exit(i32),
}

impl Vm {
    /// Turn an exception that ended the program into an exit status,
    /// printing what CPython prints.
    pub fn exit_status_for(&mut self, err: &PyErr) -> i32 {
        let se = self.types.system_exit.clone();
        if err.is_instance(&se) {
            let code = err.0.first_arg();
            let nargs = match &*err.0.args.borrow() {
                Value::Tuple(t) => t.len(),
                _ => 0,
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let v = if nargs > 1 { err.0.args() } else { other };
                    let s = match self.to_str(&v) {
                        Ok(s) => s.as_str().to_string(),
                        Err(_) => String::new(),
                    };
                    self.write_err(&format!("{}\n", s));
                    1
                }
            };
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
            return 1;
        }
        self.print_exception(err);
        if err.is_instance(&self.types.keyboard_interrupt.clone()) {
            return 130;
        }
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
        let status = match r {
            Ok(_) => 0,
            Err(e) => self.exit_status_for(&e),
        };
        self.finalize_main(m);
        self.run_finalizers();
        crate::gc::report_stats();
        self.flush();
        Outcome::Exit(status)
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
