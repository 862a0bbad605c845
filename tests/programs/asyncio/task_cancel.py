# Task.cancel(): CancelledError at the next step, cancelling(), uncancel(), messages.
import asyncio

async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "got CancelledError", e.args)
        raise
    finally:
        print(tag, "finally")

async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    print(t.cancel(), t.cancelling())
    print(t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done(), t.cancel())

    # cancel with a message
    t = asyncio.create_task(sleeper("b"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # cancel before the task starts: the coroutine never runs
    async def never():
        print("never runs")
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())

    # task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("swallowed, cancelling =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # uncancel counts
    t = asyncio.create_task(asyncio.sleep(1))
    t.cancel(); t.cancel()
    print(t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass

    # cancel propagates into an awaited future
    fut = asyncio.get_running_loop().create_future()
    async def wait_fut():
        await fut
    t = asyncio.create_task(wait_fut())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("inner future cancelled:", fut.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled:", t.cancelled())

    # cancel a task waiting on another task
    inner = asyncio.create_task(sleeper("inner"))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled:", inner.cancelled())

    # cancelling a done task returns False
    async def quick():
        return 1
    q = asyncio.create_task(quick())
    await q
    print("cancel done:", q.cancel())

    # CancelledError is a BaseException
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

    # the current task cancelling itself
    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running until next await")
        await asyncio.sleep(0)
        print("not reached")
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self cancelled")

asyncio.run(main())

# the main task cancelled makes asyncio.run raise CancelledError
async def cancel_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancel_main())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")
