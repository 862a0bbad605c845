# asyncio.Queue, LifoQueue, PriorityQueue.
import asyncio

async def main():
    q = asyncio.Queue()
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), [q.get_nowait() for _ in range(3)])
    for _ in range(3):
        q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(asyncio.QueueEmpty()))

    b = asyncio.Queue(maxsize=2)
    b.put_nowait("a")
    b.put_nowait("b")
    print(b.full(), b.qsize())
    try:
        b.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")

    # put blocks until there is room
    async def producer():
        await b.put("c")
        print("producer put c")
    t = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print("producer blocked:", not t.done())
    print("got", await b.get())
    await t
    print("drained", b.get_nowait(), b.get_nowait())

    # get blocks until an item arrives
    async def consumer(name):
        item = await q.get()
        print(name, "consumed", item)
        q.task_done()
    consumers = [asyncio.create_task(consumer("c%d" % i)) for i in range(2)]
    await asyncio.sleep(0)
    await q.put("x")
    await q.put("y")
    await q.join()
    print("joined")
    await asyncio.gather(*consumers)

    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print("lifo", [lq.get_nowait() for _ in range(4)])

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
        pq.put_nowait(item)
    print("priority", [pq.get_nowait() for _ in range(4)])

    # worker pool pattern with join
    work = asyncio.Queue()
    for n in range(6):
        work.put_nowait(n)
    results = []
    async def worker(wid):
        while True:
            n = await work.get()
            await asyncio.sleep(0.001 * n)
            results.append((wid, n))
            work.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    await work.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(n for _, n in results), [type(r).__name__ for r in res])

    # cancelled getter does not lose items
    q2 = asyncio.Queue()
    g = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q2.put_nowait("kept")
    print(q2.get_nowait(), g.cancelled())

    # repr
    q3 = asyncio.Queue(maxsize=3)
    print(repr(q3)[:len("<Queue")], str(q3))
    q3.put_nowait(1)
    print(str(q3))
    print(asyncio.Queue(maxsize=0).full(), asyncio.Queue(-1).full())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())
