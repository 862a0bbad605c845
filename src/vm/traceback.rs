//! Printing exceptions the way CPython does: tracebacks with source
//! lines, chained causes and contexts, collapsed recursion.

use std::rc::Rc;

use super::{PyErr, Vm};
use crate::objects::exception::TbEntry;
use crate::objects::{ExceptionObj, NativeData, NativeObj, Value};

impl Vm {
    /// The `Type: message` line of an exception.
    pub fn exception_line(&mut self, e: &Rc<ExceptionObj>) -> String {
        let cls = e.class();
        let module = self.class_module(&cls);
        let qual = cls.qualname.borrow().as_str().to_string();
        let name = if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{}.{}", module, qual)
        };
        let v = Value::Exception(e.clone());
        let msg = match self.to_str(&v) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut line = if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        };
        if let Some(hint) = self.suggestion_for(e) {
            line.push_str(&hint);
        }
        line
    }

    /// The traceback lines (without the header) for a list of entries.
    pub fn format_tb_entries(entries: &[TbEntry]) -> String {
        let mut out = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        let flush_repeat = |out: &mut String, repeat: usize| {
            if repeat > 3 {
                let n = repeat - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
        };
        for e in entries.iter().rev() {
            let key = (
                e.code.filename.to_string(),
                e.line,
                e.code.name.as_str().to_string(),
            );
            if last.as_ref() == Some(&key) {
                repeat += 1;
                if repeat > 3 {
                    continue;
                }
            } else {
                flush_repeat(&mut out, repeat);
                repeat = 1;
                last = Some(key);
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.code.filename,
                e.line,
                e.code.name.as_str()
            ));
            if let Some(src) = e.code.source_line(e.line) {
                let t = src.trim();
                if !t.is_empty() {
                    out.push_str(&format!("    {}\n", t));
                }
            }
        }
        flush_repeat(&mut out, repeat);
        out
    }

    /// The full report of an uncaught exception, chains included.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut seen: Vec<usize> = Vec::new();
        self.format_exception_chain(&err.0, &mut seen)
    }

    fn format_exception_chain(&mut self, e: &Rc<ExceptionObj>, seen: &mut Vec<usize>) -> String {
        seen.push(Rc::as_ptr(e) as usize);
        let mut out = String::new();
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if let Value::Exception(c) = &cause {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) && seen.len() < 100 {
                out.push_str(&self.format_exception_chain(c, seen));
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let Value::Exception(c) = &context {
            if !e.suppress_context.get() && !seen.contains(&(Rc::as_ptr(c) as usize)) && seen.len() < 100 {
                out.push_str(&self.format_exception_chain(c, seen));
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let tb = e.traceback.borrow().clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&Self::format_tb_entries(&tb));
        }
        if self.is_exception_group(e) {
            out.push_str(&self.format_group_body(e));
        } else {
            out.push_str(&self.exception_line(e));
            out.push('\n');
        }
        out
    }

    /// Whether an exception is an ExceptionGroup.
    fn is_exception_group(&self, e: &Rc<ExceptionObj>) -> bool {
        e.class().is_subclass(&self.types.base_exception_group)
    }

    /// CPython's boxed rendering of an exception group.
    fn format_group_body(&mut self, e: &Rc<ExceptionObj>) -> String {
        let mut out = String::new();
        let line = self.exception_line(e);
        out.push_str(&format!("  | {}\n", line.replace('\n', "\n  | ")));
        let subs = match e.dict.borrow().as_ref().and_then(|d| d.get_str_text("exceptions")) {
            Some(Value::Tuple(t)) => t.as_slice().to_vec(),
            _ => Vec::new(),
        };
        let n = subs.len();
        for (i, s) in subs.iter().enumerate() {
            let header = if i == 0 {
                format!("+---------------- {} ----------------", i + 1)
            } else {
                format!("+---------------- {} ----------------", i + 1)
            };
            out.push_str(&format!("{}{}\n", if i == 0 { "  " } else { "    " }, header).replacen("    +", "    +", 1));
            if let Value::Exception(se) = s {
                let mut seen = Vec::new();
                let body = self.format_exception_chain(se, &mut seen);
                for l in body.lines() {
                    out.push_str(&format!("    | {}\n", l));
                }
            }
            if i + 1 == n {
                out.push_str("    +------------------------------------\n");
            }
        }
        out
    }

    /// Print an uncaught exception to stderr.
    pub fn print_exception(&mut self, err: &PyErr) {
        let text = self.format_exception(err);
        self.write_err(&text);
    }

    /// "Exception ignored in: ..." reports (finalizers, callbacks).
    pub fn report_unraisable(&mut self, header: &str, err: &PyErr) {
        let text = self.format_exception(err);
        self.write_err(&format!("{}\n{}", header, text));
    }

    /// CPython 3.11's "Did you mean" hints for NameError and AttributeError.
    fn suggestion_for(&mut self, e: &Rc<ExceptionObj>) -> Option<String> {
        let cls = e.class();
        let d = e.dict.borrow().clone()?;
        let name = match d.get_str_text("name") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return None,
        };
        let mut candidates: Vec<String> = Vec::new();
        if cls.is_subclass(&self.types.attribute_error) {
            let obj = d.get_str_text("obj")?;
            candidates = self.dir_names(&obj);
        } else if cls.is_subclass(&self.types.name_error) {
            if let Some(Value::Dict(g)) = d.get_str_text("scope") {
                for k in g.borrow().keys() {
                    if let Value::Str(s) = k {
                        candidates.push(s.as_str().to_string());
                    }
                }
            }
            if let Some(Value::List(l)) = d.get_str_text("locals") {
                for k in l.to_vec() {
                    if let Value::Str(s) = k {
                        candidates.push(s.as_str().to_string());
                    }
                }
            }
            for k in self.builtins.borrow().keys() {
                if let Value::Str(s) = k {
                    candidates.push(s.as_str().to_string());
                }
            }
        }
        crate::vm::suggest::best_match(&name, &candidates).map(|m| format!(". Did you mean: '{}'?", m))
    }
}

/// A traceback object for `e.__traceback__`.
pub fn traceback_object(vm: &mut Vm, e: &Rc<ExceptionObj>) -> Value {
    let cls = vm.traceback_class();
    Value::Native(Rc::new(NativeObj {
        class: cls,
        data: NativeData::Traceback(e.clone()),
        dict: None,
    }))
}
