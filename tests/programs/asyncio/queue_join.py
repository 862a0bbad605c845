import asyncio

async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    for i in range(3):
        q.put_nowait(i)
    async def consumer():
        while True:
            item = await q.get()
            await asyncio.sleep(0.01)
            print("processed", item)
            q.task_done()
    c = asyncio.create_task(consumer())
    await q.join()
    print("joined", q.empty(), q.qsize())
    await q.join()
    print("join on empty returns immediately")
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled")
    q.put_nowait("x")
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    bq = asyncio.Queue(maxsize=1)
    bq.put_nowait(1)
    try:
        bq.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", bq.full())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    async def putter():
        await bq.put(2)
        print("put 2 done")
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print("got", bq.get_nowait())
    await p
    print("got", await bq.get(), bq.maxsize)

asyncio.run(main())
