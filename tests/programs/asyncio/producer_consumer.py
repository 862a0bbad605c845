# A producer/consumer pipeline with queues, events and cancellation.
import asyncio

async def producer(q, n, tag):
    for i in range(n):
        await asyncio.sleep(0.001)
        await q.put((tag, i))
    print("producer", tag, "done")

async def consumer(q, out, name):
    while True:
        item = await q.get()
        out.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, out, c)) for c in "xy"]
    await asyncio.gather(producer(q, 3, "p"), producer(q, 2, "r"))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sorted(out), len(out))

    # an event starting many waiters at once
    start = asyncio.Event()
    order = []
    async def runner(i):
        await start.wait()
        order.append(i)
    tasks = [asyncio.create_task(runner(i)) for i in range(4)]
    await asyncio.sleep(0)
    print("nobody started:", order)
    start.set()
    await asyncio.gather(*tasks)
    print("started in order:", order)

asyncio.run(main())
