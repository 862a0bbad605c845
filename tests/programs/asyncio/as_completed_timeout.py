import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    aws = [job("a", 0.03), job("b", 0.01), job("c", 0.02)]
    for f in asyncio.as_completed(aws):
        print(await f)
    ts = [asyncio.create_task(job("x", 0.01)), asyncio.create_task(job("y", 0.5))]
    got = []
    try:
        for f in asyncio.as_completed(ts, timeout=0.05):
            got.append(await f)
    except asyncio.TimeoutError:
        print("timed out with", got)
    await asyncio.sleep(0)
    print("y still pending", ts[1].done())
    ts[1].cancel()
    async def boom():
        await asyncio.sleep(0.01)
        raise RuntimeError("bad")
    for f in asyncio.as_completed([boom(), job("ok", 0.02)]):
        try:
            print(await f)
        except RuntimeError as e:
            print("raised", e)
    print(list(asyncio.as_completed([])))

asyncio.run(main())
