//! Golden-program tests: every `tests/programs/<topic>/<name>.py` runs as
//! its own test with the `weft` binary. `<name>.out` is the expected stdout
//! (byte for byte); `<name>.err`, when present, is the expected last
//! non-empty line of stderr and the program must exit non-zero.
//! Expected files come from `python3` wherever CPython can run the program.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let n = e.len().max(a.len());
    let mut shown = 0;
    for i in 0..n {
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

fn run_one(path: &Path) -> Result<(), Failed> {
    let bin = env!("CARGO_BIN_EXE_weft");
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut child = Command::new(bin)
        .arg(&name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Failed::from(format!("cannot start weft: {}", e)))?;
    // A hung program fails the test instead of hanging the suite.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) => {
                if std::time::Instant::now() > deadline {
                    let _ = child.kill();
                    return Err("timed out after 60 s".into());
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {}", e).into()),
        }
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Failed::from(format!("cannot read output: {}", e)))?;
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
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

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let trials: Vec<Trial> = files
        .into_iter()
        .map(|p| {
            let name = p
                .strip_prefix(&root)
                .map(|r| r.with_extension("").to_string_lossy().replace('/', "::"))
                .unwrap_or_default();
            Trial::test(name, move || run_one(&p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
