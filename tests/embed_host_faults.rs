//! Faults on the host side — a host function that panics, an output
//! callback that panics, a limit, an exception — leave the VM usable: its
//! event loop can run again.

use std::cell::Cell;
use std::rc::Rc;

use weft::{ErrorKind, Value, Vm};

const AIO: &str = "\
import asyncio

async def boom():
    await asyncio.sleep(0)
    explode()

async def fine():
    await asyncio.sleep(0)
    return 42
";

fn vm_with_explode() -> Vm {
    let mut vm = Vm::builder().capture_output().build();
    vm.register_fn("explode", || -> i64 { panic!("host bug") });
    vm.run(AIO, "aio.py").unwrap();
    vm
}

/// The loop works for the host API and for `asyncio.run` in a script.
fn assert_loop_usable(vm: &mut Vm) {
    let coro: Value = vm.call("fine", ()).unwrap();
    assert_eq!(vm.run_until_complete::<i64>(&coro).unwrap(), 42);
    let task: Value = vm.eval("asyncio.ensure_future(fine())").unwrap();
    while !vm.future_done(&task).unwrap() {
        vm.run_once().unwrap();
    }
    assert_eq!(vm.call_method::<i64>(&task, "result", ()).unwrap(), 42);
    vm.take_stdout();
    vm.run("print(asyncio.run(fine()))", "again.py").unwrap();
    assert_eq!(vm.take_stdout(), "42\n");
}

#[test]
fn panic_under_run_until_complete() {
    let mut vm = vm_with_explode();
    let coro: Value = vm.call("boom", ()).unwrap();
    let e = vm.run_until_complete::<()>(&coro).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Internal);
    assert_eq!(e.type_name(), "SystemError");
    assert_eq!(e.message(), "host function explode() panicked: host bug");
    assert!(
        e.traceback().contains("line 5, in boom"),
        "{}",
        e.traceback()
    );
    assert_loop_usable(&mut vm);
}

#[test]
fn panic_under_run_once() {
    let mut vm = vm_with_explode();
    let task: Value = vm.eval("asyncio.ensure_future(boom())").unwrap();
    while !vm.future_done(&task).unwrap() {
        vm.run_once().unwrap();
    }
    // The task holds the fault as its exception, as it would any other.
    vm.set_global("t", &task).unwrap();
    let what: String = vm
        .eval("f'{type(t.exception()).__name__}: {t.exception()}'")
        .unwrap();
    assert_eq!(
        what,
        "SystemError: host function explode() panicked: host bug"
    );
    assert_loop_usable(&mut vm);
}

#[test]
fn panic_under_asyncio_run_in_a_script() {
    let mut vm = vm_with_explode();
    let e = vm.run("asyncio.run(boom())", "run.py").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Internal);
    assert_eq!(e.message(), "host function explode() panicked: host bug");
    assert_loop_usable(&mut vm);
}

#[test]
fn a_script_can_handle_a_host_panic() {
    let mut vm = vm_with_explode();
    vm.run(
        "try:\n    explode()\nexcept SystemError as e:\n    print('caught:', e)\nfinally:\n    print('finally ran')\n",
        "catch.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "caught: host function explode() panicked: host bug\nfinally ran\n"
    );
}

#[test]
fn panicking_host_method_and_native() {
    struct Meter;
    let mut vm = Vm::builder().capture_output().build();
    vm.register_type::<Meter>("Meter")
        .constructor(|| weft::Host(Meter))
        .method("read", |_m: &mut Meter| -> i64 { panic!("sensor gone") });
    vm.register_native("raw", |_vm, _args| panic!("raw failure"));
    let e = vm.run("Meter().read()", "m.py").unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Internal);
    assert_eq!(e.message(), "host function read() panicked: sensor gone");
    let e = vm.run("raw(1, 2)", "r.py").unwrap_err();
    assert_eq!(e.message(), "host function raw() panicked: raw failure");
    assert_eq!(vm.eval::<i64>("len([Meter(), Meter()])").unwrap(), 2);
}

