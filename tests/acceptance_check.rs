//! `weft --check` over the shared acceptance programs and benchmarks, when
//! `../shared` sits beside the repository (skipped quietly otherwise, so a
//! fresh clone passes on its own): every file parses cleanly, except the
//! `err_` programs whose `.err` names a SyntaxError, which must fail with
//! exactly that last line.

use std::path::Path;
use std::process::Command;

#[test]
fn check_accepts_the_shared_programs() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.is_dir() {
        return;
    }
    let mut failures = Vec::new();
    let mut count = 0;
    for sub in ["conformance", "bench"] {
        let Ok(entries) = std::fs::read_dir(shared.join(sub)) else {
            continue;
        };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        for path in files {
            count += 1;
            let out = Command::new(env!("CARGO_BIN_EXE_weft"))
                .arg("--check")
                .arg(&path)
                .output()
                .expect("weft runs");
            let stderr = String::from_utf8_lossy(&out.stderr);
            let expected_err = std::fs::read_to_string(path.with_extension("err"))
                .ok()
                .map(|s| s.trim_end().to_string())
                .filter(|s| {
                    s.starts_with("SyntaxError")
                        || s.starts_with("IndentationError")
                        || s.starts_with("TabError")
                });
            let ok = match &expected_err {
                Some(last) => {
                    out.status.code() == Some(1)
                        && stderr.trim_end().lines().last() == Some(last.as_str())
                }
                None => out.status.success() && out.stdout.is_empty() && out.stderr.is_empty(),
            };
            if !ok {
                failures.push(format!(
                    "{}: status {:?}\n{}",
                    path.display(),
                    out.status.code(),
                    stderr
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files:\n{}",
        failures.len(),
        count,
        failures.join("\n")
    );
}
