//! Every asyncio, generator and coroutine golden program, run once
//! straight through and again suspended at every k-th event-loop iteration
//! (k = 1, 2, 7), each time saved to bytes and continued in a fresh VM;
//! and once through the command line, suspended by one process and
//! finished by another. The output must not change.
//!
//! Event loops run on virtual time, so how long saving and restoring take
//! cannot change which timer fires first.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};
use weft::Vm;

const TOPICS: &[&str] = &["asyncio", "generators", "coroutines"];

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut out = Vec::new();
    for t in TOPICS {
        let Ok(rd) = std::fs::read_dir(root.join(t)) else {
            continue;
        };
        let mut v: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .collect();
        v.sort();
        out.extend(v);
    }
    out
}

fn vm() -> Vm {
    Vm::builder()
        .allow_all()
        .capture_output()
        .native_depth(1000)
        .virtual_time(true)
        .build()
}

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
    suspensions: usize,
}

fn run(path: &Path, every: Option<u64>) -> Result<Run, String> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    let mut vm = vm();
    vm.set_argv(vec![name.clone()], None);
    vm.suspend_every(every);
    let mut code = vm.run_main(&source, &name);
    let mut stdout = vm.take_stdout();
    let mut stderr = vm.take_stderr();
    let mut suspensions = 0;
    while let Some(bytes) = vm.take_snapshot() {
        suspensions += 1;
        if suspensions > 100_000 {
            return Err("too many suspensions".into());
        }
        drop(vm);
        vm = Vm::builder()
            .allow_all()
            .capture_output()
            .native_depth(1000)
            .virtual_time(true)
            .restore(&bytes)
            .map_err(|e| format!("restore #{} failed: {}", suspensions, e))?;
        vm.suspend_every(every);
        code = vm.resume_main();
        stdout.push_str(&vm.take_stdout());
        stderr.push_str(&vm.take_stderr());
    }
    if let Some(e) = vm.suspend_error() {
        return Err(format!("a snapshot could not be taken: {}", e));
    }
    Ok(Run {
        stdout,
        stderr,
        code,
        suspensions,
    })
}

/// Addresses in reprs differ from run to run: `0x7f...` becomes `0x?`.
fn no_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let hex = rest.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
        if hex >= 6 {
            out.push('?');
            rest = &rest[hex..];
        }
    }
    out.push_str(rest);
    out
}

fn compare(what: &str, a: &Run, b: &Run) -> Result<(), Failed> {
    let a = &Run {
        stdout: no_addresses(&a.stdout),
        stderr: no_addresses(&a.stderr),
        code: a.code,
        suspensions: a.suspensions,
    };
    let b = &Run {
        stdout: no_addresses(&b.stdout),
        stderr: no_addresses(&b.stderr),
        code: b.code,
        suspensions: b.suspensions,
    };
    let mut problems = String::new();
    if a.stdout != b.stdout {
        problems.push_str(&format!(
            "{}: stdout differs\n--- straight:\n{}\n--- resumed:\n{}\n",
            what, a.stdout, b.stdout
        ));
    }
    if a.stderr != b.stderr {
        problems.push_str(&format!(
            "{}: stderr differs\n--- straight:\n{}\n--- resumed:\n{}\n",
            what, a.stderr, b.stderr
        ));
    }
    if a.code != b.code {
        problems.push_str(&format!("{}: exit status {} vs {}\n", what, a.code, b.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.into())
    }
}

fn in_process(path: &Path, k: u64) -> Result<(), Failed> {
    // (Not compared with the golden output: on virtual time, timers made
    // at the same loop time tie where real time would order them.)
    let straight = run(path, None)?;
    let resumed = run(path, Some(k))?;
    compare(
        &format!("k={} ({} suspensions)", k, resumed.suspensions),
        &straight,
        &resumed,
    )
}

fn cli(path: &Path) -> Result<(), Failed> {
    let bin = env!("CARGO_BIN_EXE_weft");
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    let go = |args: &[&str]| {
        Command::new(bin)
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Failed::from(format!("cannot start weft: {}", e)))
    };
    let straight = go(&["--virtual-time", &name])?;
    let snap = std::env::temp_dir().join(format!("weft-snap-{}-{}.bin", std::process::id(), name));
    let snap_s = snap.to_string_lossy().to_string();
    let _ = std::fs::remove_file(&snap);
    let first = go(&["--virtual-time", "--snapshot-after", "3", &snap_s, &name])?;
    let (stdout, stderr, status) = if snap.exists() {
        let second = go(&["--virtual-time", "--resume", &snap_s])?;
        let _ = std::fs::remove_file(&snap);
        (
            [first.stdout, second.stdout].concat(),
            [first.stderr, second.stderr].concat(),
            second.status.code(),
        )
    } else {
        (first.stdout, first.stderr, first.status.code())
    };
    let a = Run {
        stdout: String::from_utf8_lossy(&straight.stdout).to_string(),
        stderr: String::from_utf8_lossy(&straight.stderr).to_string(),
        code: straight.status.code().unwrap_or(-1),
        suspensions: 0,
    };
    let b = Run {
        stdout: String::from_utf8_lossy(&stdout).to_string(),
        stderr: String::from_utf8_lossy(&stderr).to_string(),
        code: status.unwrap_or(-1),
        suspensions: 1,
    };
    compare("command line", &a, &b)
}

