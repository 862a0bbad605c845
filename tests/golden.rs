//! Every golden file in the repository, one test each, through the `weft`
//! binary. A suite is a folder and the kind of expected file beside each
//! `NAME.py`:
//!
//! | folder                | expected          | compared with                        |
//! |-----------------------|-------------------|--------------------------------------|
//! | `tests/programs/**`   | `NAME.out` (+ `NAME.err`) | stdout; the last stderr line and a failing status |
//! | `tests/tracebacks`    | `NAME.stderr`     | all of stderr, status 1              |
//! | `tests/syntax_errors` | `NAME.stderr`     | all of stderr, status 1              |
//! | `tests/frontend/ast`  | `NAME.ast`        | `weft --ast NAME.py`                 |
//! | `tests/bytecode`      | `NAME.dis`        | `weft --dis NAME.py`                 |
//!
//! `.out`, `.err` and `.stderr` are what CPython 3.11 prints:
//! `tests/regen-expected` rewrites them from `python3`. `.ast` and `.dis` are
//! weft's own formats: `WEFT_BLESS=1 cargo test --test golden` rewrites them
//! from weft's current output. Every program runs from its own folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

#[derive(Clone, Copy)]
enum Kind {
    /// stdout against `.out`; `.err`, when present, is the last stderr line
    /// of a program that must fail.
    Program,
    /// All of stderr against `.stderr`, exit status 1.
    Stderr,
    /// `weft <flag> NAME.py` stdout against the expected file; blessable.
    Dump(&'static str, &'static str),
}

struct Suite {
    name: &'static str,
    dir: &'static str,
    kind: Kind,
}

const SUITES: &[Suite] = &[
    Suite {
        name: "programs",
        dir: "tests/programs",
        kind: Kind::Program,
    },
    Suite {
        name: "tracebacks",
        dir: "tests/tracebacks",
        kind: Kind::Stderr,
    },
    Suite {
        name: "syntax_errors",
        dir: "tests/syntax_errors",
        kind: Kind::Stderr,
    },
    Suite {
        name: "ast",
        dir: "tests/frontend/ast",
        kind: Kind::Dump("--ast", "ast"),
    },
    Suite {
        name: "bytecode",
        dir: "tests/bytecode",
        kind: Kind::Dump("--dis", "dis"),
    },
];

fn expected_ext(kind: Kind) -> &'static str {
    match kind {
        Kind::Program => "out",
        Kind::Stderr => "stderr",
        Kind::Dump(_, ext) => ext,
    }
}

/// The `.py` files under `dir` that have their expected file (a dump suite
/// takes every `.py`, so a new case can be blessed into existence).
fn collect(dir: &Path, kind: Kind, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, kind, out);
        } else if p.extension().is_some_and(|e| e == "py")
            && (matches!(kind, Kind::Dump(..)) || p.with_extension(expected_ext(kind)).exists())
        {
            out.push(p);
        }
    }
}

/// Runs weft on one file from its folder; a hung program fails its test
/// instead of hanging the suite.
fn run_weft(path: &Path, flag: Option<&str>) -> Result<Output, Failed> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    if let Some(flag) = flag {
        cmd.arg(flag);
    }
    let mut child = cmd
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Failed::from(format!("cannot start weft: {}", e)))?;
    // Pipes are drained by threads so a program writing more than a pipe
    // buffer cannot block before the deadline is checked.
    let mut so = child.stdout.take().expect("piped stdout");
    let mut se = child.stderr.take().expect("piped stderr");
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut so, &mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut se, &mut v);
        v
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("timed out after 60 s".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {}", e).into()),
        }
    };
    // weft names the main script by its absolute path, as CPython does;
    // the goldens name it as it was run (tests/regen-expected strips the
    // folder from CPython's reports the same way).
    let stderr = t_err.join().unwrap_or_default();
    let abs_dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let prefix = format!("\"{}/", abs_dir.to_string_lossy());
    let stderr = String::from_utf8_lossy(&stderr)
        .replace(&prefix, "\"")
        .into_bytes();
    Ok(Output {
        status,
        stdout: t_out.join().unwrap_or_default(),
        stderr,
    })
}

/// The first lines where two texts differ.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "line {}:\n  expected: {:?}\n  actual:   {:?}\n",
                i + 1,
                x,
                y
            ));
            shown += 1;
            if shown >= 8 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    if out.is_empty() && expected != actual {
        out.push_str("outputs differ only in trailing newlines\n");
    }
    out
}

fn check_program(path: &Path) -> Result<(), Failed> {
    let out = run_weft(path, None)?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let mut problems = String::new();
    if stderr.contains("panicked at") {
        problems.push_str(&format!("weft panicked:\n{}\n", stderr));
    }
    if stdout != expected {
        problems.push_str(&format!("stdout differs:\n{}", diff(&expected, &stdout)));
    }
    let err_file = path.with_extension("err");
    if err_file.exists() {
        let want = std::fs::read_to_string(&err_file).unwrap_or_default();
        let want = want.trim_end();
        let got = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        if got != want {
            problems.push_str(&format!(
                "last stderr line differs:\n  expected: {:?}\n  actual:   {:?}\n",
                want, got
            ));
        }
        if out.status.success() {
            problems.push_str("expected a non-zero exit status\n");
        }
    } else if !out.status.success() {
        problems.push_str(&format!(
            "exit status {:?}; stderr:\n{}\n",
            out.status.code(),
            stderr
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.into())
    }
}

fn check_stderr(path: &Path) -> Result<(), Failed> {
    let out = run_weft(path, None)?;
    let got = String::from_utf8_lossy(&out.stderr);
    let want = std::fs::read_to_string(path.with_extension("stderr")).unwrap_or_default();
    let mut problems = String::new();
    if got != want {
        problems.push_str(&format!("stderr differs:\n{}", diff(&want, &got)));
    }
    if out.status.code() != Some(1) {
        problems.push_str(&format!("exit status {:?}, not 1\n", out.status.code()));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.into())
    }
}

fn check_dump(path: &Path, flag: &str, ext: &str, bless: bool) -> Result<(), Failed> {
    let out = run_weft(path, Some(flag))?;
    let mut got = String::from_utf8_lossy(&out.stdout).to_string();
    // A case that fails to parse or compile records its error instead.
    got.push_str(&String::from_utf8_lossy(&out.stderr));
    let file = path.with_extension(ext);
    if bless {
        std::fs::write(&file, &got).map_err(|e| format!("cannot bless: {}", e))?;
        return Ok(());
    }
    let want = std::fs::read_to_string(&file).unwrap_or_default();
    if got == want {
        Ok(())
    } else {
        Err(format!(
            "{} differs (WEFT_BLESS=1 rewrites it):\n{}",
            file.display(),
            diff(&want, &got)
        )
        .into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("WEFT_BLESS").is_some();
    let mut trials = Vec::new();
    for suite in SUITES {
        let dir = root.join(suite.dir);
        let mut files = Vec::new();
        collect(&dir, suite.kind, &mut files);
        for p in files {
            let rel = p
                .strip_prefix(&dir)
                .map(|r| r.with_extension("").to_string_lossy().replace('/', "::"))
                .unwrap_or_default();
            let name = format!("{}::{}", suite.name, rel);
            let kind = suite.kind;
            trials.push(Trial::test(name, move || match kind {
                Kind::Program => check_program(&p),
                Kind::Stderr => check_stderr(&p),
                Kind::Dump(flag, ext) => check_dump(&p, flag, ext, bless),
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
