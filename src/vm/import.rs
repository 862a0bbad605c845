//! Modules: `import`, `from ... import`, packages and relative imports.
//! Search order: built-in native modules, then `sys.path` directories
//! (the script's own directory first), then the stdlib embedded in the
//! binary.

use std::rc::Rc;

use super::frame::Resume;
use super::{PyResult, Vm};
use crate::compiler::{self, CompileFailure, Mode};
use crate::objects::{DictObj, ModuleObj, StrObj, Value};

include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// A module's source found by the search.
pub(crate) enum Found {
    Native(fn(&mut Vm) -> PyResult<Value>),
    Source {
        source: String,
        file: String,
        is_package: bool,
        /// The directory a package's submodules are searched in.
        dir: Option<String>,
    },
}

impl Vm {
    /// Make an empty module object with the standard attributes.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<ModuleObj> {
        let dict = Rc::new(DictObj::new());
        let n = self.intern(name);
        dict.set_str(self.names.name.clone(), Value::Str(n.clone()));
        dict.set_str(self.names.doc.clone(), Value::None);
        dict.set_str(self.names.package.clone(), Value::None);
        dict.set_str(self.names.spec.clone(), Value::None);
        if let Some(f) = file {
            dict.set_str(self.names.file.clone(), Value::str(f));
        }
        dict.set_str(
            self.names.builtins.clone(),
            Value::Dict(self.builtins.clone()),
        );
        Rc::new(ModuleObj {
            gc: Default::default(),
            name: n,
            dict,
        })
    }

    /// Compile `source` and turn failures into SyntaxError/RecursionError.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Rc<crate::bytecode::CodeObject>> {
        match compiler::compile(source, filename, mode, &mut self.interner) {
            Ok(c) => {
                self.code_units.record(&c, mode);
                Ok(c)
            }
            Err(CompileFailure::Syntax(se)) => Err(self.syntax_error_value(&se)),
            Err(CompileFailure::Recursion(msg)) => {
                let c = self.types.recursion_error.clone();
                Err(self.new_error(&c, msg))
            }
        }
    }

    /// A SyntaxError exception object from a compile error.
    pub fn syntax_error_value(&mut self, se: &crate::syntax_error::SyntaxError) -> super::PyErr {
        let cls = self
            .builtin_class(se.kind.name())
            .unwrap_or_else(|| self.types.syntax_error.clone());
        // For errors found after parsing CPython reads the line from the
        // file, when there is one.
        let file_line = match se.stage {
            crate::syntax_error::Stage::Compiler | crate::syntax_error::Stage::Symtable
                if self.caps.files && !se.filename.starts_with('<') =>
            {
                std::fs::read_to_string(&se.filename).ok().and_then(|text| {
                    text.split_inclusive('\n')
                        .nth(se.lineno.saturating_sub(1))
                        .map(str::to_string)
                })
            }
            _ => None,
        };
        let mut view = se.python_view(false);
        if file_line.is_some() {
            view.text = file_line;
        }
        let text = match &view.text {
            Some(t) => Value::str(t),
            None => Value::None,
        };
        let mut args = vec![Value::str(&se.msg)];
        if view.detailed_args {
            args.push(Value::tuple(vec![
                Value::str(&se.filename),
                Value::Int(se.lineno as i64),
                Value::Int(view.offset),
                text.clone(),
                Value::Int(se.end_lineno as i64),
                Value::Int(view.end_offset),
            ]));
        }
        let err = self.new_exception(&cls, args);
        let d = err.0.attr_dict();
        d.set_str_text("msg", Value::str(&se.msg));
        d.set_str_text("filename", Value::str(&se.filename));
        d.set_str_text("lineno", Value::Int(se.lineno as i64));
        d.set_str_text("offset", Value::Int(view.offset));
        d.set_str_text("text", text);
        d.set_str_text("end_lineno", Value::Int(se.end_lineno as i64));
        d.set_str_text("end_offset", Value::Int(view.end_offset));
        d.set_str_text("_rendered", Value::string(se.render()));
        err
    }

    /// Run a code object as module-level code in `globals`.
    pub fn run_code(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        globals: Rc<DictObj>,
    ) -> PyResult<Value> {
        let frame = self.new_frame(code, globals, None, Resume::Native);
        self.frames.push(frame);
        let r = self.run_pushed();
        if self.has_pending_finalizers() {
            self.run_finalizers();
        }
        r
    }

    /// Run code with a separate locals namespace (class bodies, exec with locals).
    pub fn run_code_with_locals(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        globals: Rc<DictObj>,
        locals: Rc<DictObj>,
    ) -> PyResult<Value> {
        let frame = self.new_frame(code, globals, Some(locals), Resume::Native);
        self.frames.push(frame);
        self.run_pushed()
    }

    pub(crate) fn find_module(
        &mut self,
        fullname: &str,
        search_dirs: Option<Vec<String>>,
    ) -> Option<Found> {
        if search_dirs.is_none() {
            if let Some(f) = self.native_modules.get(fullname) {
                return Some(Found::Native(*f));
            }
        }
        let last = fullname.rsplit('.').next().unwrap_or(fullname);
        let dirs: Vec<String> = match &search_dirs {
            Some(d) => d.clone(),
            None => {
                if self.caps.files || !self.module_paths.is_empty() {
                    self.sys_path
                        .to_vec()
                        .iter()
                        .filter_map(|v| match v {
                            Value::Str(s) => Some(s.as_str().to_string()),
                            _ => None,
                        })
                        .filter(|d| self.caps.files || self.module_paths.contains(d))
                        .collect()
                } else {
                    Vec::new()
                }
            }
        };
        if self.caps.files || !dirs.is_empty() {
            for d in &dirs {
                if d.starts_with("<stdlib>") {
                    continue;
                }
                let base = if d.is_empty() {
                    ".".to_string()
                } else {
                    d.clone()
                };
                let pkg_dir = format!("{}/{}", base, last);
                let init = format!("{}/__init__.py", pkg_dir);
                if let Ok(src) = std::fs::read_to_string(&init) {
                    return Some(Found::Source {
                        source: src,
                        file: init,
                        is_package: true,
                        dir: Some(pkg_dir),
                    });
                }
                let file = format!("{}/{}.py", base, last);
                if let Ok(src) = std::fs::read_to_string(&file) {
                    return Some(Found::Source {
                        source: src,
                        file,
                        is_package: false,
                        dir: None,
                    });
                }
            }
        }
        // The embedded stdlib.
        let rel = fullname.replace('.', "/");
        let in_stdlib = match &search_dirs {
            None => true,
            Some(d) => d.iter().any(|x| x.starts_with("<stdlib>")),
        };
        if in_stdlib {
            let pkg = format!("{}/__init__.py", rel);
            let file = format!("{}.py", rel);
            for (path, src) in STDLIB_FILES {
                if *path == pkg {
                    return Some(Found::Source {
                        source: src.to_string(),
                        file: format!("<stdlib>/{}", path),
                        is_package: true,
                        dir: Some(format!("<stdlib>/{}", rel)),
                    });
                }
            }
            for (path, src) in STDLIB_FILES {
                if *path == file {
                    return Some(Found::Source {
                        source: src.to_string(),
                        file: format!("<stdlib>/{}", path),
                        is_package: false,
                        dir: None,
                    });
                }
            }
        }
        None
    }

    /// Import one module by its full dotted name (parents already imported).
    fn import_one(&mut self, fullname: &str) -> PyResult<Value> {
        let key = self.intern(fullname);
        if let Some(m) = self.sys_modules.get_str(&key) {
            return Ok(m);
        }
        let (parent, search) = match fullname.rfind('.') {
            Some(i) => {
                let parent_name = &fullname[..i];
                let parent = self.import_one(parent_name)?;
                // Importing the parent may have imported this one.
                if let Some(m) = self.sys_modules.get_str(&key) {
                    return Ok(m);
                }
                let path_name = self.names.path.clone();
                let dirs = match self.get_attr_opt(&parent, &path_name)? {
                    Some(Value::List(l)) => l
                        .to_vec()
                        .iter()
                        .filter_map(|v| match v {
                            Value::Str(s) => Some(s.as_str().to_string()),
                            _ => None,
                        })
                        .collect(),
                    _ => {
                        let c = self.types.module_not_found_error.clone();
                        let err = self.new_error(
                            &c,
                            format!(
                                "No module named '{}'; '{}' is not a package",
                                fullname, parent_name
                            ),
                        );
                        err.0.attr_dict().set_str_text("name", Value::str(fullname));
                        return Err(err);
                    }
                };
                (Some((parent, fullname[i + 1..].to_string())), Some(dirs))
            }
            None => (None, None),
        };
        let found = self.find_module(fullname, search);
        let module = match found {
            None => {
                let c = self.types.module_not_found_error.clone();
                let err = self.new_error(&c, format!("No module named '{}'", fullname));
                err.0.attr_dict().set_str_text("name", Value::str(fullname));
                return Err(err);
            }
            Some(Found::Native(build)) => {
                let m = build(self)?;
                self.sys_modules.set_str(key.clone(), m.clone());
                m
            }
            Some(Found::Source {
                source,
                file,
                is_package,
                dir,
            }) => {
                let m = self.new_module(fullname, Some(&file));
                let package = if is_package {
                    fullname.to_string()
                } else {
                    match fullname.rfind('.') {
                        Some(i) => fullname[..i].to_string(),
                        None => String::new(),
                    }
                };
                m.dict
                    .set_str(self.names.package.clone(), Value::str(&package));
                if let Some(d) = dir {
                    m.dict
                        .set_str(self.names.path.clone(), Value::list(vec![Value::str(&d)]));
                }
                let mv = Value::Module(m.clone());
                self.sys_modules.set_str(key.clone(), mv.clone());
                let code = match self.compile_source(&source, &file, Mode::Exec) {
                    Ok(c) => c,
                    Err(e) => {
                        self.sys_modules.del_str(&key);
                        return Err(e);
                    }
                };
                if let Err(e) = self.run_code(code, m.dict.clone()) {
                    self.sys_modules.del_str(&key);
                    return Err(e);
                }
                // The module may have replaced itself in sys.modules.
                self.sys_modules.get_str(&key).unwrap_or(mv)
            }
        };
        if let Some((parent, child)) = parent {
            let child_name = self.intern(&child);
            self.set_attr(&parent, &child_name, module.clone())?;
        }
        Ok(module)
    }

    /// Resolve a relative module name against the importing module.
    fn resolve_name(&mut self, name: &str, level: usize, globals: &DictObj) -> PyResult<String> {
        if level == 0 {
            return Ok(name.to_string());
        }
        let package = match globals.get_str(&self.names.package) {
            Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
            _ => {
                let is_pkg = globals.get_str(&self.names.path).is_some();
                match globals.get_str(&self.names.name) {
                    Some(Value::Str(s)) if is_pkg => s.as_str().to_string(),
                    Some(Value::Str(s)) => match s.as_str().rfind('.') {
                        Some(i) => s.as_str()[..i].to_string(),
                        None => String::new(),
                    },
                    _ => String::new(),
                }
            }
        };
        if package.is_empty() {
            let c = self.types.import_error.clone();
            return Err(
                self.new_error(&c, "attempted relative import with no known parent package")
            );
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            let c = self.types.import_error.clone();
            return Err(self.new_error(&c, "attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// The IMPORT_NAME instruction (and `__import__`).
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: usize,
        globals: &DictObj,
    ) -> PyResult<Value> {
        let fullname = self.resolve_name(name, level, globals)?;
        let module = self.import_one(&fullname)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.is_empty(),
            _ => true,
        };
        if has_fromlist {
            // `from pkg import submodule` imports submodules on demand.
            if let Value::Tuple(t) = fromlist {
                let path_name = self.names.path.clone();
                if self.get_attr_opt(&module, &path_name)?.is_some() {
                    for item in t.iter() {
                        if let Value::Str(s) = item {
                            if s.as_str() == "*" {
                                continue;
                            }
                            if self.get_attr_opt(&module, s)?.is_none() {
                                let sub = format!("{}.{}", fullname, s.as_str());
                                match self.import_one(&sub) {
                                    Ok(_) => {}
                                    Err(e) => {
                                        let mnf = self.types.module_not_found_error.clone();
                                        if !e.is_instance(&mnf) {
                                            return Err(e);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = fullname.split('.').next().unwrap_or("");
            let key = self.intern(top);
            return Ok(self.sys_modules.get_str(&key).unwrap_or(module));
        }
        Ok(module)
    }

    /// The IMPORT_FROM instruction.
    pub fn import_from(&mut self, module: &Value, name: &Rc<StrObj>) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let modname = match module {
            Value::Module(m) => m.name.as_str().to_string(),
            _ => "?".to_string(),
        };
        // A submodule imported after its parent ran.
        let sub = format!("{}.{}", modname, name.as_str());
        let key = self.intern(&sub);
        if let Some(m) = self.sys_modules.get_str(&key) {
            return Ok(m);
        }
        let file = match module {
            Value::Module(m) => match m.dict.get_str(&self.names.file) {
                Some(Value::Str(f)) => format!(" ({})", f.as_str()),
                _ => " (unknown location)".to_string(),
            },
            _ => String::new(),
        };
        let c = self.types.import_error.clone();
        let err = self.new_error(
            &c,
            format!(
                "cannot import name '{}' from '{}'{}",
                name.as_str(),
                modname,
                file
            ),
        );
        err.0.attr_dict().set_str_text("name", Value::str(&modname));
        Err(err)
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, ns: &DictObj) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let all = m.dict.get_str(&self.names.all);
        match all {
            Some(names) => {
                for n in self.iterate(&names)? {
                    if let Value::Str(s) = &n {
                        let v = self.get_attr(module, s)?;
                        ns.set_str(s.clone(), v);
                    }
                }
            }
            None => {
                for (k, v) in m.dict.borrow().items() {
                    if let Value::Str(s) = &k {
                        if !s.as_str().starts_with('_') {
                            ns.set_str(s.clone(), v);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Import by name from Rust (`vm.import("asyncio")`).
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        self.import_one(name)
    }
}
