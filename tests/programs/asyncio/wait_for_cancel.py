import asyncio

async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled inside")
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn cleaning up")
        await asyncio.sleep(0.01)
        print("stubborn cleanup done")
        raise

async def main():
    print(await asyncio.wait_for(slow("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(stubborn(), timeout=0.01)
    except TimeoutError:
        print("timeout after cleanup")
    print(await asyncio.wait_for(slow("none", 0.01), None))
    try:
        await asyncio.wait_for(slow("zero", 0.01), 0)
    except TimeoutError:
        print("zero timeout")
    t = asyncio.create_task(slow("task", 1))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled?", t.cancelled())

    async def outer():
        return await asyncio.wait_for(slow("outer-inner", 1), 5)
    ot = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    ot.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        print("outer cancelled", ot.cancelled())

asyncio.run(main())
