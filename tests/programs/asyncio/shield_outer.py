import asyncio

async def work(log):
    log.append("work start")
    await asyncio.sleep(0.02)
    log.append("work end")
    return "work result"

async def main():
    log = []
    inner = asyncio.create_task(work(log))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", w.cancelled(), "inner done?", inner.done())
    print(await inner, log)

    f = asyncio.get_running_loop().create_future()
    s = asyncio.shield(f)
    print(type(s).__name__, s is f)
    s.cancel()
    await asyncio.sleep(0)
    print("shield cancelled", s.cancelled(), "inner cancelled", f.cancelled())
    f.set_result(3)
    await asyncio.sleep(0)
    print(f.result())

    f2 = asyncio.get_running_loop().create_future()
    s2 = asyncio.shield(f2)
    f2.cancel()
    await asyncio.sleep(0)
    print("inner cancel propagates", s2.cancelled())

    f3 = asyncio.get_running_loop().create_future()
    s3 = asyncio.shield(f3)
    f3.set_exception(KeyError("x"))
    try:
        await s3
    except KeyError as e:
        print("exception through shield", repr(e))

    done = asyncio.get_running_loop().create_future()
    done.set_result(9)
    print(asyncio.shield(done) is done)

asyncio.run(main())
