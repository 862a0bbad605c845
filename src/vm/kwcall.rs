//! Keyword calls of plain script functions, bound straight from the
//! caller's value stack.
//!
//! `f(a, c=1)` otherwise collects the arguments into vectors, pairs the
//! keyword names with their values and walks the general binder, which
//! also words every possible error. This path handles the calls that bind
//! cleanly and leaves everything else, untouched, to the general one.

use smallvec::SmallVec;

use super::frame::Resume;
use super::{PyResult, Vm};
use crate::bytecode::{
    FLAG_ASYNC_GENERATOR, FLAG_COROUTINE, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS,
};
use crate::objects::{TupleObj, Value};

impl Vm {
    /// The stack holds `[callee, (dropped,)* args.., kwvalues..]` with
    /// the positional arguments starting at `args_start` and one value per
    /// name in `names` at the end. Pushes the callee's frame and returns
    /// true, or returns false having changed nothing.
    pub(crate) fn push_kw_call(
        &mut self,
        callee_idx: usize,
        args_start: usize,
        names: &TupleObj,
    ) -> PyResult<bool> {
        let Some(frame) = self.frames.last() else {
            return Ok(false);
        };
        let Value::Function(f) = &frame.stack[callee_idx] else {
            return Ok(false);
        };
        let code = &f.code;
        let excluded = FLAG_VARARGS
            | FLAG_VARKEYWORDS
            | FLAG_GENERATOR
            | FLAG_COROUTINE
            | FLAG_ASYNC_GENERATOR;
        if code.flags & excluded != 0 {
            return Ok(false);
        }
        let argcount = code.argcount as usize;
        let total = argcount + code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let nkw = names.len();
        let len = frame.stack.len();
        let Some(npos) = (len - args_start).checked_sub(nkw) else {
            return Ok(false);
        };
        if npos > argcount {
            return Ok(false);
        }
        // Where each keyword goes; any name that is unknown, positional
        // only, already given or given twice sends the call to the general
        // path, which raises the right TypeError.
        let mut slots: SmallVec<[usize; 8]> = SmallVec::with_capacity(nkw);
        for k in names.iter() {
            let Value::Str(k) = k else { return Ok(false) };
            let found = code.varnames[..total]
                .iter()
                .position(|v| std::rc::Rc::ptr_eq(v, k) || v.as_str() == k.as_str());
            match found {
                Some(j) if j >= npos && j >= posonly && !slots.contains(&j) => slots.push(j),
                _ => return Ok(false),
            }
        }
        // Every parameter left must have a default.
        let ndefaults = f.defaults.borrow().len();
        let first_default = argcount.saturating_sub(ndefaults);
        if (npos..first_default).any(|i| !slots.contains(&i)) {
            return Ok(false);
        }
        if total > argcount {
            let kwdefaults = f.kwdefaults.borrow();
            for i in argcount..total {
                if slots.contains(&i) {
                    continue;
                }
                match kwdefaults.as_ref() {
                    Some(d) if d.get_str(&code.varnames[i]).is_some() => {}
                    _ => return Ok(false),
                }
            }
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let f = f.clone();
        let mut nf = self.new_frame(f.code.clone(), f.globals.clone(), None, Resume::Call);
        let Some(frame) = self.frames.last_mut() else {
            return Ok(false);
        };
        assert!(total <= nf.locals.len() && len <= frame.stack.len());
        // SAFETY: the values at `args_start..len` move out of the stack
        // (its length is cut to `args_start` first, so none is dropped
        // twice) into slots that hold Null, which owns nothing; the slot
        // indexes are below `total` and distinct (checked above).
        unsafe {
            frame.stack.set_len(args_start);
            let src = frame.stack.as_ptr().add(args_start);
            std::ptr::copy_nonoverlapping(src, nf.locals.as_mut_ptr(), npos);
            for (i, &slot) in slots.iter().enumerate() {
                std::ptr::write(&mut nf.locals[slot], std::ptr::read(src.add(npos + i)));
            }
        }
        frame.stack.truncate(callee_idx);
        {
            let defaults = f.defaults.borrow();
            for i in npos..argcount {
                if matches!(nf.locals[i], Value::Null) {
                    // The defaults fill the last parameters: index from the end.
                    nf.locals[i] = defaults[ndefaults - (argcount - i)].clone();
                }
            }
        }
        if total > argcount {
            let kwdefaults = f.kwdefaults.borrow();
            if let Some(d) = kwdefaults.as_ref() {
                for i in argcount..total {
                    if matches!(nf.locals[i], Value::Null) {
                        if let Some(v) = d.get_str(&f.code.varnames[i]) {
                            nf.locals[i] = v;
                        }
                    }
                }
            }
        }
        if !f.code.cell_slots.is_empty() || !f.code.free_slots.is_empty() {
            super::call::setup_cells(&mut nf, &f);
        }
        self.frames.push(nf);
        Ok(true)
    }
}
