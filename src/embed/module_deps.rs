//! What each module imports, for [`super::VmBuilder::allow_native_modules`]:
//! allowing a module allows the native modules it needs, directly or
//! through the stdlib modules (written in weft) that it imports.
//!
//! The table is declared here rather than discovered at run time; a test
//! checks it against the import statements of the embedded stdlib, so it
//! cannot fall behind.

use std::collections::HashSet;

/// Native modules every VM keeps: the interpreter and the stdlib's basic
/// machinery use them, and they grant nothing by themselves (file and
/// environment access are capabilities, checked inside `_io` and `_os`).
pub(crate) const CORE: &[&str] = &["sys", "_weft", "_io", "_os", "gc"];

/// Each module with what it imports (stdlib or native), anywhere in its
/// source, lazily inside functions included. Native modules that import
/// others from Rust are listed too (`time` builds on `_time_ext`).
pub(crate) const NEEDS: &[(&str, &[&str])] = &[
    ("_time_ext", &["_weft"]),
    ("time", &["_time_ext"]),
    (
        "asyncio",
        &[
            "_asyncio",
            "asyncio.coroutines",
            "asyncio.events",
            "asyncio.exceptions",
            "asyncio.futures",
            "asyncio.locks",
            "asyncio.queues",
            "asyncio.taskgroups",
            "asyncio.tasks",
            "asyncio.timeouts",
        ],
    ),
    ("asyncio.coroutines", &["_asyncio", "functools", "inspect"]),
    ("asyncio.events", &["_asyncio"]),
    ("asyncio.exceptions", &[]),
    (
        "asyncio.futures",
        &["_asyncio", "asyncio.exceptions", "concurrent.futures"],
    ),
    (
        "asyncio.locks",
        &["_asyncio", "_collections", "asyncio.exceptions"],
    ),
    (
        "asyncio.queues",
        &["_asyncio", "_collections", "asyncio.locks", "heapq"],
    ),
    ("asyncio.taskgroups", &["_asyncio", "asyncio.exceptions"]),
    (
        "asyncio.tasks",
        &[
            "_asyncio",
            "asyncio.exceptions",
            "asyncio.futures",
            "asyncio.queues",
            "concurrent.futures",
        ],
    ),
    ("asyncio.timeouts", &["_asyncio", "asyncio.exceptions"]),
    ("abc", &[]),
    ("bisect", &[]),
    ("collections", &["_collections", "sys"]),
    ("collections.abc", &["abc", "sys"]),
    ("concurrent", &[]),
    ("concurrent.futures", &["_asyncio", "traceback"]),
    ("contextlib", &["collections", "functools", "sys"]),
    ("copy", &[]),
    ("dataclasses", &["copy", "sys"]),
    ("datetime", &["_time_ext", "_weft", "time"]),
    ("enum", &["sys"]),
    ("functools", &[]),
    ("heapq", &[]),
    ("inspect", &[]),
    ("io", &[]),
    ("itertools", &["sys"]),
    ("json", &["_json"]),
    ("operator", &[]),
    ("os", &["_os", "sys"]),
    ("os.path", &["_os", "os"]),
    ("pprint", &["sys"]),
    ("random", &["_random", "bisect", "itertools", "math"]),
    ("string", &[]),
    ("threading", &["_asyncio", "sys", "traceback"]),
    ("traceback", &["_weft", "sys"]),
    ("types", &["_weft"]),
    ("typing", &["collections", "collections.abc"]),
    ("warnings", &["sys"]),
    ("weakref", &[]),
];

fn needs(name: &str) -> &'static [&'static str] {
    NEEDS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[], |(_, d)| *d)
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
        work.extend(needs(&n).iter().map(|d| d.to_string()));
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modules a source imports, from its `import` and `from` lines
    /// (`package` resolves relative imports).
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

    #[test]
    fn the_table_covers_every_import_of_the_stdlib() {
        for (path, source) in crate::vm::import::STDLIB_FILES {
            let stem = path.trim_end_matches(".py").replace('/', ".");
            let (name, package) = match stem.strip_suffix(".__init__") {
                Some(pkg) => (pkg.to_string(), pkg.to_string()),
                None => {
                    let pkg = stem.rsplit_once('.').map_or("", |(p, _)| p).to_string();
                    (stem.clone(), pkg)
                }
            };
            let declared = NEEDS.iter().find(|(n, _)| *n == name);
            let Some((_, declared)) = declared else {
                panic!("stdlib module {} is missing from NEEDS", name);
            };
            for m in imports_of(source, &package) {
                if m == name {
                    continue;
                }
                assert!(
                    declared.contains(&m.as_str()),
                    "{} imports {}, which NEEDS does not list",
                    name,
                    m
                );
            }
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
    }
}
