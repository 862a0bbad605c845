//! Async integration: the host drives the loop, resolves futures scripts
//! await, and other threads schedule work on the loop.

use std::time::{Duration, Instant};

use weft::{Data, Error, Value, Vm};

fn captured() -> Vm {
    Vm::builder().capture_output().build()
}

#[test]
fn run_until_complete_returns_the_result() {
    let mut vm = captured();
    vm.run(
        "import asyncio\nasync def main(n):\n    out = []\n    async def worker(i):\n        await asyncio.sleep(0.01 * i)\n        out.append(i)\n    await asyncio.gather(*[worker(i) for i in range(n)])\n    return out\n",
        "m.py",
    )
    .unwrap();
    let coro: Value = vm.call("main", (4,)).unwrap();
    assert_eq!(
        vm.run_until_complete::<Vec<i64>>(&coro).unwrap(),
        vec![0, 1, 2, 3]
    );
    let coro: Value = vm.eval("main('x')").unwrap();
    let e = vm.run_until_complete::<Value>(&coro).unwrap_err();
    assert_eq!(e.type_name(), "TypeError");
}

#[test]
fn host_resolved_future_wakes_the_awaiting_script() {
    let mut vm = captured();
    let fut = vm.create_future().unwrap();
    vm.set_global("reply", &fut).unwrap();
    vm.run(
        "import asyncio\nasync def main():\n    print('waiting')\n    v = await reply\n    print('woke with', v)\n    return v * 2\n",
        "f.py",
    )
    .unwrap();
    let task: Value = vm.eval("asyncio.ensure_future(main())").unwrap();
    for _ in 0..3 {
        vm.run_once().unwrap();
    }
    assert!(!vm.future_done(&task).unwrap());
    // Nothing is scheduled: the host decides when the loop runs again.
    assert_eq!(vm.next_deadline().unwrap(), None);
    vm.resolve_future(&fut, 21).unwrap();
    assert_eq!(vm.next_deadline().unwrap(), Some(Duration::ZERO));
    assert_eq!(vm.run_until_complete::<i64>(&task).unwrap(), 42);
    assert_eq!(vm.take_stdout(), "waiting\nwoke with 21\n");
}

#[test]
fn rejected_future_raises_in_the_script() {
    let mut vm = captured();
    let fut = vm.create_future().unwrap();
    vm.set_global("reply", &fut).unwrap();
    vm.run(
        "async def main():\n    try:\n        await reply\n    except ConnectionError as e:\n        return 'failed: ' + str(e)\n",
        "f.py",
    )
    .unwrap();
    let coro: Value = vm.call("main", ()).unwrap();
    vm.reject_future(&fut, Error::new("ConnectionError", "reset"))
        .unwrap();
    assert_eq!(
        vm.run_until_complete::<String>(&coro).unwrap(),
        "failed: reset"
    );
}

#[test]
fn native_async_function_resolved_later_by_the_host() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let mut vm = captured();
    let pending: Rc<RefCell<Vec<(Value, String)>>> = Rc::default();
    let p = pending.clone();
    vm.register_native("fetch", move |vm, args| {
        let url: String = vm.convert(&args[0])?;
        let fut = vm.create_future()?;
        p.borrow_mut().push((fut.clone(), url));
        Ok(fut)
    });
    vm.run(
        "import asyncio\nasync def main():\n    a, b = await asyncio.gather(fetch('a'), fetch('b'))\n    return a + '|' + b\n",
        "n.py",
    )
    .unwrap();
    let task: Value = vm.eval("asyncio.ensure_future(main())").unwrap();
    // The host's own loop: step the VM, answer requests, until done.
    let mut steps = 0;
    while !vm.future_done(&task).unwrap() {
        vm.run_once().unwrap();
        let reqs: Vec<(Value, String)> = pending.borrow_mut().drain(..).collect();
        for (fut, url) in reqs {
            vm.resolve_future(&fut, format!("body of {}", url)).unwrap();
        }
        steps += 1;
        assert!(steps < 100);
    }
    let r: String = vm.run_until_complete(&task).unwrap();
    assert_eq!(r, "body of a|body of b");
}

