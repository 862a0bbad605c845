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
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stderr).into_owned()
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
