//! Damaged snapshots (flipped bits, truncated or extended files) are
//! always refused as damaged, before anything in them is used, by the
//! library and by `weft --resume`. Snapshots whose contents were altered
//! and whose checksum was then recomputed (what a hostile file can do)
//! must be rejected with an error or restore into something that runs
//! safely: never a panic, never an abort.

use std::process::{Command, Stdio};

use weft::SnapshotError;
use weft::{ErrorKind, Vm};

const PROGRAM: &str = r#"
import asyncio

class Box:
    def __init__(self, v):
        self.v = v
        self.me = self
    def __repr__(self):
        return f"Box({self.v!r})"

shared = [1, 2.5, "three", b"four", (5, 6), {7: "seven"}, {8, 9}, frozenset({10}), 2**70, None]
shared.append(shared)
boxes = {Box(i): i for i in range(3)}

def gen(n):
    total = 0
    for i in range(n):
        got = yield i
        total += got or 0
    return total

g = gen(5)
next(g)

async def worker(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        await asyncio.sleep(0.5)
        print(name, item, shared[2])
        q.task_done()

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.ensure_future(worker(q, f"w{i}")) for i in range(3)]
    for i in range(6):
        q.put_nowait(i)
    for _ in tasks:
        q.put_nowait(None)
    return await asyncio.gather(*tasks)

fut = asyncio.get_event_loop().create_task(main())
"#;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn base_snapshot() -> Vec<u8> {
    let mut vm = Vm::builder().capture_output().virtual_time(true).build();
    vm.run(PROGRAM, "fuzzed.py").expect("program runs");
    for _ in 0..3 {
        vm.run_once().expect("loop iteration");
    }
    vm.snapshot().expect("snapshot")
}

/// Give altered contents a length and checksum that match them again, as
/// the envelope (`src/snapshot/seal.rs`) lays them out: the length at
/// bytes 8..16, a CRC-64/XZ of the rest as the last 8 bytes.
fn reseal(b: &mut Vec<u8>) {
    if b.len() < 24 {
        return;
    }
    b.truncate(b.len() - 8);
    let len = (b.len() as u64 + 8).to_le_bytes();
    b[8..16].copy_from_slice(&len);
    let mut d = crc64fast::Digest::new();
    d.write(b);
    b.extend_from_slice(&d.sum64().to_le_bytes());
}

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut b = base.to_vec();
    let edits = 1 + rng.below(4);
    for _ in 0..edits {
        if b.is_empty() {
            break;
        }
        // Past the header most of the time, where the interesting parts are.
        let at = if rng.below(8) == 0 {
            rng.below(b.len())
        } else {
            64.min(b.len() - 1) + rng.below(b.len().saturating_sub(64).max(1))
        };
        let at = at.min(b.len() - 1);
        match rng.below(6) {
            0 => b[at] ^= 1 << rng.below(8),
            1 => b[at] = rng.next() as u8,
            2 => b.truncate(at),
            3 => b.insert(at, rng.next() as u8),
            4 => {
                b.remove(at);
            }
            _ => {
                let v = [0u8, 0x7f, 0x80, 0xff][rng.below(4)];
                b[at] = v;
            }
        }
    }
    reseal(&mut b);
    b
}

#[test]
fn resealed_mutated_snapshots_never_panic() {
    let base = base_snapshot();
    // The unmutated snapshot restores and finishes.
    let mut vm = Vm::builder()
        .capture_output()
        .virtual_time(true)
        .restore(&base)
        .expect("restore");
    vm.run(
        "print(asyncio.get_event_loop().run_until_complete(fut))",
        "after.py",
    )
    .expect("program finishes");
    assert!(vm.take_stdout().ends_with("['w0', 'w1', 'w2']\n"));

    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut restored = 0;
    for i in 0..1500 {
        let bytes = mutate(&mut rng, &base);
        let r = Vm::builder()
            .capture_output()
            .virtual_time(true)
            .instruction_budget(200_000)
            .restore(&bytes);
        match r {
            Ok(mut vm) => {
                restored += 1;
                let r = vm.run(
                    "asyncio.get_event_loop().run_until_complete(fut)\nnext(g)\nrepr(shared)",
                    "after.py",
                );
                if let Err(e) = r {
                    assert_ne!(
                        e.kind(),
                        &ErrorKind::Internal,
                        "mutation {} panicked while running: {}",
                        i,
                        e.message()
                    );
                }
            }
            Err(e) => assert!(
                matches!(e.kind(), ErrorKind::Snapshot(_)),
                "mutation {}: unexpected error {:?}",
                i,
                e
            ),
        }
    }
    // Some mutations (in string contents, numbers) still restore.
    assert!(restored > 0);
}