/// `--snapshot-on-idle` on virtual time: a program that sleeps for a week
/// is saved when it starts waiting, resumed by another process and
/// finished at once.
fn idle_week() -> Result<(), Failed> {
    let bin = env!("CARGO_BIN_EXE_weft");
    let dir = std::env::temp_dir();
    let script = dir.join(format!("weft-week-{}.py", std::process::id()));
    let snap = dir.join(format!("weft-week-{}.bin", std::process::id()));
    std::fs::write(
        &script,
        "import asyncio\n\
         async def tick(n):\n    for i in range(n):\n        print('tick', i)\n        await asyncio.sleep(0.5)\n\
         async def main():\n    t = asyncio.create_task(tick(3))\n    loop = asyncio.get_running_loop()\n    \
         start = loop.time()\n    await asyncio.sleep(7 * 24 * 3600)\n    \
         print('slept', round((loop.time() - start) / 86400), 'days')\n    await t\n    return 'done'\n\
         print(asyncio.run(main()))\n",
    )
    .map_err(|e| Failed::from(e.to_string()))?;
    let run = |args: &[&str]| {
        Command::new(bin)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Failed::from(format!("cannot start weft: {}", e)))
    };
    let (script_s, snap_s) = (script.to_string_lossy(), snap.to_string_lossy());
    let first = run(&["--virtual-time", "--snapshot-on-idle", &snap_s, &script_s])?;
    let second = run(&["--virtual-time", "--resume", &snap_s])?;
    let _ = std::fs::remove_file(&script);
    let _ = std::fs::remove_file(&snap);
    let out1 = String::from_utf8_lossy(&first.stdout).to_string();
    let out2 = String::from_utf8_lossy(&second.stdout).to_string();
    if out1 != "tick 0\ntick 1\ntick 2\n" || out2 != "slept 7 days\ndone\n" {
        return Err(format!(
            "first process printed {:?} (stderr {:?}), second {:?} (stderr {:?})",
            out1,
            String::from_utf8_lossy(&first.stderr),
            out2,
            String::from_utf8_lossy(&second.stderr)
        )
        .into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut trials = Vec::new();
    for p in programs() {
        let name = p
            .strip_prefix(&root)
            .map(|r| r.to_string_lossy().to_string())
            .unwrap_or_default();
        for k in [1u64, 2, 7] {
            let p = p.clone();
            trials.push(Trial::test(format!("{} k={}", name, k), move || {
                in_process(&p, k)
            }));
        }
        let p2 = p.clone();
        trials.push(Trial::test(format!("{} cli", name), move || cli(&p2)));
    }
    trials.push(Trial::test("cli snapshot-on-idle sleeps a week", idle_week));
    libtest_mimic::run(&args, trials).exit();
}
