# Async generators driven by asyncio: async for with sleeps, aclose, anext.
import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup")

async def main():
    print([i async for i in ticker(3, 0.001)])
    async for i in ticker(10, 0):
        if i == 2:
            break
    print("broke out")
    t = ticker(5, 0)
    print(await anext(t), await anext(t))
    await t.aclose()
    print(await anext(t, "default after close"))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    # interleaving two async generators
    async def letters():
        for c in "abc":
            await asyncio.sleep(0)
            yield c
    async def collect(agen, out):
        async for v in agen:
            out.append(v)
    out = []
    await asyncio.gather(collect(letters(), out), collect(ticker(3, 0), out))
    print(out)

    # cancelling a task blocked inside an async for
    async def consume_forever():
        async for _ in ticker(100, 1):
            pass
    task = asyncio.create_task(consume_forever())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("consumer cancelled")

    # aiter/anext builtins
    it = aiter(ticker(2, 0))
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
