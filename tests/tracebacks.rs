//! Full stderr of uncaught exceptions: each `tests/tracebacks/NAME.py` run
//! from its directory must print exactly `NAME.stderr` (CPython 3.11's
//! output with the script's directory prefix removed): frames, source
//! lines, carets, chained exceptions and collapsed recursion.

use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn tracebacks_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/tracebacks exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for path in &cases {
        let Some(name) = path.file_name() else {
            continue;
        };
        let want = std::fs::read_to_string(path.with_extension("stderr")).unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg(name)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .expect("weft runs");
        let got = String::from_utf8_lossy(&out.stderr);
        if got != want || out.status.code() != Some(1) {
            failures.push(format!(
                "{}: status {:?}\n--- expected ---\n{}--- got ---\n{}",
                name.to_string_lossy(),
                out.status.code(),
                want,
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
