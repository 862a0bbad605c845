//! What asyncio and coroutines report on stderr, which golden programs can
//! only check by their last line: "never awaited" warnings, unretrieved
//! exceptions and failing callbacks, in CPython's words (CPython's own
//! asyncio frames aside).

use std::process::Command;

fn stderr_of(name: &str, src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("weft-reports-{}-{}", name, std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join(format!("{}.py", name)), src).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(format!("{}.py", name))
        .current_dir(&dir)
        .output()
        .expect("weft runs");
    // The script is named by its absolute path, as in CPython; the
    // expectations name it as it was run.
    let abs = std::fs::canonicalize(&dir).unwrap_or(dir.clone());
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", abs.to_string_lossy()), "")
}

#[test]
fn never_awaited_coroutines_warn_where_they_are_dropped() {
    let err = stderr_of(
        "never",
        "async def f():\n    pass\ndef g():\n    x = f()\ng()\nc = f()\n",
    );
    assert_eq!(
        err,
        "never.py:5: RuntimeWarning: coroutine 'f' was never awaited\n  g()\n\
         RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n\
         sys:1: RuntimeWarning: coroutine 'f' was never awaited\n"
    );
}

const REPORTS: &str = r#"import asyncio, gc
async def boom():
    raise ValueError("never retrieved")
loop = asyncio.new_event_loop()
t = loop.create_task(boom())
loop.run_until_complete(asyncio.sleep(0))
del t
gc.collect()
fut = loop.create_future()
fut.set_exception(KeyError("fut"))
del fut
gc.collect()
def bad(x):
    raise OSError(x)
loop.call_soon(bad, 5)
loop.run_until_complete(asyncio.sleep(0))
loop.close()
"#;

#[test]
fn unretrieved_exceptions_and_failing_callbacks() {
    let err = stderr_of("reports", REPORTS);
    assert_eq!(
        err,
        "Task exception was never retrieved\n\
         future: <Task finished name='Task-1' coro=<boom() done, defined at reports.py:2> exception=ValueError('never retrieved')>\n\
         Traceback (most recent call last):\n\
         \x20 File \"reports.py\", line 3, in boom\n\
         \x20   raise ValueError(\"never retrieved\")\n\
         ValueError: never retrieved\n\
         Future exception was never retrieved\n\
         future: <Future finished exception=KeyError('fut')>\n\
         KeyError: 'fut'\n\
         Exception in callback bad(5) at reports.py:13\n\
         handle: <Handle bad(5) at reports.py:13>\n\
         Traceback (most recent call last):\n\
         \x20 File \"reports.py\", line 14, in bad\n\
         \x20   raise OSError(x)\n\
         OSError: 5\n"
    );
}

const CYCLES: &str = r#"import asyncio, gc
class Box:
    pass
async def forever():
    await asyncio.Event().wait()
async def fail():
    raise KeyError("lost")
async def main():
    loop = asyncio.get_running_loop()
    b = Box()
    b.task = loop.create_task(forever(), name="stuck")
    b.me = b
    await asyncio.sleep(0)
    c = Box()
    c.task = loop.create_task(fail(), name="failing")
    c.me = c
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del b, c
    print("collected", gc.collect() > 0, flush=True)
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
"#;

/// Tasks that die in reference cycles report as they do when freed by
/// reference counting, once each, during the collection that finds them
/// and while they are still intact (CPython's order and wording).
#[test]
fn tasks_dying_in_cycles_report_once() {
    let err = stderr_of("cycles", CYCLES);
    assert_eq!(
        err,
        "Task was destroyed but it is pending!\n\
         task: <Task pending name='stuck' coro=<forever() done, defined at cycles.py:4> \
         wait_for=<Future pending cb=[Task.task_wakeup()]>>\n\
         Task exception was never retrieved\n\
         future: <Task finished name='failing' coro=<fail() done, defined at cycles.py:6> \
         exception=KeyError('lost')>\n\
         Traceback (most recent call last):\n  \
         File \"cycles.py\", line 7, in fail\n    \
         raise KeyError(\"lost\")\n\
         KeyError: 'lost'\n"
    );
}
