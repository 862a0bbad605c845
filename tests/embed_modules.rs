//! `allow_native_modules`: allowing a module allows what it needs; the
//! native modules not allowed stay out of reach.

use weft::Vm;

fn restricted(names: &[&str]) -> Vm {
    Vm::builder()
        .capture_output()
        .allow_native_modules(names)
        .build()
}

#[test]
fn allowing_asyncio_and_json_lets_them_work() {
    let mut vm = restricted(&["math", "asyncio", "json"]);
    vm.run(
        "import asyncio, json, math\n\
         async def main():\n    q = asyncio.Queue()\n    await q.put({'r': math.sqrt(16)})\n    async with asyncio.timeout(1):\n        return json.dumps(await q.get())\n\
         print(asyncio.run(main()))\n",
        "allowed.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "{\"r\": 4.0}\n");
    // The host's own loop API needs asyncio, which is allowed.
    let coro: weft::Value = vm.eval("asyncio.sleep(0, 'ok')").unwrap();
    assert_eq!(vm.run_until_complete::<String>(&coro).unwrap(), "ok");
}

#[test]
fn modules_not_allowed_are_refused() {
    let mut vm = restricted(&["math", "asyncio", "json"]);
    for (module, missing) in [
        ("time", "time"),
        ("_random", "_random"),
        ("random", "_random"),
        ("datetime", "time"),
    ] {
        let e = vm
            .run(&format!("import {}", module), "refused.py")
            .unwrap_err();
        assert_eq!(e.type_name(), "ModuleNotFoundError", "import {}", module);
        assert_eq!(e.message(), format!("No module named '{}'", missing));
    }
    // Without "asyncio" in the list, neither it nor its native loop is there.
    let mut vm = restricted(&["math"]);
    let e = vm.run("import asyncio", "a.py").unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    let e = vm.run("import _asyncio", "a.py").unwrap_err();
    assert_eq!(e.message(), "No module named '_asyncio'");
    let e = vm.run("import json", "j.py").unwrap_err();
    assert_eq!(e.message(), "No module named '_json'");
    // Stdlib modules that need no native module are plain code.
    vm.run(
        "import heapq, functools\nprint(heapq.nsmallest(2, [3, 1, 2]))",
        "h.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "[1, 2]\n");
}

#[test]
fn allowing_a_submodule_or_a_native_directly() {
    let mut vm = restricted(&["random", "time"]);
    vm.run(
        "import random, time, datetime\nrandom.seed(1)\nprint(random.randint(1, 6), time.monotonic() > 0, datetime.date(2024, 1, 2))",
        "r.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "2 True 2024-01-02\n");
    let e = vm.run("import json", "j.py").unwrap_err();
    assert_eq!(e.type_name(), "ModuleNotFoundError");
    let mut vm = restricted(&["asyncio.queues"]);
    vm.run("import asyncio.queues\nq = asyncio.queues.Queue()", "q.py")
        .unwrap();
}

#[test]
fn allowing_base64_brings_binascii_not_array() {
    let mut vm = restricted(&["base64"]);
    vm.run(
        "import base64, binascii\nprint(base64.a85encode(b'hi'), binascii.crc32(b'x'))",
        "b.py",
    )
    .unwrap();
    assert_eq!(vm.take_stdout(), "b'BP@' 2363233923\n");
    let e = vm.run("import array", "a.py").unwrap_err();
    assert_eq!(e.message(), "No module named 'array'");
    let mut vm = restricted(&["array"]);
    vm.run("import array\nprint(array.array('b', [1]))", "a.py")
        .unwrap();
    assert_eq!(vm.take_stdout(), "array('b', [1])\n");
}
