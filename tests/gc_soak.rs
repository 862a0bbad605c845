//! The soak program (tests/soak/tasks.py): a million short-lived tasks
//! with timeouts, cancellations, exceptions and self-referencing cycles.
//! Memory is bounded if the peak after all of them stays within 1.2x of
//! the peak after the first tenth. Runs on the simulated clock, so the
//! timeouts cost no waiting.

use std::process::Command;

fn field(out: &str, name: &str) -> u64 {
    out.lines()
        .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {} in output:\n{}", name, out))
}

#[test]
fn a_million_tasks_run_in_bounded_memory() {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["--virtual-time", "tests/soak/tasks.py"])
        .output()
        .expect("weft runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with(
        "tasks 1000000 {'ok': 400000, 'timeout': 200000, 'error': 200000, 'cancelled': 200000}\n"
    ));
    let first = field(&stdout, "peak_kb_first");
    let end = field(&stdout, "peak_kb_end");
    println!(
        "peak RSS after 100,000 tasks: {} KiB; after 1,000,000: {} KiB",
        first, end
    );
    assert!(
        end * 10 <= first * 12,
        "peak RSS grew from {} KiB to {} KiB",
        first,
        end
    );
}

/// Cyclic garbage that reached the oldest generation is collected too: the
/// oldest generation is collected once the objects promoted into it since
/// its last collection outnumber those that survived it.
#[test]
fn cycles_promoted_before_dying_are_collected() {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("tests/soak/old_cycles.py")
        .output()
        .expect("weft runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("rounds 300\n"));
    let first = field(&stdout, "peak_kb_first");
    let end = field(&stdout, "peak_kb_end");
    println!(
        "peak RSS after 30 rounds: {} KiB; after 300: {} KiB",
        first, end
    );
    assert!(
        end * 10 <= first * 15,
        "peak RSS grew from {} KiB to {} KiB",
        first,
        end
    );
}
