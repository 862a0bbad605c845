//! Dropping a `Vm` frees everything it made: reference cycles, modules,
//! the event loop and the closures of host functions (with what they
//! captured), while another VM on the same thread keeps its objects.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{mpsc, Arc};

use weft::CountingAlloc;
use weft::{Value, Vm};

/// Cycles of every kind the collector meets, a module with its own
/// cycles, the event loop, and host functions called from a coroutine.
const BUSY: &str = "\
import asyncio

class G:
    pass

g = G()
g.me = g
nodes = [G() for _ in range(50)]
for a, b in zip(nodes, nodes[1:] + nodes[:1]):
    a.next = b

def gen():
    try:
        yield 1
        yield 2
    finally:
        pass

suspended = gen()
next(suspended)

async def work(n):
    await asyncio.sleep(0)
    return tick(n)

async def main():
    return sum(await asyncio.gather(*(work(i) for i in range(5))))

total = asyncio.run(main())
";

fn busy_round(arc: &Arc<i64>, tx: &mpsc::Sender<i64>) {
    let mut vm = Vm::builder().capture_output().build();
    let a = arc.clone();
    let t = tx.clone();
    vm.register_fn("tick", move |n: i64| {
        let _ = t.send(n);
        n + *a
    });
    vm.run(BUSY, "busy.py").unwrap();
    assert_eq!(vm.get_global::<i64>("total").unwrap(), 10 + 5 * **arc);
}

#[test]
fn three_hundred_rounds_leave_memory_flat() {
    let arc = Arc::new(1i64);
    let (tx, rx) = mpsc::channel();
    // Warm-up: thread-local caches (the class attribute cache, the
    // collector's scratch arrays) reach their working size.
    for _ in 0..5 {
        busy_round(&arc, &tx);
    }
    while rx.try_recv().is_ok() {}
    let before = CountingAlloc::thread_net_bytes();
    let mut received = 0;
    for _ in 0..300 {
        busy_round(&arc, &tx);
        // Drained each round: messages queued in the channel are memory
        // this thread holds.
        received += rx.try_iter().count();
    }
    let grown = CountingAlloc::thread_net_bytes() - before;
    eprintln!("300 rounds: net bytes {} -> {}", before, before + grown);
    assert_eq!(Arc::strong_count(&arc), 1, "every captured clone dropped");
    assert_eq!(received, 300 * 5);
    // Without the teardown each round kept about 480 KB.
    assert!(
        grown.abs() < 16 << 10,
        "300 rounds changed net bytes by {}",
        grown
    );
}

#[test]
fn captured_values_are_dropped_with_the_vm() {
    let arc = Arc::new(7i64);
    let (tx, rx) = mpsc::channel::<i64>();
    let mut vm = Vm::builder().capture_output().build();
    let a = arc.clone();
    vm.register_fn("ask", move || *a);
    vm.register_fn("send", move |n: i64| tx.send(n).is_ok());
    // A script value captured by a native closure and stored in the
    // script's own cycle: the collector cannot see through the closure.
    let cb: Value = vm.eval("lambda: 1").unwrap();
    vm.register_native("hold", move |_vm, _args| Ok(cb.clone()));
    vm.run(
        "import asyncio\nclass C: pass\nc = C(); c.c = c; c.h = hold\nassert send(ask())\n",
        "cap.py",
    )
    .unwrap();
    assert_eq!(rx.try_recv(), Ok(7));
    assert_eq!(Arc::strong_count(&arc), 2);
    drop(vm);
    assert_eq!(Arc::strong_count(&arc), 1);
    assert_eq!(rx.try_recv(), Err(mpsc::TryRecvError::Disconnected));
}

