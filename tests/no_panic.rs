//! The `weft` binary must never panic or die from a signal, whatever the
//! program: exceptions and SyntaxErrors are fine, a Rust panic message or
//! an abort is a bug. The inputs are the golden programs mutated with a
//! fixed seed (lines deleted, duplicated and swapped, tokens deleted,
//! duplicated and inserted) plus randomly generated expression programs.
//! Each run has a timeout, since a mutation can turn a loop infinite.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// xorshift64: a small deterministic generator so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const TIMEOUT: Duration = Duration::from_secs(10);
const MUTATED_RUNS: usize = 300;
const GENERATED_RUNS: usize = 120;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// Splits a line into identifier/number runs, whitespace runs and single
/// punctuation characters, so token-level edits keep the rest intact.
fn tokens(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_word = false;
    for c in line.chars() {
        let word = c.is_alphanumeric() || c == '_';
        let space = c.is_whitespace();
        if word && cur_word {
            cur.push(c);
            continue;
        }
        if space && cur.chars().all(char::is_whitespace) && !cur.is_empty() {
            cur.push(c);
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
        cur_word = word;
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

const INSERTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "*",
    "**",
    "-",
    "~",
    "not ",
    " and ",
    " or ",
    "lambda: ",
    "yield ",
    "await ",
    "return ",
    "del ",
    "global x",
    "nonlocal x",
    "0",
    "-1",
    "1e309",
    "10**100",
    "2**64",
    "None",
    "''",
    "\"",
    "'",
    "\\",
    "f'{",
    "}'",
    " if 0 else ",
    "__class__",
    ".__dict__",
    "super()",
    "self",
    "raise ",
    "break",
    "continue",
    "pass",
    "@",
    "async ",
    "with ",
    " as ",
    "\t",
    "    ",
    "#",
    ";",
    "=",
    "+=",
    " is ",
    " in ",
    "...",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    for _ in 0..1 + rng.below(3) {
        let n = lines.len();
        let i = rng.below(n);
        match rng.below(7) {
            0 if n > 1 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let j = rng.below(n);
                lines.swap(i, j);
            }
            3..=5 => {
                let mut t = tokens(&lines[i]);
                if t.is_empty() {
                    continue;
                }
                let k = rng.below(t.len());
                match rng.below(3) {
                    0 => {
                        t.remove(k);
                    }
                    1 => {
                        let tok = t[k].clone();
                        t.insert(k, tok);
                    }
                    _ => t.insert(k, rng.pick(INSERTS).to_string()),
                }
                lines[i] = t.concat();
            }
            _ => {
                // Indentation damage.
                let l = lines[i].trim_start().to_string();
                let pad = rng.pick(&["", " ", "  ", "    ", "        ", "\t"]);
                lines[i] = format!("{}{}", pad, l);
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn gen_expr(rng: &mut Rng, depth: usize) -> String {
    let atoms = [
        "0",
        "1",
        "-1",
        "2**63",
        "-(2**64)",
        "1.5",
        "-0.0",
        "1e308",
        "float('nan')",
        "'abc'",
        "''",
        "'é✓'",
        "b'xy'",
        "None",
        "True",
        "[]",
        "[1, 2]",
        "()",
        "(1,)",
        "{}",
        "{1: 2}",
        "{1, 2}",
        "range(3)",
        "len",
        "str",
        "object()",
        "...",
        "NotImplemented",
        "x",
        "f",
    ];
    if depth == 0 || rng.below(4) == 0 {
        return rng.pick(&atoms).to_string();
    }
    let a = gen_expr(rng, depth - 1);
    let b = gen_expr(rng, depth - 1);
    match rng.below(10) {
        0..=3 => {
            let op = rng.pick(&[
                "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==",
                "!=", ">", "in", "is", "and", "or", "@",
            ]);
            format!("({} {} {})", a, op, b)
        }
        4 => format!("({}{})", rng.pick(&["-", "+", "~", "not "]), a),
        5 => format!("{}[{}]", a, b),
        6 => format!("{}[{}:{}:{}]", a, b, gen_expr(rng, 0), gen_expr(rng, 0)),
        7 => {
            let f = rng.pick(&[
                "len",
                "str",
                "repr",
                "int",
                "float",
                "list",
                "tuple",
                "set",
                "dict",
                "sorted",
                "min",
                "max",
                "sum",
                "abs",
                "hash",
                "iter",
                "next",
                "bool",
                "format",
                "divmod",
                "pow",
                "round",
                "chr",
                "ord",
                "hex",
                "isinstance",
                "getattr",
                "zip",
                "reversed",
            ]);
            format!("{}({}, {})", f, a, b)
        }
        8 => format!(
            "{}.{}()",
            a,
            rng.pick(&[
                "pop",
                "upper",
                "split",
                "keys",
                "copy",
                "index",
                "count",
                "sort",
                "__len__",
                "__class__"
            ])
        ),
        _ => format!("f'{{{}!r:>{}}}'", a, rng.below(12)),
    }
}

fn generated_program(rng: &mut Rng) -> String {
    let mut src = String::from("x = [3, 1, 2]\ndef f(*a, **k):\n    return a\n");
    for _ in 0..1 + rng.below(6) {
        let e = gen_expr(rng, 4);
        src.push_str(&format!(
            "try:\n    print({})\nexcept Exception as e:\n    print(type(e).__name__)\n",
            e
        ));
    }
    src
}

enum Outcome {
    Fine,
    TimedOut,
    Bad(String),
}

fn run(bin: &Path, dir: &Path, src: &str) -> Outcome {
    let file = dir.join("case.py");
    if std::fs::write(&file, src).is_err() {
        return Outcome::Bad("cannot write the case file".into());
    }
    let child = Command::new(bin)
        .arg(&file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return Outcome::Bad("cannot start weft".into());
    };
    // Drain stderr on a thread so a chatty program cannot block on the pipe.
    let mut err_pipe = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut s);
        }
        String::from_utf8_lossy(&s).into_owned()
    });
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(_) => break None,
        }
    };
    let stderr = reader.join().unwrap_or_default();
    if stderr.contains("panicked at") {
        return Outcome::Bad(format!("panic:\n{}", stderr));
    }
    match status {
        None => Outcome::TimedOut,
        Some(st) if st.code().is_none() => {
            Outcome::Bad(format!("killed by a signal ({:?}):\n{}", st, stderr))
        }
        Some(_) => Outcome::Fine,
    }
}

