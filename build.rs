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
    for f in &files {
        println!("cargo:rerun-if-changed=stdlib/{}", f);
    }
}
