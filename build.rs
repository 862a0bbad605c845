use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, base, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            if let Ok(rel) = p.strip_prefix(base) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// FNV-1a over the files that decide what bytecode a source compiles to
/// and how snapshots encode it: a snapshot records it, and only a weft
/// built from the same files restores it.
fn build_id(root: &Path) -> String {
    let mut files = Vec::new();
    for dir in ["src/compiler", "src/snapshot", "src/parser", "src/lexer"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            for e in rd.flatten() {
                files.push(e.path());
            }
        }
    }
    for f in [
        "src/bytecode.rs",
        "src/ast.rs",
        "src/parser.rs",
        "grammar/weft.lalrpop",
    ] {
        files.push(root.join(f));
    }
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        if let Ok(bytes) = std::fs::read(f) {
            for b in bytes {
                h ^= b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    format!("{:016x}", h)
}

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process_file("grammar/weft.lalrpop")
        .expect("lalrpop failed on grammar/weft.lalrpop");
    println!("cargo:rerun-if-changed=grammar/weft.lalrpop");

    // Embed every module under stdlib/ in the binary.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stdlib = root.join("stdlib");
    let mut files = Vec::new();
    collect(&stdlib, &stdlib, &mut files);
    let mut src = String::from("/// The embedded stdlib: (path relative to stdlib/, source).\npub static STDLIB_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let _ = writeln!(
            src,
            "    ({:?}, include_str!({:?})),",
            f,
            stdlib.join(f).to_string_lossy()
        );
    }
    src.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("stdlib_files.rs"), src).expect("write stdlib table");
    println!("cargo:rerun-if-changed=stdlib");
    println!("cargo:rustc-env=WEFT_BUILD_ID={}", build_id(root));
    for f in &files {
        println!("cargo:rerun-if-changed=stdlib/{}", f);
    }
}
