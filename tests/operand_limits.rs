//! The compiler's operand limits, checked by running generated programs
//! too large to keep as files (the `--dis` listings of `tests/bytecode/`
//! are golden files run by tests/golden.rs).

use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

fn weft() -> Command {
    Command::new(env!("CARGO_BIN_EXE_weft"))
}

/// Run generated `source` with weft; its stdout.
fn run_source(name: &str, source: &str) -> Result<String, Failed> {
    let path =
        std::env::temp_dir().join(format!("weft-operand-{}-{}.py", name, std::process::id()));
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
    let path = std::env::temp_dir().join(format!("weft-operand-star-{}.py", std::process::id()));
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
    let trials = vec![
        Trial::test("many_attribute_names", many_attribute_names),
        Trial::test("star_unpack_limit", star_unpack_limit),
    ];
    libtest_mimic::run(&args, trials).exit();
}