#[test]
fn next_deadline_reports_timers() {
    let mut vm = captured();
    let task: Value = vm
        .eval(
            "__import__('asyncio').get_event_loop().create_task(__import__('asyncio').sleep(0.3))",
        )
        .unwrap();
    vm.run_once().unwrap();
    let d = vm.next_deadline().unwrap().expect("a timer is scheduled");
    assert!(
        d > Duration::from_millis(100) && d <= Duration::from_millis(300),
        "{:?}",
        d
    );
    std::thread::sleep(d);
    let mut n = 0;
    while !vm.future_done(&task).unwrap() {
        vm.run_once().unwrap();
        n += 1;
        assert!(n < 1000);
    }
}

#[test]
fn run_coroutine_threadsafe_completes_while_the_loop_is_idle() {
    let mut vm = captured();
    vm.run(
        "import asyncio\nasync def work(n):\n    await asyncio.sleep(0.01)\n    print('working on', n)\n    return {'n': n, 'sq': n * n}\nstop = asyncio.get_event_loop().create_future()\nasync def serve():\n    return await stop\n",
        "srv.py",
    )
    .unwrap();
    let handle = vm.loop_handle();
    let client = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        let r = handle
            .run_coroutine_threadsafe(|vm| vm.call("work", (7,)))
            .wait();
        handle
            .call_soon_threadsafe(|vm| {
                let stop: Value = vm.get_global("stop")?;
                vm.resolve_future(&stop, "bye")
            })
            .unwrap();
        r
    });
    // The loop has nothing to do until the other thread sends work: it
    // must sleep and wake up, not fail or spin.
    let started = Instant::now();
    let serve: Value = vm.call("serve", ()).unwrap();
    assert_eq!(vm.run_until_complete::<String>(&serve).unwrap(), "bye");
    let r = client.join().unwrap().unwrap();
    assert_eq!(
        r,
        Data::Map(vec![
            ("n".into(), Data::Int(7)),
            ("sq".into(), Data::Int(49))
        ])
    );
    assert!(started.elapsed() >= Duration::from_millis(50));
    assert_eq!(vm.take_stdout(), "working on 7\n");
}

#[test]
fn threads_resolve_futures_by_token() {
    let mut vm = captured();
    let fut = vm.create_future().unwrap();
    let token = vm.future_token(&fut).unwrap();
    vm.set_global("answer", &fut).unwrap();
    vm.run("async def main():\n    return (await answer) + 1\n", "t.py")
        .unwrap();
    let handle = vm.loop_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        handle.resolve(token, Ok(Data::Int(41))).unwrap();
    });
    let coro: Value = vm.call("main", ()).unwrap();
    assert_eq!(vm.run_until_complete::<i64>(&coro).unwrap(), 42);
    t.join().unwrap();
}

#[test]
fn thread_errors_come_back_as_errors() {
    let mut vm = captured();
    vm.run("async def bad():\n    raise ValueError('nope')\n", "b.py")
        .unwrap();
    let handle = vm.loop_handle();
    let fut = handle.run_coroutine_threadsafe(|vm| vm.call("bad", ()));
    let keep = vm
        .eval::<Value>("__import__('asyncio').sleep(0.05)")
        .unwrap();
    vm.run_until_complete::<()>(&keep).unwrap();
    let e = fut
        .wait_timeout(Duration::from_secs(5))
        .unwrap()
        .unwrap_err();
    assert_eq!(e.type_name(), "ValueError");
    assert_eq!(e.message(), "nope");
    drop(vm);
    // The VM is gone: the handle reports a closed loop.
    let gone = handle.call_soon_threadsafe(|_| Ok(()));
    assert!(gone.is_err());
}

#[test]
fn an_idle_loop_with_no_handles_reports_instead_of_hanging() {
    let mut vm = captured();
    let fut = vm.create_future().unwrap();
    let e = vm.run_until_complete::<Value>(&fut).unwrap_err();
    assert_eq!(e.type_name(), "RuntimeError");
}
