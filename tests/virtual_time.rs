//! `weft --virtual-time FILE`: the event loop runs on a simulated clock, so
//! a program that sleeps for hours finishes at once with the same output.

use std::process::Command;
use std::time::{Duration, Instant};

const PROGRAM: &str = r#"
import asyncio

async def sleeper(name, hours):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(hours * 3600)
    print(name, "slept", round((loop.time() - start) / 3600, 3), "hours")
    return name

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(5400, print, "timer at 1.5 hours")
    done = await asyncio.gather(sleeper("c", 3), sleeper("a", 1), sleeper("b", 2))
    print(done)
    try:
        await asyncio.wait_for(asyncio.sleep(86400), timeout=7200)
    except TimeoutError:
        print("timed out after", round((loop.time() - t0) / 3600, 3), "hours")
    async with asyncio.timeout(60):
        await asyncio.sleep(59)
    print("total", round((loop.time() - t0) / 3600, 3), "hours")

asyncio.run(main())
"#;

const EXPECTED: &str = "a slept 1.0 hours\n\
                        timer at 1.5 hours\n\
                        b slept 2.0 hours\n\
                        c slept 3.0 hours\n\
                        ['c', 'a', 'b']\n\
                        timed out after 5.0 hours\n\
                        total 5.016 hours\n";

#[test]
fn hours_of_sleep_finish_at_once() {
    let dir = std::env::temp_dir().join(format!("weft-vt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("sleepy.py");
    std::fs::write(&file, PROGRAM).expect("write program");
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("--virtual-time")
        .arg(&file)
        .output()
        .expect("weft runs");
    let elapsed = start.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED);
    assert!(elapsed < Duration::from_secs(10), "took {:?}", elapsed);
}

#[test]
fn virtual_clock_starts_at_zero_and_only_moves_with_timers() {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args([
            "--virtual-time",
            "-c",
            "import asyncio\n\
             loop = asyncio.new_event_loop()\n\
             print(loop.time())\n\
             for _ in range(100000): pass\n\
             print(loop.time())\n\
             loop.run_until_complete(asyncio.sleep(2.5))\n\
             print(loop.time())\n",
        ])
        .output()
        .expect("weft runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0.0\n0.0\n2.5\n");
}
