//! What each module imports, for [`super::VmBuilder::allow_native_modules`]:
//! allowing a module allows the native modules it needs, directly or
//! through the stdlib modules (written in weft) that it imports.
//!
//! The stdlib's imports are read from its embedded source (so a new
//! module needs nothing here); native modules that import others from
//! Rust are declared in `NATIVE_NEEDS`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Native modules every VM keeps: the interpreter and the stdlib's basic
/// machinery use them, and they grant nothing by themselves (file and
/// environment access are capabilities, checked inside `_io` and `_os`).
pub(crate) const CORE: &[&str] = &["sys", "builtins", "_weft", "_io", "_os", "gc"];

/// Native modules that import others from Rust (the stdlib's own imports
/// are read from its source, see `stdlib_imports`).
const NATIVE_NEEDS: &[(&str, &[&str])] = &[
    ("_time_ext", &["_weft"]),
    ("time", &["_time_ext"]),
    ("array", &["collections.abc"]),
];

/// What each embedded stdlib module imports, read once from its source.
fn stdlib_imports() -> &'static HashMap<String, Vec<String>> {
    static TABLE: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        for (path, source) in crate::vm::import::STDLIB_FILES {
            let stem = path.trim_end_matches(".py").replace('/', ".");
            let (name, package) = match stem.strip_suffix(".__init__") {
                Some(pkg) => (pkg.to_string(), pkg.to_string()),
                None => {
                    let pkg = stem.rsplit_once('.').map_or("", |(p, _)| p).to_string();
                    (stem.clone(), pkg)
                }
            };
            t.insert(name, imports_of(source, &package));
        }
        t
    })
}

fn needs(name: &str) -> Vec<String> {
    let mut out: Vec<String> = stdlib_imports().get(name).cloned().unwrap_or_default();
    if let Some((_, d)) = NATIVE_NEEDS.iter().find(|(n, _)| *n == name) {
        out.extend(d.iter().map(|s| s.to_string()));
    }
    out
}

/// The modules a source imports, from its `import` and `from` lines
/// (`package` resolves relative imports). Read line by line, it may list
/// more than the program imports (a line inside a string), never less:
/// allowing a little more is the safe side.
fn imports_of(source: &str, package: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("import ") {
            for part in rest.split(',') {
                let name = part.split_whitespace().next().unwrap_or("");
                out.push(name.to_string());
            }
        } else if let Some(rest) = t.strip_prefix("from ") {
            let Some((module, names)) = rest.split_once(" import ") else {
                continue;
            };
            let module = module.trim();
            let dots = module.len() - module.trim_start_matches('.').len();
            if dots == 0 {
                out.push(module.to_string());
                continue;
            }
            let mut base = package.to_string();
            for _ in 1..dots {
                base = base
                    .rsplit_once('.')
                    .map_or(String::new(), |(b, _)| b.into());
            }
            let rest = &module[dots..];
            if rest.is_empty() {
                let names = names.trim_matches(|c| c == '(' || c == ')' || c == ' ');
                for n in names.split(',') {
                    let n = n.split_whitespace().next().unwrap_or("");
                    if !n.is_empty() {
                        out.push(format!("{}.{}", base, n));
                    }
                }
            } else {
                out.push(format!("{}.{}", base, rest));
            }
        }
    }
    out
}

/// The modules `names` import, transitively, themselves and the packages
/// that contain them included (`os.path` imports `os` first).
pub(crate) fn closure(names: &[String]) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut work: Vec<String> = names.to_vec();
    while let Some(n) = work.pop() {
        if !seen.insert(n.clone()) {
            continue;
        }
        if let Some((parent, _)) = n.rsplit_once('.') {
            work.push(parent.to_string());
        }
        work.extend(needs(&n));
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_are_read_from_the_source() {
        let src = "import a, b.c as d\nfrom e import f\nfrom . import g, h\nfrom ..i import j\n    import k\n";
        assert_eq!(
            imports_of(src, "p.q"),
            ["a", "b.c", "e", "p.q.g", "p.q.h", "p.i", "k"]
        );
        // Every stdlib module is in the table.
        for (path, _) in crate::vm::import::STDLIB_FILES {
            let stem = path.trim_end_matches(".py").replace('/', ".");
            let name = stem.strip_suffix(".__init__").unwrap_or(&stem);
            assert!(stdlib_imports().contains_key(name), "{}", name);
        }
    }

    #[test]
    fn closure_follows_packages_and_stdlib_modules() {
        let c = closure(&["asyncio".to_string()]);
        for m in ["_asyncio", "_collections", "asyncio.tasks", "_weft", "sys"] {
            assert!(c.contains(m), "{} missing", m);
        }
        assert!(!c.contains("time") && !c.contains("_random"));
        let c = closure(&["os.path".to_string()]);
        assert!(c.contains("os") && c.contains("_os"));
        let c = closure(&["datetime".to_string()]);
        assert!(c.contains("_time_ext") && c.contains("_weft"));
    }
}
