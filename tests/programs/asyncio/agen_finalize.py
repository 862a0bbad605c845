import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finally")

async def main():
    ag = ticker("a", 10)
    async for v in ag:
        if v == 2:
            break
    print("after break")
    await ag.aclose()
    print("aclosed")
    await ag.aclose()
    print("aclose twice ok")
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    ag2 = ticker("b", 3)
    print(await ag2.asend(None))
    try:
        await ag2.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await ag2.asend(None)
    except StopAsyncIteration:
        print("b stopped")

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    ag3 = ignores()
    await ag3.__anext__()
    try:
        await ag3.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ag4 = ticker("c", 5)
    await ag4.__anext__()
    await ag4.__anext__()
    print("leaving main with c suspended")

asyncio.run(main())
print("after run")
