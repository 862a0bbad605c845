# Coroutines: await, async for, async with, an async generator and an
# async comprehension.
import asyncio


class Lock:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    total = 0
    async with Lock() as lock:
        async for t in ticks(3):
            total += t
    squares = [t * t async for t in ticks(2)]
    return await asyncio.sleep(0, total)


asyncio.run(main())
