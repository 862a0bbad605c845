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
        if cls.is_subclass(&self.types.syntax_error) {
            if let Some(lines) = self.syntax_error_lines(&v, &name) {
                return lines;
            }
        }
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

    /// A SyntaxError shows where it is: its file and line, the line's text
    /// and carets under the range, then `Type: msg` (without a final
    /// newline). None when its attributes cannot be read.
    fn syntax_error_lines(&mut self, v: &Value, name: &str) -> Option<String> {
        let attr = |vm: &mut Vm, n: &str| vm.get_attr_str(v, n).ok();
        let filename = attr(self, "filename")?;
        let lineno = attr(self, "lineno")?;
        let text = attr(self, "text")?;
        let offset = attr(self, "offset")?;
        let end_offset = attr(self, "end_offset")?;
        let msg = attr(self, "msg")?;
        let mut out = String::new();
        let mut suffix = String::new();
        let as_int = |x: &Value| match x {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        };
        match (&lineno, &filename) {
            (Value::None, Value::None) => {}
            (Value::None, f) => suffix = format!(" ({})", self.to_str(f).ok()?.as_str()),
            (l, f) => {
                let f = match f {
                    Value::None => "<string>".to_string(),
                    other => self.to_str(other).ok()?.as_str().to_string(),
                };
                out.push_str(&format!(
                    "  File \"{}\", line {}\n",
                    f,
                    self.to_str(l).ok()?.as_str()
                ));
            }
        }
        if let Value::Str(t) = &text {
            let rtext = t.as_str().trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str(&format!("    {}\n", ltext));
            if let Some(off) = as_int(&offset) {
                let mut end = match as_int(&end_offset) {
                    None | Some(0) => off,
                    Some(e) => e,
                };
                if end == off || end == -1 {
                    end = off + 1;
                }
                let col = off - 1 - spaces;
                let end_col = end - 1 - spaces;
                if col >= 0 {
                    let lead: String = ltext
                        .chars()
                        .take(col as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let width = (end_col - col).clamp(0, 1 << 16) as usize;
                    out.push_str(&format!("    {}{}\n", lead, "^".repeat(width)));
                }
            }
        }
        let msg = match msg {
            Value::None => "<no detail available>".to_string(),
            m => self.to_str(&m).ok()?.as_str().to_string(),
        };
        let msg = if msg.is_empty() {
            "<no detail available>".to_string()
        } else {
            msg
        };
        out.push_str(&format!("{}: {}{}", name, msg, suffix));
        Some(out)
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
                    if let Some(carets) = caret_line(&e.code.source, e.line, e.pos) {
                        out.push_str(&carets);
                    }
                }
            }
        }
        flush_repeat(&mut out, repeat);
        out
    }

    /// The full report of an uncaught exception, chains included.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut ctx = PrintCtx::default();
        let mut out = String::new();
        self.format_exception_into(&err.0, &mut ctx, &mut out);
        out
    }

    /// As `format_exception`, leaving out frames whose file name starts
    /// with `skip`.
    pub fn format_exception_skipping(&mut self, err: &PyErr, skip: &str) -> String {
        let mut ctx = PrintCtx {
            skip: Some(skip.to_string()),
            ..Default::default()
        };
        let mut out = String::new();
        self.format_exception_into(&err.0, &mut ctx, &mut out);
        out
    }

    /// One exception with its causes and contexts, at the nesting of
    /// exception groups that `ctx` records (CPython's traceback layout).
    fn format_exception_into(
        &mut self,
        e: &Rc<ExceptionObj>,
        ctx: &mut PrintCtx,
        out: &mut String,
    ) {
        const CAUSE: &str =
            "\nThe above exception was the direct cause of the following exception:\n\n";
        const CONTEXT: &str =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
        // The chain, innermost (printed last) first.
        let mut chain: Vec<(Option<&str>, Rc<ExceptionObj>)> = Vec::new();
        let mut cur = Some(e.clone());
        ctx.seen.push(Rc::as_ptr(e) as usize);
        while let Some(x) = cur.take() {
            let cause = x.cause.borrow().clone();
            let context = x.context.borrow().clone();
            let next = match (&cause, &context) {
                (Value::Exception(c), _) => Some((CAUSE, c.clone())),
                (_, Value::Exception(c)) if !x.suppress_context.get() => Some((CONTEXT, c.clone())),
                _ => None,
            };
            let next = next.filter(|(_, c)| {
                !ctx.seen.contains(&(Rc::as_ptr(c) as usize)) && ctx.seen.len() < 1000
            });
            match next {
                Some((msg, c)) => {
                    ctx.seen.push(Rc::as_ptr(&c) as usize);
                    chain.push((Some(msg), x));
                    cur = Some(c);
                }
                None => chain.push((None, x)),
            }
        }
        for (msg, x) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            let mut tb = x.traceback.borrow().clone();
            if let Some(skip) = &ctx.skip {
                tb.retain(|t| !t.code.filename.starts_with(skip.as_str()));
            }
            if !self.is_exception_group(&x) {
                if !tb.is_empty() {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emit(out, &Self::format_tb_entries(&tb), '|');
                }
                let line = self.exception_line(&x);
                ctx.emit(out, &format!("{}\n", line), '|');
                let notes = self.notes_text(&x);
                ctx.emit(out, &notes, '|');
            } else if ctx.depth > 10 {
                ctx.emit(out, "... (max_group_depth is 10)\n", '|');
            } else {
                self.format_group_into(&x, &tb, ctx, out);
            }
        }
    }

    /// The lines of an exception's `__notes__` (PEP 678), each note's
    /// lines as they are; a `__notes__` that is no sequence shows as its
    /// repr.
    fn notes_text(&mut self, e: &Rc<ExceptionObj>) -> String {
        let notes = e
            .dict
            .borrow()
            .as_ref()
            .and_then(|d| d.get_str_text("__notes__"));
        let Some(notes) = notes else {
            return String::new();
        };
        let items = match &notes {
            Value::List(l) => l.to_vec(),
            Value::Tuple(t) => t.as_slice().to_vec(),
            // A str is a sequence too: CPython prints it a character a line.
            Value::Str(t) => t
                .as_str()
                .chars()
                .map(|c| Value::string(c.to_string()))
                .collect(),
            other => {
                let r = match self.repr(other) {
                    Ok(s) => s.as_str().to_string(),
                    Err(_) => "<__notes__ repr() failed>".to_string(),
                };
                return format!("{}\n", r);
            }
        };
        let mut out = String::new();
        for n in items {
            let text = match self.to_str(&n) {
                Ok(s) => s.as_str().to_string(),
                Err(_) => "<note str() failed>".to_string(),
            };
            out.push_str(&text);
            out.push('\n');
        }
        out
    }

    /// An exception group: its own traceback and line, then each
    /// sub-exception in a numbered box.
    fn format_group_into(
        &mut self,
        x: &Rc<ExceptionObj>,
        tb: &[TbEntry],
        ctx: &mut PrintCtx,
        out: &mut String,
    ) {
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !tb.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            ctx.emit(out, &Self::format_tb_entries(tb), '|');
        }
        let line = self.exception_line(x);
        ctx.emit(out, &format!("{}\n", line), '|');
        let notes = self.notes_text(x);
        ctx.emit(out, &notes, '|');
        let subs = match x
            .dict
            .borrow()
            .as_ref()
            .and_then(|d| d.get_str_text("exceptions"))
        {
            Some(Value::Tuple(t)) => t.as_slice().to_vec(),
            _ => Vec::new(),
        };
        const WIDTH: usize = 15;
        let n = subs.len().min(WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " },
                title
            ));
            ctx.depth += 1;
            if truncated {
                let more = subs.len() - WIDTH;
                let text = format!(
                    "and {} more exception{}\n",
                    more,
                    if more > 1 { "s" } else { "" }
                );
                ctx.emit(out, &text, '|');
            } else if let Value::Exception(se) = &subs[i] {
                self.format_exception_into(se, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// Whether an exception is an ExceptionGroup.
    fn is_exception_group(&self, e: &Rc<ExceptionObj>) -> bool {
        e.class().is_subclass(&self.types.base_exception_group)
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
        crate::vm::suggest::best_match(&name, &candidates)
            .map(|m| format!(". Did you mean: '{}'?", m))
    }
}

/// A traceback object for `e.__traceback__`.
pub fn traceback_object(vm: &mut Vm, e: &Rc<ExceptionObj>) -> Value {
    let cls = vm.traceback_class();
    Value::Native(Rc::new(NativeObj {
        gc: Default::default(),
        class: cls,
        data: NativeData::Traceback(e.clone()),
        dict: None,
    }))
}

/// Byte range of line `line` (1-based) in `src`, without its line break,
/// matching `str::lines()`.
fn line_bounds(src: &str, line: u32) -> Option<(usize, usize)> {
    let mut start = 0usize;
    for (i, l) in src.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let body = l.strip_suffix('\n').unwrap_or(l);
            let body = body.strip_suffix('\r').unwrap_or(body);
            return Some((start, start + body.len()));
        }
        start += l.len();
    }
    None
}