#[test]
fn panicking_output_callback_leaves_the_loop_usable() {
    let armed = Rc::new(Cell::new(true));
    let a = armed.clone();
    let mut vm = Vm::builder()
        .stdout(move |_text| {
            if a.replace(false) {
                panic!("sink broke");
            }
        })
        .build();
    vm.run(AIO, "aio.py").unwrap();
    vm.register_fn("explode", || 0i64);
    let e = vm
        .run(
            "async def noisy():\n    await asyncio.sleep(0)\n    print('x', flush=True)\nasyncio.run(noisy())\n",
            "noisy.py",
        )
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Internal);
    assert!(e.message().contains("sink broke"), "{}", e.message());
    assert!(!armed.get());
    let coro: Value = vm.call("fine", ()).unwrap();
    assert_eq!(vm.run_until_complete::<i64>(&coro).unwrap(), 42);
    vm.run("asyncio.run(noisy())\n", "again.py").unwrap();
}

#[test]
fn limits_and_exceptions_leave_the_loop_usable() {
    let mut vm = Vm::builder()
        .capture_output()
        .instruction_budget(300_000)
        .build();
    vm.register_fn("explode", || 0i64);
    vm.run(
        format!(
            "{}\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasync def fail():\n    await asyncio.sleep(0)\n    raise KeyError('k')\n",
            AIO
        )
        .as_str(),
        "lim.py",
    )
    .unwrap();
    let coro: Value = vm.call("spin", ()).unwrap();
    let e = vm.run_until_complete::<()>(&coro).unwrap_err();
    assert_eq!(e.limit(), Some(weft::Limit::Instructions));
    assert_loop_usable(&mut vm);
    let e = vm.run("asyncio.run(spin())", "spin.py").unwrap_err();
    assert_eq!(e.limit(), Some(weft::Limit::Instructions));
    assert_loop_usable(&mut vm);
    let coro: Value = vm.call("fail", ()).unwrap();
    let e = vm.run_until_complete::<()>(&coro).unwrap_err();
    assert_eq!(
        (e.type_name(), e.kind()),
        ("KeyError", &ErrorKind::Exception)
    );
    let e = vm.run("asyncio.run(fail())", "fail.py").unwrap_err();
    assert_eq!(e.type_name(), "KeyError");
    assert_loop_usable(&mut vm);
}

#[test]
fn panicking_jobs_from_other_threads() {
    let mut vm = vm_with_explode();
    let handle = vm.loop_handle();
    let worker = std::thread::spawn(move || {
        handle
            .call_soon_threadsafe(|_vm| panic!("job bug"))
            .unwrap();
        let r = handle
            .run_coroutine_threadsafe(|_vm| panic!("coro job bug"))
            .wait();
        let ok = handle
            .run_coroutine_threadsafe(|vm| vm.call("fine", ()))
            .wait();
        handle
            .call_soon_threadsafe(|vm| {
                let done: Value = vm.get_global("done")?;
                vm.resolve_future(&done, true)
            })
            .unwrap();
        (r, ok)
    });
    vm.run(
        "done = asyncio.get_event_loop().create_future()\nasync def serve():\n    return await done\n",
        "serve.py",
    )
    .unwrap();
    let serve: Value = vm.call("serve", ()).unwrap();
    assert!(vm.run_until_complete::<bool>(&serve).unwrap());
    let (r, ok) = worker.join().unwrap();
    let e = r.unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Internal);
    assert!(e.message().contains("coro job bug"), "{}", e.message());
    assert_eq!(ok.unwrap(), weft::Data::Int(42));
    assert!(vm.take_stderr().contains("job bug"));
}

