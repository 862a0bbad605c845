//! Bytecode golden tests: every `tests/bytecode/<name>.py` is compiled with
//! `weft --dis` as its own test, and the listing must equal `<name>.dis`.
//! With `WEFT_BLESS=1` the listing is written to `<name>.dis` instead (after
//! a deliberate change to the compiler or the disassembler; review the diff).
//!
//! Also here: the compiler's operand limits, checked by running generated
//! programs too large to keep as files.

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

fn weft() -> Command {
    Command::new(env!("CARGO_BIN_EXE_weft"))
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        if e.get(i) != a.get(i) {
            return format!(
                "first difference at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
                 (WEFT_BLESS=1 rewrites the .dis files)",
                i + 1,
                e.get(i),
                a.get(i)
            );
        }
    }
    "outputs differ only in trailing newlines".into()
}

fn check_listing(path: &Path) -> Result<(), Failed> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let file = path.file_name().unwrap_or_default();
    let out = weft()
        .arg("--dis")
        .arg(file)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run weft: {}", e))?;
    if !out.status.success() {
        return Err(format!(
            "weft --dis failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let actual = String::from_utf8_lossy(&out.stdout).to_string();
    let golden = path.with_extension("dis");
    if std::env::var_os("WEFT_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&golden, &actual).map_err(|e| format!("cannot write: {}", e))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&golden)
        .map_err(|e| format!("no {} ({}): run with WEFT_BLESS=1", golden.display(), e))?;
    if expected == actual {
        Ok(())
    } else {
        Err(first_difference(&expected, &actual).into())
    }
}

/// Run generated `source` with weft; its stdout.
fn run_source(name: &str, source: &str) -> Result<String, Failed> {
    let path =
        std::env::temp_dir().join(format!("weft-bytecode-{}-{}.py", name, std::process::id()));
    std::fs::write(&path, source).map_err(|e| format!("cannot write source: {}", e))?;
    let out = weft().arg(&path).output();
    let _ = std::fs::remove_file(&path);
    let out = out.map_err(|e| format!("cannot run weft: {}", e))?;
    if !out.status.success() {
        return Err(format!("weft failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}

/// More attribute names than 16 bits can number, in one code object: each
/// instruction must reach its own name (a packed 16-bit operand once
/// reached another), whether or not it still has an inline cache.
fn many_attribute_names() -> Result<(), Failed> {
    const N: usize = 70_000;
    let mut src = String::from("class O:\n    def m(self):\n        return 'm'\no = O()\n");
    for i in 0..N {
        src.push_str(&format!("o.a{i} = {i}\n"));
    }
    src.push_str("print(len(vars(o)), all(k == 'a%d' % v for k, v in vars(o).items()))\n");
    src.push_str(&format!("print(o.a0, o.a65535, o.a65536, o.a{})\n", N - 1));
    // A function whose names fill 16 bits with globals first (never
    // loaded), so that its attribute ops have names past 16 bits but
    // inline caches still free: loaded and stored through a local.
    src.push_str("def f(o):\n    if o is None:\n");
    for i in 0..N {
        src.push_str(&format!("        g{i}\n"));
    }
    src.push_str("    o.x = 5\n    o.x += 1\n    return o.x, o.m(), o.a65537\n");
    src.push_str("print(f(o))\n");
    let got = run_source("names", &src)?;
    let want = format!("{N} True\n0 65535 65536 {}\n(6, 'm', 65537)\n", N - 1);
    if got == want {
        Ok(())
    } else {
        Err(format!("expected {:?}, got {:?}", want, got).into())
    }
}

/// `a, *b = ...` with more targets before the star than CPython allows is
/// its SyntaxError, not a wrapped count.
fn star_unpack_limit() -> Result<(), Failed> {
    let names: Vec<String> = (0..256).map(|i| format!("a{i}")).collect();
    let src = format!("{}, *b = range(300)\n", names.join(", "));
    let path = std::env::temp_dir().join(format!("weft-bytecode-star-{}.py", std::process::id()));
    std::fs::write(&path, &src).map_err(|e| format!("cannot write source: {}", e))?;
    let out = weft().arg(&path).output();
    let _ = std::fs::remove_file(&path);
    let out = out.map_err(|e| format!("cannot run weft: {}", e))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    if !out.status.success()
        && last == "SyntaxError: too many expressions in star-unpacking assignment"
    {
        Ok(())
    } else {
        Err(format!("unexpected result; stderr:\n{}", stderr).into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bytecode");
    let mut trials: Vec<Trial> = sources(&root)
        .into_iter()
        .map(|p| {
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            Trial::test(format!("dis::{}", name), move || check_listing(&p))
        })
        .collect();
    trials.push(Trial::test(
        "limits::many_attribute_names",
        many_attribute_names,
    ));
    trials.push(Trial::test("limits::star_unpack_limit", star_unpack_limit));
    libtest_mimic::run(&args, trials).exit();
}