fn chars_in(s: &str) -> usize {
    s.chars().count()
}

/// Where CPython 3.11 splits the underline of a binary operation or a
/// subscript into `~` and `^` parts: (left_end, right_start) in characters
/// from the start of `segment`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::ast::Expr;
    let expr = crate::parser::parse_expression(segment, "<segment>").ok()?;
    let chars: Vec<char> = segment.chars().collect();
    let at = |byte: u32| segment.get(..byte as usize).map(chars_in);
    match &expr {
        Expr::BinOp(b) => {
            let left_end = at(b.left.span().end)?;
            let right_start = at(b.right.span().start)?;
            // The operator is the first character after the left operand
            // that is not whitespace or a closing parenthesis; it is two
            // characters long (`**`, `//`, `<<`, ...) when the next one is
            // neither whitespace nor the right operand.
            let mut left = left_end;
            while left < right_start
                && chars
                    .get(left)
                    .is_some_and(|c| c.is_whitespace() || *c == ')' || *c == '#')
            {
                left += 1;
            }
            let mut right = left + 1;
            if right < right_start && chars.get(right).is_some_and(|c| !c.is_whitespace()) {
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(sub) => {
            let mut left = at(sub.value.span().end)?;
            let mut right = at(sub.slice.span().end)? + 1;
            while chars.get(left).is_some_and(|c| *c != '[') {
                left += 1;
            }
            while chars.get(right).is_some_and(|c| *c != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// The `    ~~^^^` line CPython 3.11 prints under a traceback's source line,
/// or None when the failing span covers the whole line without anchors.
fn caret_line(src: &str, line: u32, pos: (u32, u32)) -> Option<String> {
    let (start, end) = (pos.0 as usize, pos.1 as usize);
    if start >= end {
        return None;
    }
    let (ls, le) = line_bounds(src, line)?;
    if start < ls || start > le {
        return None;
    }
    let text = src.get(ls..le)?;
    let stripped = text.trim();
    let lead = chars_in(text) - chars_in(text.trim_start());
    let start_col = chars_in(src.get(ls..start)?);
    let single_line = end <= le;
    let (end_col, anchors) = if single_line {
        (
            chars_in(src.get(ls..end)?),
            caret_anchors(src.get(start..end)?),
        )
    } else {
        (lead + chars_in(stripped), None)
    };
    if end_col <= start_col {
        return None;
    }
    let width = end_col - start_col;
    let split = anchors.filter(|(l, r)| r > l && *r <= width);
    if width >= chars_in(stripped) && split.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_col.saturating_sub(lead)));
    match split {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width - r));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// Where an exception report is in the nesting of exception groups.
#[derive(Default)]
struct PrintCtx {
    /// Frames from files under this prefix are left out (unittest's own
    /// frames in its failure reports).
    skip: Option<String>,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text` with every line (blank ones too) prefixed by the
    /// group margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}