#[test]
fn a_value_from_another_vm_is_refused() {
    let mut a = Vm::builder().capture_output().build();
    let mut b = Vm::builder().capture_output().build();
    a.run(
        "import asyncio\nitems = [1, 2]\ndef f(x):\n    return x\nclass K:\n    pass\nk = K()\n",
        "a.py",
    )
    .unwrap();
    b.run("def g(x):\n    return x\n", "b.py").unwrap();
    let items: Value = a.get_global("items").unwrap();
    let f: Value = a.get_global("f").unwrap();
    let k: Value = a.get_global("k").unwrap();
    let fut = a.create_future().unwrap();
    assert!(items.belongs_to(&a) && !items.belongs_to(&b));

    let refused = |e: weft::Error| {
        assert_eq!(e.kind(), &ErrorKind::Conversion, "{}", e);
        assert_eq!(e.type_name(), "ValueError");
        assert!(
            e.message().contains("belong to the VM that made them"),
            "{}",
            e
        );
    };
    refused(b.set_global("x", &items).unwrap_err());
    refused(b.set_global("x", vec![items.clone()]).unwrap_err());
    refused(b.call::<Value>("g", (items.clone(),)).unwrap_err());
    refused(b.call::<Value>(&f, ()).unwrap_err());
    refused(b.call::<Value>("g", vec![k.clone()]).unwrap_err());
    refused(b.call_method::<Value>(&items, "copy", ()).unwrap_err());
    refused(b.get_attr(&k, "__class__").unwrap_err());
    refused(b.convert::<Vec<i64>>(&items).unwrap_err());
    refused(b.repr(&k).unwrap_err());
    refused(b.str_of(&k).unwrap_err());
    refused(b.future_done(&fut).unwrap_err());
    refused(b.resolve_future(&fut, 1).unwrap_err());
    refused(b.future_token(&fut).unwrap_err());
    refused(b.run_until_complete::<Value>(&fut).unwrap_err());
    refused(items.clone().into_data(&mut b).unwrap_err());
    assert!(!b.has_global("x"));

    // A host function of B that hands back A's object: the script gets a
    // ValueError, not A's object.
    let leaked = k.clone();
    b.register_native("leak", move |_vm, _args| Ok(leaked.clone()));
    b.run(
        "try:\n    leak()\nexcept ValueError as e:\n    print('refused')\n",
        "leak.py",
    )
    .unwrap();
    assert_eq!(b.take_stdout(), "refused\n");

    // Values tied to no VM, and plain Data, go anywhere.
    b.set_global("n", Value::none()).unwrap();
    let data: weft::Data = a.convert(&items).unwrap();
    b.set_global("copied", data).unwrap();
    assert_eq!(b.eval::<Vec<i64>>("copied + [3]").unwrap(), vec![1, 2, 3]);
    // A keeps working with its own values.
    assert_eq!(a.call::<Vec<i64>>(&f, (items,)).unwrap(), vec![1, 2]);
}

/// Each source, the SyntaxError class, and `str()` of the exception as
/// python3 3.11 gives it (compiled as "dir/bad.py": the str shows the
/// base name).
const SYNTAX_CASES: &[(&str, &str, &str)] = &[
    ("f(", "SyntaxError", "'(' was never closed (bad.py, line 1)"),
    ("if x\n", "SyntaxError", "expected ':' (bad.py, line 1)"),
    ("x = = 1", "SyntaxError", "invalid syntax (bad.py, line 1)"),
    (
        "def f():\nreturn 1",
        "IndentationError",
        "expected an indented block after function definition on line 1 (bad.py, line 2)",
    ),
    (
        "x = 1\n  y = 2",
        "IndentationError",
        "unexpected indent (bad.py, line 2)",
    ),
    (
        "'abc",
        "SyntaxError",
        "unterminated string literal (detected at line 1) (bad.py, line 1)",
    ),
    (
        "for x in y:\n\tpass\n        pass",
        "TabError",
        "inconsistent use of tabs and spaces in indentation (bad.py, line 3)",
    ),
    (
        "del 1",
        "SyntaxError",
        "cannot delete literal (bad.py, line 1)",
    ),
    (
        "return 5",
        "SyntaxError",
        "'return' outside function (bad.py, line 1)",
    ),
];