fn assert_damaged(bytes: &[u8], what: &str) {
    match Vm::builder().capture_output().restore(bytes) {
        Ok(_) => panic!("{}: a damaged snapshot was restored", what),
        Err(e) => assert!(
            matches!(e.kind(), ErrorKind::Snapshot(SnapshotError::Damaged(_)))
                && e.message().starts_with("snapshot is damaged ("),
            "{}: refused, but not as damaged: {:?}",
            what,
            e
        ),
    }
}

#[test]
fn every_snapshot_with_one_to_three_flipped_bits_is_refused_as_damaged() {
    let base = base_snapshot();
    assert!(Vm::builder()
        .capture_output()
        .virtual_time(true)
        .restore(&base)
        .is_ok());
    let bits = base.len() * 8;
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for i in 0..300 {
        let mut b = base.clone();
        let mut flipped: Vec<usize> = Vec::new();
        let n = 1 + i % 3;
        while flipped.len() < n {
            // Anywhere: the head and the checksum itself included.
            let bit = rng.below(bits);
            if !flipped.contains(&bit) {
                flipped.push(bit);
                b[bit / 8] ^= 1 << (bit % 8);
            }
        }
        assert_damaged(&b, &format!("bits {:?} of {} flipped", flipped, bits));
    }
    // Each bit of the head and of the checksum, where a damaged magic,
    // length, format or version could otherwise be taken at its word.
    for bit in (0..24 * 8).chain(bits - 64..bits) {
        let mut b = base.clone();
        b[bit / 8] ^= 1 << (bit % 8);
        assert_damaged(&b, &format!("bit {} flipped", bit));
    }
}

#[test]
fn every_truncated_or_extended_snapshot_is_refused_as_damaged() {
    let base = base_snapshot();
    let mut rng = Rng(0xd1b5_4a32_d192_ed03);
    let mut cuts: Vec<usize> = vec![0, 1, 7, 8, 15, 16, 23, 24, base.len() - 8, base.len() - 1];
    cuts.extend((0..150).map(|_| rng.below(base.len())));
    for n in cuts {
        assert_damaged(&base[..n], &format!("truncated to {} bytes", n));
    }
    for i in 0..150 {
        let mut b = base.clone();
        let extra = 1 + rng.below(if i % 2 == 0 { 8 } else { 4096 });
        b.extend((0..extra).map(|_| rng.next() as u8));
        assert_damaged(&b, &format!("{} bytes appended", extra));
    }
    // Two snapshots in one file (a file written twice without truncating).
    assert_damaged(&[base.clone(), base.clone()].concat(), "written twice");
    let mut zeros = base.clone();
    zeros.resize(base.len() + 4096, 0);
    assert_damaged(&zeros, "padded with zeros");
}

fn weft(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("weft runs")
}

#[test]
fn the_command_line_refuses_a_damaged_snapshot_and_runs_nothing() {
    let dir = std::env::temp_dir();
    let id = std::process::id();
    let script = dir.join(format!("weft-damaged-{}.py", id));
    let good = dir.join(format!("weft-damaged-{}-good.bin", id));
    let bad = dir.join(format!("weft-damaged-{}-bad.bin", id));
    let short = dir.join(format!("weft-damaged-{}-short.bin", id));
    std::fs::write(
        &script,
        "import asyncio\n\
         async def main():\n    print('before')\n    await asyncio.sleep(3600)\n    print('after')\n\
         asyncio.run(main())\n",
    )
    .expect("script written");
    let s = |p: &std::path::Path| p.to_string_lossy().to_string();
    let first = weft(&[
        "--virtual-time",
        "--snapshot-on-idle",
        &s(&good),
        &s(&script),
    ]);
    assert_eq!(String::from_utf8_lossy(&first.stdout), "before\n");
    let bytes = std::fs::read(&good).expect("snapshot written");
    let mut flipped = bytes.clone();
    let at = bytes.len() / 2;
    flipped[at] ^= 0x10;
    std::fs::write(&bad, &flipped).expect("damaged copy written");
    std::fs::write(&short, &bytes[..bytes.len() - 100]).expect("truncated copy written");

    let out = weft(&["--virtual-time", "--resume", &s(&bad)]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{}", err);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        err,
        format!(
            "weft: can't resume '{}': snapshot is damaged (checksum mismatch)\n",
            s(&bad)
        )
    );

    let out = weft(&["--virtual-time", "--resume", &s(&short)]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{}", err);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        err,
        format!(
            "weft: can't resume '{}': snapshot is damaged (truncated: {} bytes where {} were written)\n",
            s(&short),
            bytes.len() - 100,
            bytes.len()
        )
    );

    // The undamaged file resumes: the damage alone was refused.
    let out = weft(&["--virtual-time", "--resume", &s(&good)]);
    for p in [&script, &good, &bad, &short] {
        let _ = std::fs::remove_file(p);
    }
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "after\n");
}
