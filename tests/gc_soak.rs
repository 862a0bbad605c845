//! Soak programs whose memory must stay bounded; each prints its peak RSS
//! after the first tenth of its work (`peak_kb_first`) and at the end
//! (`peak_kb_end`).
//!
//! tests/soak/tasks.py: a million short-lived tasks with timeouts,
//! cancellations, exceptions and self-referencing cycles, on the simulated
//! clock so the timeouts cost no waiting. tests/soak/old_cycles.py: cycles
//! that are promoted to the oldest generation before they become garbage.

use std::process::Command;

fn field(out: &str, name: &str) -> u64 {
    out.lines()
        .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {} in output:\n{}", name, out))
}

/// Run weft with `args`, check it succeeded and printed `header` first,
/// and return the two peaks (KiB).
fn peaks(args: &[&str], header: &str) -> (u64, u64) {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .output()
        .expect("weft runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with(header), "{}", stdout);
    (
        field(&stdout, "peak_kb_first"),
        field(&stdout, "peak_kb_end"),
    )
}

#[test]
fn a_million_tasks_run_in_bounded_memory() {
    let (first, end) = peaks(
        &["--virtual-time", "tests/soak/tasks.py"],
        "tasks 1000000 {'ok': 400000, 'timeout': 200000, 'error': 200000, 'cancelled': 200000}\n",
    );
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
/// its last collection outnumber those that survived it (twice over only
/// after a full collection that found little garbage).
#[test]
fn cycles_promoted_before_dying_are_collected() {
    let (first, end) = peaks(&["tests/soak/old_cycles.py"], "rounds 300\n");
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