#[test]
fn syntax_errors_display_as_python_does() {
    let mut vm = Vm::builder().capture_output().build();
    for (src, class, shown) in SYNTAX_CASES {
        let e = vm.run(src, "dir/bad.py").unwrap_err();
        assert_eq!(e.type_name(), *class, "{:?}", src);
        assert_eq!(e.message(), *shown, "{:?}", src);
        assert_eq!(e.to_string(), format!("{}: {}", class, shown));
        assert_eq!(e.filename(), Some("dir/bad.py"));
        let line: usize = shown
            .rsplit("line ")
            .next()
            .unwrap()
            .trim_end_matches(')')
            .parse()
            .unwrap();
        assert_eq!(e.lineno(), Some(line), "{:?}", src);
        assert!(e.offset().is_some(), "{:?}", src);
        // The traceback is still the full report, caret line included.
        assert!(
            e.traceback().contains("File \"dir/bad.py\", line"),
            "{}",
            e.traceback()
        );
    }
    let e = vm.run("x = 1\nprint(f(x)\n", "bad.py").unwrap_err();
    assert_eq!((e.lineno(), e.offset()), (Some(2), Some(6)));
    assert_eq!(e.text(), Some("print(f(x)"));
    assert_eq!(e.end_lineno(), Some(2));
}

#[test]
fn syntax_errors_raised_by_scripts_carry_their_details() {
    let mut vm = Vm::builder().capture_output().build();
    let e = vm
        .run(
            "raise SyntaxError('bad token', ('/src/conf.txt', 3, 7, 'a = $', 3, 8))",
            "r.py",
        )
        .unwrap_err();
    assert_eq!(e.message(), "bad token (conf.txt, line 3)");
    assert_eq!(e.filename(), Some("/src/conf.txt"));
    assert_eq!((e.lineno(), e.offset()), (Some(3), Some(7)));
    assert_eq!((e.end_lineno(), e.end_offset()), (Some(3), Some(8)));
    assert_eq!(e.text(), Some("a = $"));
    let e = vm.run("exec('1 +')", "x.py").unwrap_err();
    assert_eq!(e.message(), "invalid syntax (<string>, line 1)");
    assert_eq!(e.filename(), Some("<string>"));
    let e = vm
        .run("raise SyntaxError('just text')", "p.py")
        .unwrap_err();
    assert_eq!(e.message(), "just text");
    assert_eq!((e.filename(), e.lineno(), e.text()), (None, None, None));
    let e = vm.run("raise ValueError('v')", "v.py").unwrap_err();
    assert_eq!((e.filename(), e.lineno()), (None, None));
}

#[test]
fn an_error_from_another_vm_is_raised_as_itself() {
    let mut a = Vm::builder().capture_output().build();
    let mut b = Vm::builder().capture_output().build();
    // Each VM keeps the exceptions it reported, to re-raise the same
    // object when a host function passes the error on; another VM's error
    // is made anew from its type and message.
    let _ = b.run("raise IndexError('b first')", "b.py").unwrap_err();
    let from_a = a.run("raise KeyError('from a')", "a.py").unwrap_err();
    b.register_native("relay", move |_vm, _args| Err(from_a.clone()));
    b.run(
        "try:\n    relay()\nexcept KeyError as e:\n    print('KeyError', e.args[0])\nexcept IndexError as e:\n    print('wrong', e)\n",
        "relay.py",
    )
    .unwrap();
    assert_eq!(b.take_stdout(), "KeyError 'from a'\n");
}

fn with_failing_host_fn() -> Vm {
    let mut vm = Vm::builder().capture_output().build();
    vm.register_fn("fail", |kind: String, msg: String| -> weft::Result<i64> {
        Err(weft::Error::new(&kind, msg))
    });
    vm
}

