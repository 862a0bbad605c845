# Cancellation interplay: shield, wait_for, gather, and cleanup awaits.
import asyncio

async def cleanup_after_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleaning up")
        await asyncio.sleep(0.001)
        print("cleanup done")
        raise

async def main():
    t = asyncio.create_task(cleanup_after_cancel())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after cleanup", t.cancelled())

    # wait_for cancels the inner task and waits for its cleanup
    try:
        await asyncio.wait_for(cleanup_after_cancel(), 0.005)
    except TimeoutError:
        print("wait_for timed out after cleanup")

    # shield keeps the inner running; the outer await is cancelled
    async def work():
        await asyncio.sleep(0.01)
        return "work result"
    inner = asyncio.ensure_future(work())
    async def outer():
        return await asyncio.shield(inner)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    res = await asyncio.gather(o, return_exceptions=True)
    print(type(res[0]).__name__, await inner)

    # cancelling gather with a child that suppresses cancellation
    async def suppressor():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "suppressed"
    g = asyncio.gather(suppressor(), asyncio.sleep(10))
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather cancelled anyway")

    # a task cancelled twice before running gets one CancelledError
    async def count_cancels():
        n = 0
        while True:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                n += 1
                if n == 2:
                    return n
    t = asyncio.create_task(count_cancels())
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    print("cancels seen:", await t)

asyncio.run(main())
