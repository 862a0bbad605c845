//! Mutated snapshots (bit flips, truncations, overwritten and inserted
//! bytes) must be rejected with an error or restore into something that
//! runs safely: never a panic, never an abort.

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
    b
}

#[test]
fn mutated_snapshots_never_panic() {
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
