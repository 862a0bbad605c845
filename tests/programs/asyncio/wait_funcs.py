# asyncio.wait, wait_for, shield, as_completed, sleep.
import asyncio

async def val(v, delay):
    await asyncio.sleep(delay)
    return v

async def fail(delay):
    await asyncio.sleep(delay)
    raise KeyError("failed")

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(val(i, i * 0.01), name="t%d" % i) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(names(done), names(pending))

    tasks = [asyncio.create_task(val(i, i * 0.02), name="t%d" % i) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.025)
    print(names(done), names(pending))
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(val(1, 0.05), name="slow"), asyncio.create_task(fail(0.01), name="bad")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    for t in tasks:
        t.cancel()
    await asyncio.wait(tasks)

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in [[], set()]:
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([val(1, 0)])
    except TypeError as e:
        print("TypeError:", e)

    # wait_for
    print(await asyncio.wait_for(val("in time", 0.01), timeout=1))
    try:
        await asyncio.wait_for(val("too late", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, e.args)
    print(await asyncio.wait_for(val("no timeout", 0), None))
    t = asyncio.create_task(val("cancelled on timeout", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())
    try:
        await asyncio.wait_for(fail(0), 1)
    except KeyError as e:
        print("wait_for propagated", repr(e))
    # timeout <= 0 with a done future
    f = asyncio.get_running_loop().create_future()
    f.set_result("done already")
    print(await asyncio.wait_for(f, 0))

    # shield
    inner = asyncio.create_task(val("shielded", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(val("shield coro", 0)))
    d = asyncio.get_running_loop().create_future()
    d.set_result(5)
    print(asyncio.shield(d) is d)

    # shield inside a task that gets cancelled
    inner = asyncio.create_task(val("survivor", 0.02))
    async def protector():
        return await asyncio.shield(inner)
    p = asyncio.create_task(protector())
    await asyncio.sleep(0.005)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("protector cancelled")
    print(await inner)

    # as_completed
    coros = [val("c", 0.03), val("a", 0.01), val("b", 0.02)]
    for fut in asyncio.as_completed(coros):
        print("as_completed", await fut)
    try:
        for fut in asyncio.as_completed([val("x", 1)], timeout=0.01):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timeout")
    print(list(asyncio.as_completed([])))

    # sleep
    print(await asyncio.sleep(0, "result"), await asyncio.sleep(0.001, result=7))
    print(await asyncio.sleep(-1))
    order = []
    async def spinner(tag):
        for i in range(3):
            order.append(tag + str(i))
            await asyncio.sleep(0)
    await asyncio.gather(spinner("a"), spinner("b"))
    print(order)

asyncio.run(main())
