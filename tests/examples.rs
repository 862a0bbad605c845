//! The Python 3.6 asyncio documentation examples in examples/: each runs
//! with `weft examples/NAME.py` and prints what the documentation shows.
//! Only the shape of the output is checked, not the timing; each is also
//! run on virtual time, where it must print the same.

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("weft runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?} failed: {}", args, stderr);
    assert!(stderr.is_empty(), "{:?} wrote to stderr: {}", args, stderr);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Run an example normally and on virtual time; both must print `expected`.
fn check(name: &str, expected: &str) {
    let path = format!("examples/{}.py", name);
    assert_eq!(run(&[&path]), expected, "{}", name);
    assert_eq!(
        run(&["--virtual-time", &path]),
        expected,
        "{} (virtual time)",
        name
    );
}

#[test]
fn hello_world() {
    check("hello_world", "Hello World!\n");
}

#[test]
fn compute_chain() {
    check("compute_chain", "Compute 1 + 2 ...\n1 + 2 = 3\n");
}

#[test]
fn future_until_complete() {
    check("future_until_complete", "Future is done!\n");
}

#[test]
fn future_run_forever() {
    check("future_run_forever", "Future is done!\n");
}

#[test]
fn parallel_tasks() {
    check(
        "parallel_tasks",
        "Task A: Compute factorial(2)...\n\
         Task B: Compute factorial(2)...\n\
         Task C: Compute factorial(2)...\n\
         Task A: factorial(2) = 2\n\
         Task B: Compute factorial(3)...\n\
         Task C: Compute factorial(3)...\n\
         Task B: factorial(3) = 6\n\
         Task C: Compute factorial(4)...\n\
         Task C: factorial(4) = 24\n",
    );
}

/// `YYYY-MM-DD HH:MM:SS.ffffff`, as `print(datetime.datetime.now())` shows it.
fn is_timestamp(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() != 26 {
        return false;
    }
    b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        10 => *c == b' ',
        13 | 16 => *c == b':',
        19 => *c == b'.',
        _ => c.is_ascii_digit(),
    })
}

#[test]
fn display_date() {
    for args in [
        &["examples/display_date.py"][..],
        &["--virtual-time", "examples/display_date.py"][..],
    ] {
        let out = run(args);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5, "{:?}: {}", args, out);
        assert!(lines.iter().all(|l| is_timestamp(l)), "{:?}: {}", args, out);
        // Same-format timestamps order as strings.
        assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{}", out);
    }
}
