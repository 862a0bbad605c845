# Lock, Event, Condition, Semaphore, BoundedSemaphore.
import asyncio

async def main():
    lock = asyncio.Lock()
    print(lock.locked(), "[unlocked]" in repr(lock))
    async with lock:
        print("held", lock.locked(), "[locked]" in repr(lock))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    order = []
    async def critical(tag):
        async with lock:
            order.append(tag + "-in")
            await asyncio.sleep(0.001)
            order.append(tag + "-out")
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order)

    print(await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("waiters" in repr(lock))
    lock.release()
    await waiter
    print("waiter acquired", lock.locked())
    lock.release()

    # Event
    ev = asyncio.Event()
    print(ev.is_set(), "[unset]" in repr(ev))
    async def wait_ev(tag):
        r = await ev.wait()
        print(tag, "woke", r)
    tasks = [asyncio.create_task(wait_ev(t)) for t in "xy"]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), await ev.wait(), "[set]" in repr(ev))
    ev.clear()
    print(ev.is_set())

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consumer(tag):
        async with cond:
            await cond.wait_for(lambda: items)
            print(tag, "took", items.pop())
    cs = [asyncio.create_task(consumer("k%d" % i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*cs)
    for bad in [cond.notify, cond.notify_all]:
        try:
            bad()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = asyncio.Condition(lock=asyncio.Lock())
    print(c2.locked())

    # Semaphore
    sem = asyncio.Semaphore(2)
    print(sem.locked(), "value:2" in repr(sem))
    running = []
    peak = []
    async def limited(i):
        async with sem:
            running.append(i)
            peak.append(len(running))
            await asyncio.sleep(0.001)
            running.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", max(peak))
    sem.release()
    print("released extra, value 3:", "value:3" in repr(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print(t.done())
    s0.release()
    await t
    print(t.result())

    # cancelled lock waiter does not keep the lock
    l2 = asyncio.Lock()
    await l2.acquire()
    w = asyncio.create_task(l2.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    l2.release()
    print("after cancelled waiter:", l2.locked())

asyncio.run(main())
