//! Tab completion: keywords, names in scope, and `obj.` attributes. The
//! editor runs on the input thread; candidates are computed on the VM's
//! thread through a [`LoopHandle`] job.

use std::sync::mpsc;
use std::time::Duration;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;

use crate::{LoopHandle, Value, Vm};

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The rustyline helper: completion only.
pub struct ReplHelper {
    pub handle: LoopHandle,
}

fn is_dotted_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|p| {
            let mut cs = p.chars();
            matches!(cs.next(), Some(c) if c.is_alphabetic() || c == '_')
                && cs.all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// Completions of `word` (an identifier or `dotted.name.partial`).
pub fn candidates(vm: &mut Vm, word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some((base, partial)) = word.rsplit_once('.') {
        if !is_dotted_name(base) {
            return out;
        }
        let Ok(obj) = vm.eval::<Value>(base) else {
            return out;
        };
        let Ok(names) = vm.call::<Vec<String>>("dir", (obj,)) else {
            return out;
        };
        for n in names {
            if n.starts_with(partial) && (partial.starts_with('_') || !n.starts_with('_')) {
                out.push(format!("{}.{}", base, n));
            }
        }
    } else {
        let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
        names.extend(vm.global_names());
        if let Ok(b) = vm.eval::<Vec<String>>("list(__builtins__)") {
            names.extend(b);
        }
        for n in names {
            if n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')) {
                out.push(n);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = before[start..].to_string();
        let (tx, rx) = mpsc::channel();
        let job = self.handle.call_soon_threadsafe(move |vm| {
            let _ = tx.send(candidates(vm, &word));
            Ok(())
        });
        if job.is_err() {
            return Ok((start, Vec::new()));
        }
        let found = rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
        Ok((start, found))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl rustyline::Helper for ReplHelper {}