#[test]
fn host_errors_with_builtin_names_raise_the_builtin_class() {
    let mut vm = with_failing_host_fn();
    vm.run(
        "for kind in ['ValueError', 'KeyError', 'PermissionError', 'TimeoutError']:\n    try:\n        fail(kind, 'm')\n    except LookupError as e:\n        print('lookup', type(e).__name__)\n    except OSError as e:\n        print('os', type(e).__name__, type(e) is TimeoutError or type(e) is PermissionError)\n    except ValueError as e:\n        print('value', e)\n",
        "builtin.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "value m\nlookup KeyError\nos PermissionError True\nos TimeoutError True\n"
    );
}

#[test]
fn host_errors_with_other_names_get_one_class_per_name() {
    let mut vm = with_failing_host_fn();
    vm.run(
        "def catch(kind):\n    try:\n        fail(kind, 'no credit')\n    except Exception as e:\n        return e\n\
         a, b, c = catch('QuotaError'), catch('QuotaError'), catch('RateLimited')\n\
         print(type(a).__name__, type(a) is type(b), type(a) is type(c), issubclass(type(c), Exception))\n\
         print(str(a), repr(a), type(a).__module__)\n",
        "names.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "QuotaError True False True\nno credit QuotaError('no credit') builtins\n"
    );
    // Uncaught, it reaches the host under its name, the traceback ending
    // as CPython prints a builtin exception.
    let e = vm.run("fail('QuotaError', 'over')", "u.py").unwrap_err();
    assert_eq!(e.type_name(), "QuotaError");
    assert_eq!(e.message(), "over");
    assert!(
        e.traceback().ends_with("\nQuotaError: over\n"),
        "{}",
        e.traceback()
    );
    // Not a builtin until registered: catching it by name is a NameError.
    let e = vm
        .run(
            "try:\n    fail('QuotaError', 'x')\nexcept QuotaError:\n    pass\n",
            "n.py",
        )
        .unwrap_err();
    assert_eq!(e.type_name(), "NameError");
}

#[test]
fn registered_host_exceptions_are_caught_by_name() {
    let mut vm = with_failing_host_fn();
    // Raised once before registration: registering adopts that class.
    vm.run(
        "try:\n    fail('QuotaError', 'first')\nexcept Exception as e:\n    early = type(e)\n",
        "early.py",
    )
    .unwrap();
    let quota = vm.register_exception("QuotaError", "Exception").unwrap();
    let again = vm.register_exception("QuotaError", "Exception").unwrap();
    vm.set_global("quota_cls", &quota).unwrap();
    vm.set_global("again_cls", &again).unwrap();
    vm.register_exception("NotFound", "LookupError").unwrap();
    vm.module("shop").constant("QuotaError", &quota);
    vm.run(
        "import shop\n\
         print(early is QuotaError is quota_cls is again_cls is shop.QuotaError)\n\
         try:\n    fail('QuotaError', 'second')\nexcept QuotaError as e:\n    print('caught', e)\n\
         try:\n    fail('NotFound', 'sku 7')\nexcept LookupError as e:\n    print('lookup', type(e).__name__, e)\n\
         try:\n    raise NotFound('from the script')\nexcept NotFound as e:\n    print('script', e)\n\
         class Sub(QuotaError):\n    pass\n\
         print(issubclass(Sub, Exception))\n",
        "reg.py",
    )
    .unwrap();
    assert_eq!(
        vm.take_stdout(),
        "True\ncaught second\nlookup NotFound sku 7\nscript from the script\nTrue\n"
    );
    // What cannot be registered.
    let e = vm
        .register_exception("ValueError", "Exception")
        .unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
    let e = vm
        .register_exception("QuotaError", "LookupError")
        .unwrap_err();
    assert!(e.message().contains("another base"), "{}", e.message());
    let e = vm.register_exception("Odd", "int").unwrap_err();
    assert!(
        e.message().contains("not an exception class"),
        "{}",
        e.message()
    );
    let e = vm.register_exception("Odd", "NoSuchBase").unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
}
