//! AST snapshots: `weft --ast` output for each `tests/frontend/ast/NAME.py`
//! must equal `NAME.ast`. The snapshots follow CPython's
//! `ast.dump(tree, indent=2)`; run with `WEFT_BLESS=1` to rewrite them.

use std::path::Path;

#[test]
fn ast_dumps_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/frontend/ast");
    let bless = std::env::var_os("WEFT_BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/frontend/ast exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for path in &cases {
        let source = std::fs::read_to_string(path).expect("readable case");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let got = match weft::parser::parse_module(&source, name) {
            Ok(m) => weft::ast_dump::dump(&m),
            Err(e) => e.render(),
        };
        let snap = path.with_extension("ast");
        if bless {
            std::fs::write(&snap, &got).expect("writable snapshot");
            continue;
        }
        let want = std::fs::read_to_string(&snap).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "--- {} differs from {}:\n{}",
                name,
                snap.display(),
                got
            ));
        }
    }
    assert!(!cases.is_empty());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
