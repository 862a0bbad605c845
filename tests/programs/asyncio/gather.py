# asyncio.gather: order of results, return_exceptions, cancellation rules.
import asyncio

async def val(v, delay=0):
    await asyncio.sleep(delay)
    print("val", v)
    return v

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(val(1, 0.02), val(2, 0.01), val(3)))
    print(await asyncio.gather())
    print(await asyncio.gather(val("only")))

    # the same coroutine object passed twice is one task
    c = val("dup")
    print(await asyncio.gather(c, c))

    # futures and tasks mixed with coroutines
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    t = asyncio.create_task(val("task"))
    print(await asyncio.gather(f, t, val("coro")))

    # return_exceptions=True
    r = await asyncio.gather(val(1), fail("bad"), val(2), return_exceptions=True)
    print([repr(x) for x in r])

    # first exception propagates; the others keep running
    children = [asyncio.ensure_future(val("slow", 0.02)), asyncio.ensure_future(fail("fast"))]
    try:
        await asyncio.gather(*children)
    except ValueError as e:
        print("gather raised", e)
    print("slow done?", children[0].done())
    await asyncio.sleep(0.03)
    print("slow done later?", children[0].done(), children[0].result())

    # cancelling the gather future cancels the children
    kids = [asyncio.ensure_future(val(i, 1)) for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", [k.cancelled() for k in kids])

    # a cancelled child raises CancelledError in gather
    kids = [asyncio.ensure_future(val("x", 0.01)), asyncio.ensure_future(val("y", 1))]
    g = asyncio.gather(*kids)
    kids[1].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("child cancelled -> gather CancelledError")

    # with return_exceptions a cancelled child becomes a CancelledError result
    kids = [asyncio.ensure_future(val("p", 0)), asyncio.ensure_future(val("q", 1))]
    g = asyncio.gather(*kids, return_exceptions=True)
    kids[1].cancel()
    res = await g
    print([type(r).__name__ for r in res])

    # gather of already-done futures
    d = loop.create_future()
    d.set_result("ready")
    print(await asyncio.gather(d, d))

    # gather returns a future
    g = asyncio.gather(val("z"))
    print(type(g).__name__, isinstance(g, asyncio.Future))
    print(await g)

    # non-awaitable argument
    try:
        asyncio.gather(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
