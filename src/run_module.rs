//! Running a module as the main program (`weft -m name`), as CPython's
//! `python -m` does: the module is found on the module search path or in
//! the embedded stdlib, its parent packages are imported, a package runs
//! its `__main__` submodule, and `sys.argv[0]` becomes the file run.

use std::rc::Rc;

use crate::objects::{ModuleObj, Value};
use crate::runner::Outcome;
use crate::vm::import::Found;
use crate::vm::{PyErr, Vm};

/// Why a module could not be run.
enum Fail {
    /// CPython's one-line message (printed after the program name).
    Message(String),
    /// An exception from importing a parent package: reported as any
    /// uncaught exception.
    Raised(PyErr),
}

/// The module's code, found.
struct Located {
    source: String,
    file: String,
    package: String,
}

impl Vm {
    /// Run module `name` as `__main__` in `m`. `sys.argv` should hold
    /// `-m` and the arguments; its first item becomes the module's file.
    pub fn run_module_main(&mut self, m: &Rc<ModuleObj>, name: &str) -> Outcome {
        let found = match self.locate_main(name) {
            Ok(l) => l,
            Err(Fail::Message(msg)) => {
                self.write_err(&format!("weft: {}\n", msg));
                return Outcome::Exit(1);
            }
            Err(Fail::Raised(e)) => {
                let r = Err(e);
                return self.finish_main(m, r);
            }
        };
        self.set_argv0(&found.file);
        m.dict
            .set_str(self.names.file.clone(), Value::str(&found.file));
        m.dict
            .set_str(self.names.package.clone(), Value::str(&found.package));
        self.run_main_in(m, &found.source, &found.file)
    }

    /// Find the code `-m name` runs: the module, or a package's
    /// `__main__`.
    fn locate_main(&mut self, name: &str) -> Result<Located, Fail> {
        if name.starts_with('.') {
            return Err(Fail::Message(
                "Relative module names not supported".to_string(),
            ));
        }
        let (file, source, is_package, package) = self.locate(name)?;
        if !is_package {
            return Ok(Located {
                source,
                file,
                package,
            });
        }
        if name == "__main__" || name.ends_with(".__main__") {
            return Err(Fail::Message(
                "Cannot use package as __main__ module".to_string(),
            ));
        }
        // The package itself is imported first (its __init__ runs).
        if let Err(e) = self.import(name) {
            return Err(self.finding_error(name, e));
        }
        let main = format!("{}.__main__", name);
        match self.locate(&main) {
            Ok((file, source, false, package)) => Ok(Located {
                source,
                file,
                package,
            }),
            Ok(_) => Err(Fail::Message(format!(
                "Cannot use package as __main__ module; '{}' is a package and cannot be directly executed",
                name
            ))),
            Err(Fail::Message(msg)) => Err(Fail::Message(format!(
                "{}; '{}' is a package and cannot be directly executed",
                msg, name
            ))),
            Err(e) => Err(e),
        }
    }

    /// The file, source, whether it is a package, and the package it
    /// belongs to, for module `name` (its parents imported).
    fn locate(&mut self, name: &str) -> Result<(String, String, bool, String), Fail> {
        let (search, parent) = match name.rfind('.') {
            Some(i) => {
                let parent = &name[..i];
                let module = match self.import(parent) {
                    Ok(m) => m,
                    Err(e) => return Err(self.finding_error(name, e)),
                };
                let path_name = self.names.path.clone();
                let dirs = match self.get_attr_opt(&module, &path_name) {
                    Ok(Some(Value::List(l))) => l
                        .to_vec()
                        .iter()
                        .filter_map(|v| match v {
                            Value::Str(s) => Some(s.as_str().to_string()),
                            _ => None,
                        })
                        .collect(),
                    Err(e) => return Err(Fail::Raised(e)),
                    _ => {
                        return Err(Fail::Message(format!(
                            "Error while finding module specification for '{}' (ModuleNotFoundError: __path__ attribute not found on '{}' while trying to find '{}')",
                            name, parent, name
                        )))
                    }
                };
                (Some(dirs), parent.to_string())
            }
            None => (None, String::new()),
        };
        match self.find_module(name, search) {
            None => Err(Fail::Message(format!("No module named {}", name))),
            Some(Found::Native(_)) => Err(Fail::Message(format!(
                "No code object available for {}",
                name
            ))),
            Some(Found::Source {
                source,
                file,
                is_package,
                ..
            }) => {
                let package = if is_package { name.to_string() } else { parent };
                Ok((file, source, is_package, package))
            }
        }
    }

    /// An import error while finding the module is CPython's "Error while
    /// finding module specification"; anything else propagates.
    fn finding_error(&mut self, name: &str, e: PyErr) -> Fail {
        if !e.is_instance(&self.types.import_error.clone()) {
            return Fail::Raised(e);
        }
        let class = e.class().name().as_str().to_string();
        let text = match self.to_str(&e.value()) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => String::new(),
        };
        Fail::Message(format!(
            "Error while finding module specification for '{}' ({}: {})",
            name, class, text
        ))
    }

    /// Set `sys.argv[0]` (in the sys module too, if it is imported).
    fn set_argv0(&mut self, arg: &str) {
        match self.argv.first_mut() {
            Some(a) => *a = arg.to_string(),
            None => self.argv.push(arg.to_string()),
        }
        let Some(Value::Module(sys)) = self.sys_modules.get_str_text("sys") else {
            return;
        };
        if let Some(Value::List(l)) = sys.dict.get_str_text("argv") {
            if l.is_empty() {
                l.push(Value::str(arg));
            } else {
                l.set(0, Value::str(arg));
            }
        }
    }
}
