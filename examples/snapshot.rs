//! A host pauses a script that waits for a human's answer, saves it to
//! disk, and a later run (another process, possibly another machine)
//! resumes it with the answer.
//!
//! ```text
//! cargo run --example snapshot              # both steps, one after the other
//! cargo run --example snapshot -- pause     # step 1: run until it waits, save, exit
//! cargo run --example snapshot -- resume yes   # step 2: load, answer, finish
//! ```

use weft::{Value, Vm};

const SCRIPT: &str = r#"
import asyncio

pending = {}

async def ask(question):
    # The host answers later: maybe in a day, maybe in another process.
    fut = asyncio.get_event_loop().create_future()
    pending[question] = fut
    return await fut

async def deploy(version):
    print(f"preparing {version}")
    await asyncio.sleep(0.1)
    answer = await ask(f"deploy {version}?")
    print(f"the human said {answer!r}")
    if answer == "yes":
        await asyncio.sleep(0.1)
        print(f"{version} deployed")
        return True
    print("not deploying")
    return False

job = asyncio.get_event_loop().create_task(deploy("v2"))
"#;

fn snapshot_path() -> std::path::PathBuf {
    std::env::temp_dir().join("weft-snapshot-example.bin")
}

/// Step 1: run the script until nothing is left to do but wait for the
/// host's answer, then save it.
fn pause() -> Result<(), weft::Error> {
    let mut vm = Vm::new();
    vm.run(SCRIPT, "deploy.py")?;
    // Drive the loop until the script waits on the host's future only.
    while vm.next_deadline()?.is_some() {
        vm.run_once()?;
    }
    let question: Vec<String> = vm.eval("list(pending)")?;
    println!("host: the script asks {:?}; saving it", question);
    let bytes = vm.snapshot()?;
    std::fs::write(snapshot_path(), &bytes)
        .map_err(|e| weft::Error::new("OSError", e.to_string()))?;
    println!(
        "host: saved {} bytes to {}",
        bytes.len(),
        snapshot_path().display()
    );
    Ok(())
}

/// Step 2: load the saved program, give it the answer, let it finish.
fn resume(answer: &str) -> Result<(), weft::Error> {
    let bytes =
        std::fs::read(snapshot_path()).map_err(|e| weft::Error::new("OSError", e.to_string()))?;
    let mut vm = Vm::restore(&bytes)?;
    println!("host: restored; answering {:?}", answer);
    let fut: Value = vm.eval("pending['deploy v2?']")?;
    vm.resolve_future(&fut, answer)?;
    let job: Value = vm.get_global("job")?;
    let deployed: bool = vm.run_until_complete(&job)?;
    println!("host: the job returned {}", deployed);
    let _ = std::fs::remove_file(snapshot_path());
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let r = match args.get(1).map(String::as_str) {
        Some("pause") => pause(),
        Some("resume") => resume(args.get(2).map(String::as_str).unwrap_or("yes")),
        _ => pause().and_then(|_| resume("yes")),
    };
    if let Err(e) = r {
        eprint!("{}", e.traceback());
        std::process::exit(1);
    }
}
