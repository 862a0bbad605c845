import asyncio

async def main():
    s = asyncio.Semaphore(2)
    print(s.locked(), repr(s).split(" at ")[0], repr(s).split("[")[1])
    async def worker(i):
        async with s:
            print("enter", i)
            await asyncio.sleep(0.01)
            print("exit", i)
    await asyncio.gather(*(worker(i) for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("locked", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    s0.release()
    s0.release()
    print(s0.locked())
    print(await s0.acquire(), await s0.acquire(), s0.locked())
    s1 = asyncio.Semaphore(1)
    await s1.acquire()
    t = asyncio.create_task(s1.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled waiter", t.cancelled())
    s1.release()
    print(await s1.acquire())

asyncio.run(main())
