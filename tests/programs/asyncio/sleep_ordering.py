# sleep(0) yields exactly once; timers fire in deadline order.
import asyncio

log = []

async def worker(tag, n):
    for i in range(n):
        log.append("%s%d" % (tag, i))
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(log)
    log.clear()

    # distinct deadlines fire in deadline order, whatever the scheduling order
    loop = asyncio.get_running_loop()
    now = loop.time()
    for i in [3, 1, 4, 0, 2]:
        loop.call_at(now + 0.001 * (i + 1), log.append, i)
    await asyncio.sleep(0.02)
    print(log)
    log.clear()

    # sleeps with different delays wake in deadline order
    async def nap(d, tag):
        await asyncio.sleep(d)
        log.append(tag)
    await asyncio.gather(nap(0.03, "slow"), nap(0.01, "fast"), nap(0.02, "mid"), nap(0, "zero"))
    print(log)
    log.clear()

    # a callback scheduled with call_soon runs before a task resumed after sleep(0)
    async def t():
        log.append("task before")
        await asyncio.sleep(0)
        log.append("task after")
    task = asyncio.create_task(t())
    loop.call_soon(log.append, "soon 1")
    await asyncio.sleep(0)
    loop.call_soon(log.append, "soon 2")
    await task
    print(log)
    log.clear()

    # number of loop iterations a sleep(0) costs
    counter = [0]
    def tick():
        counter[0] += 1
        if counter[0] < 50:
            loop.call_soon(tick)
    loop.call_soon(tick)
    for _ in range(5):
        await asyncio.sleep(0)
    print("ticks during 5 sleep(0):", counter[0])
    await asyncio.sleep(0.01)

    # sleep result and cancellation of sleep
    s = asyncio.create_task(asyncio.sleep(5, "never"))
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("sleep cancelled")

asyncio.run(main())
