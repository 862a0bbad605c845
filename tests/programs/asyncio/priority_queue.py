import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (2, "a"), (0, "first")]:
        pq.put_nowait(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(4)])
    pq2 = asyncio.PriorityQueue(maxsize=2)
    await pq2.put((5, "five"))
    await pq2.put((4, "four"))
    print(pq2.full(), pq2.qsize())
    async def late_put():
        await pq2.put((1, "one"))
        print("late put done")
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print(await pq2.get())
    await t
    print(await pq2.get(), await pq2.get())
    async def getter(q, name):
        v = await q.get()
        print(name, "got", v)
    q = asyncio.PriorityQueue()
    gs = [asyncio.create_task(getter(q, n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    for item in [(9, "nine"), (2, "two"), (5, "five")]:
        q.put_nowait(item)
    await asyncio.gather(*gs)

asyncio.run(main())