#[test]
fn mutated_and_generated_programs_never_panic() {
    let bin = Path::new(env!("CARGO_BIN_EXE_weft"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let sources: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(
        !sources.is_empty(),
        "no golden programs found under {}",
        root.display()
    );
    let dir = std::env::temp_dir().join(format!("weft-no-panic-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");

    // WEFT_FUZZ_SEED and WEFT_FUZZ_SCALE widen the search when run by hand;
    // CI uses the fixed defaults.
    let seed = std::env::var("WEFT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x2545_f491_4f6c_dd1d);
    let scale: usize = std::env::var("WEFT_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut rng = Rng(seed | 1);
    let mut cases: Vec<String> = Vec::new();
    for _ in 0..MUTATED_RUNS * scale {
        let i = rng.below(sources.len());
        cases.push(mutate(&mut rng, &sources[i]));
    }
    for _ in 0..GENERATED_RUNS * scale {
        cases.push(generated_program(&mut rng));
    }

    let mut failures = Vec::new();
    let mut timeouts = 0;
    for (n, src) in cases.iter().enumerate() {
        match run(bin, &dir, src) {
            Outcome::Fine => {}
            Outcome::TimedOut => timeouts += 1,
            Outcome::Bad(why) => {
                failures.push(format!("case {}: {}\n--- program ---\n{}", n, why, src))
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} of {} runs failed ({} timed out):\n{}",
        failures.len(),
        cases.len(),
        timeouts,
        failures.join("\n")
    );
}
