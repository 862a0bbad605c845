//! Golden syntax errors: every `tests/syntax_errors/NAME.py` must fail to
//! parse with exactly the text in `NAME.expected`, which is what
//! `python3 NAME.py` prints on stderr (run from that directory).

use std::path::Path;

#[test]
fn syntax_errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/syntax_errors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for path in &cases {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let bytes = std::fs::read(path).expect("readable case");
        let source = String::from_utf8_lossy(&bytes);
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .expect("an .expected file beside each case");
        let got = match weft::parser::parse_module(&source, name) {
            Ok(_) => "(parsed without error)\n".to_string(),
            Err(e) => e.render(),
        };
        if got != expected {
            failures.push(format!(
                "--- {}\nexpected:\n{}got:\n{}",
                name, expected, got
            ));
        }
    }
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
