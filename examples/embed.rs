//! Embedding weft in a Rust program: `cargo run --example embed`.
//!
//! Shows a sandboxed VM with captured output, globals and calls with
//! conversions, host functions, a host module and a host type, errors with
//! tracebacks, the resource limits, and the asyncio integration: the host
//! driving the loop, a native async function the host answers later, and
//! another thread scheduling coroutines on the loop.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use weft::{Data, Error, Host, Limit, Value, Vm};

struct Inventory {
    items: HashMap<String, i64>,
}

fn main() -> Result<(), Error> {
    // 1. A sandboxed VM whose output the host captures.
    let mut vm = Vm::builder().capture_output().build();
    vm.run("print('hello from weft')", "hello.py")?;
    print!("captured: {}", vm.take_stdout());

    // 2. Globals and calls, with conversions both ways.
    vm.set_global("prices", {
        let mut m = HashMap::new();
        m.insert("apple".to_string(), 1.25);
        m.insert("pear".to_string(), 0.75);
        m
    })?;
    vm.run(
        "def total(order):\n    return sum(prices[k] * n for k, n in order)\n",
        "shop.py",
    )?;
    let t: f64 = vm.call("total", (vec![("apple", 4), ("pear", 2)],))?;
    println!("total = {}", t);
    let names: Vec<String> = vm.eval("sorted(prices)")?;
    println!("eval -> {:?}", names);
    let dynamic: Value = vm.eval("{'n': 1, 'xs': (1.5, None)}")?;
    println!(
        "dynamic value of type {} = {:?}",
        dynamic.type_name(),
        vm.convert::<Data>(&dynamic)?
    );

    // 3. Host functions (automatic conversion, TypeError on bad arguments).
    vm.register_fn("shout", |s: String, times: i64| {
        s.to_uppercase().repeat(times as usize)
    });
    vm.run("print(shout('hey ', 2))", "fn.py")?;
    let err = vm.run("shout(1, 2)", "fn.py").unwrap_err();
    print!("{}{}", vm.take_stdout(), err.traceback());

    // 4. A native module and a host type.
    vm.module("units")
        .function("c_to_f", |c: f64| c * 9.0 / 5.0 + 32.0);
    vm.register_type::<Inventory>("Inventory")
        .constructor(|| {
            Host(Inventory {
                items: HashMap::new(),
            })
        })
        .method("add", |inv: &mut Inventory, name: String, n: i64| {
            *inv.items.entry(name).or_insert(0) += n;
        })
        .getter("count", |inv: &mut Inventory| {
            inv.items.values().sum::<i64>()
        });
    vm.run(
        "import units\ninv = Inventory()\ninv.add('bolt', 3)\ninv.add('nut', 4)\nprint(units.c_to_f(100), inv.count)\n",
        "host.py",
    )?;
    print!("{}", vm.take_stdout());
    let inv: Value = vm.get_global("inv")?;
    let bolts = vm.with_object(&inv, |i: &mut Inventory| i.items["bolt"])?;
    println!("host sees {} bolts", bolts);

    // 5. Errors carry type, message and traceback; sys.exit() comes back too.
    let err = vm
        .run("def f():\n    return {}['missing']\nf()\n", "err.py")
        .unwrap_err();
    println!(
        "{} / {:?}\n{}",
        err.type_name(),
        err.message(),
        err.traceback()
    );
    let exit = vm.run("import sys\nsys.exit(4)", "exit.py").unwrap_err();
    println!("sys.exit -> exit code {:?}", exit.exit_code());

    // 6. The sandbox: no files, no environment.
    vm.run(
        "try:\n    open('/etc/hostname')\nexcept PermissionError as e:\n    print('open:', e)\n",
        "sandbox.py",
    )?;
    print!("{}", vm.take_stdout());

    // 7. Limits stop runaway scripts with an error, never a hang.
    let mut limited = Vm::builder()
        .capture_output()
        .instruction_budget(1_000_000)
        .memory_budget(16 << 20)
        .time_limit(Duration::from_secs(2))
        .build();
    let e = limited
        .run("while True:\n    pass\n", "spin.py")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Instructions));
    println!("infinite loop: {}", e);
    let e = limited
        .run(
            "def hog():\n    xs = []\n    while True:\n        xs.append('x' * 100)\nhog()\n",
            "hog.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory));
    println!(
        "allocation: {} (now holding {} KB)",
        e,
        limited.memory_used() / 1024
    );

    // 8. Async: the host drives the loop.
    vm.run(
        "import asyncio\nasync def slow_double(x):\n    await asyncio.sleep(0.01)\n    return 2 * x\n",
        "aio.py",
    )?;
    let coro: Value = vm.call("slow_double", (21,))?;
    println!(
        "run_until_complete -> {}",
        vm.run_until_complete::<i64>(&coro)?
    );

    // 9. A native async function whose result the host provides later.
    let requests: Rc<RefCell<Vec<(Value, String)>>> = Rc::default();
    let r = requests.clone();
    vm.register_native("lookup", move |vm, args| {
        let key: String = vm.convert(&args[0])?;
        let fut = vm.create_future()?;
        r.borrow_mut().push((fut.clone(), key));
        Ok(fut)
    });
    vm.run(
        "async def resolve_all():\n    return await asyncio.gather(lookup('a'), lookup('b'))\n",
        "lookup.py",
    )?;
    let task: Value = vm.eval("asyncio.ensure_future(resolve_all())")?;
    while !vm.future_done(&task)? {
        vm.run_once()?;
        let pending: Vec<_> = requests.borrow_mut().drain(..).collect();
        for (fut, key) in pending {
            vm.resolve_future(&fut, format!("value-of-{}", key))?;
        }
        if let Some(wait) = vm.next_deadline()? {
            std::thread::sleep(wait);
        }
    }
    println!(
        "host-resolved futures -> {:?}",
        vm.run_until_complete::<Vec<String>>(&task)?
    );

    // 10. Another thread schedules a coroutine on the loop (run_coroutine_threadsafe).
    vm.run(
        "done = asyncio.get_event_loop().create_future()\nasync def serve():\n    return await done\n",
        "serve.py",
    )?;
    let handle = vm.loop_handle();
    let worker = std::thread::spawn(move || {
        let result = handle
            .run_coroutine_threadsafe(|vm| vm.call("slow_double", (50,)))
            .wait();
        handle
            .call_soon_threadsafe(|vm| {
                let done: Value = vm.get_global("done")?;
                vm.resolve_future(&done, "worker finished")
            })
            .expect("loop alive");
        result
    });
    let serve: Value = vm.call("serve", ())?;
    let msg: String = vm.run_until_complete(&serve)?;
    println!(
        "{}; the thread got {:?}",
        msg,
        worker.join().expect("thread")?
    );
    Ok(())
}