#[test]
fn another_vm_on_the_thread_keeps_its_objects() {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let mut keep = Vm::builder().capture_output().build();
    let c = calls.clone();
    keep.register_fn("note", move |s: String| c.borrow_mut().push(s));
    keep.run(
        "import asyncio\n\
         class Node:\n    def __init__(self, name):\n        self.name = name\n        self.me = self\n\
         ring = [Node(str(i)) for i in range(20)]\n\
         for a, b in zip(ring, ring[1:] + ring[:1]):\n    a.next = b\n\
         def counter():\n    n = 0\n    while True:\n        n += 1\n        yield n\n\
         it = counter()\nnext(it)\n\
         async def ping(x):\n    await asyncio.sleep(0)\n    note(x)\n    return x\n",
        "keep.py",
    )
    .unwrap();
    let ring_head: Value = keep.eval("ring[0]").unwrap();

    for _ in 0..3 {
        let mut other = Vm::builder().capture_output().build();
        other.register_fn("note", |_s: String| ());
        other
            .run(BUSY.replace("tick(n)", "n").as_str(), "other.py")
            .unwrap();
        other
            .run("import gc\ngc.collect()\nx = [1]; x.append(x)\n", "o.py")
            .unwrap();
        drop(other);
    }

    keep.run(
        "import gc\ngc.collect()\n\
         assert all(n.me is n for n in ring)\n\
         assert ring[-1].next is ring[0]\n\
         print(next(it), next(it), [n.name for n in ring[:3]])\n\
         print(asyncio.run(ping('after')))\n",
        "keep2.py",
    )
    .unwrap();
    assert_eq!(keep.take_stdout(), "2 3 ['0', '1', '2']\nafter\n");
    assert_eq!(*calls.borrow(), ["after"]);
    let name: String = keep
        .get_attr(&ring_head, "name")
        .and_then(|v| keep.convert(&v))
        .unwrap();
    assert_eq!(name, "0");
}

#[test]
fn finalizers_run_when_the_vm_is_dropped() {
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let mut vm = Vm::builder().capture_output().build();
    let s = seen.clone();
    vm.register_fn("report", move |what: String| s.borrow_mut().push(what));
    vm.run(
        "class Res:\n    def __init__(self, name):\n        self.name = name\n        self.me = self\n    def __del__(self):\n        report('del ' + self.name)\n\
         r = Res('cyclic')\n\
         def job():\n    try:\n        yield 1\n    finally:\n        report('finally')\n\
         j = job()\nnext(j)\n",
        "fin.py",
    )
    .unwrap();
    assert!(seen.borrow().is_empty());
    drop(vm);
    let mut got = seen.borrow().clone();
    got.sort();
    assert_eq!(got, ["del cyclic", "finally"]);
}

#[test]
fn a_runaway_finalizer_does_not_hang_the_drop() {
    let mut vm = Vm::builder().capture_output().build();
    vm.run(
        "class Spin:\n    def __del__(self):\n        while True:\n            pass\n\
         s = Spin()\ns.me = s\n",
        "spin.py",
    )
    .unwrap();
    let start = std::time::Instant::now();
    drop(vm);
    assert!(start.elapsed() < std::time::Duration::from_secs(60));
}

#[test]
fn dropping_a_vm_with_a_loop_in_progress_frees_it() {
    let arc = Arc::new(0i64);
    let warm = || {
        let mut vm = Vm::builder().capture_output().build();
        let a = arc.clone();
        vm.register_fn("val", move || *a);
        vm.run(
            "import asyncio\n\
             async def waiter(ev):\n    try:\n        await ev.wait()\n    finally:\n        val()\n\
             async def start():\n    ev = asyncio.Event()\n    return [asyncio.ensure_future(waiter(ev)) for _ in range(10)]\n",
            "loop.py",
        )
        .unwrap();
        let coro: Value = vm.call("start", ()).unwrap();
        let _tasks: Value = vm.run_until_complete(&coro).unwrap();
        vm.run_once().unwrap();
        vm.run_once().unwrap();
        drop(vm);
    };
    for _ in 0..3 {
        warm();
    }
    let before = CountingAlloc::thread_net_bytes();
    for _ in 0..20 {
        warm();
    }
    let grown = CountingAlloc::thread_net_bytes() - before;
    assert_eq!(Arc::strong_count(&arc), 1);
    assert!(
        grown.abs() < 16 << 10,
        "20 rounds changed net bytes by {}",
        grown
    );
}

#[test]
fn a_vm_made_and_dropped_inside_a_host_function() {
    let mut outer = Vm::builder().capture_output().build();
    outer.register_fn("nested", |n: i64| -> weft::Result<i64> {
        let mut inner = Vm::builder().capture_output().build();
        inner.run(BUSY.replace("tick(n)", "n").as_str(), "inner.py")?;
        let total: i64 = inner.get_global("total")?;
        drop(inner);
        Ok(total + n)
    });
    outer
        .run(
            "import asyncio\n\
             class Keep:\n    pass\n\
             keep = Keep(); keep.me = keep\n\
             async def main():\n    results = []\n    for i in range(3):\n        await asyncio.sleep(0)\n        results.append(nested(i))\n    return results\n\
             print(asyncio.run(main()), keep.me is keep)\n",
            "outer.py",
        )
        .unwrap();
    assert_eq!(outer.take_stdout(), "[10, 11, 12] True\n");
}
