# asyncio.timeout() and timeout_at() (3.11).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
        print("within:", cm.expired(), cm.when() is not None)
    print("after:", cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", e.args, type(e.__cause__).__name__ if e.__cause__ else None,
              type(e.__context__).__name__)
    print("expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 1)
        print("rescheduled:", cm.when() is not None)
        cm.reschedule(None)
        print("cleared:", cm.when())

    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")

    # a deadline in the past still lets the body start, then cancels at the first await
    try:
        async with asyncio.timeout(-1):
            print("body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")

    # catching CancelledError inside loses the timeout? no: exception converted on exit
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError:
        print("outer TimeoutError")

    # nested timeouts: the inner one expires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired")
            await asyncio.sleep(0)
            print("outer still fine")
    except TimeoutError:
        print("not expected")

    # other exceptions pass through
    try:
        async with asyncio.timeout(1):
            raise KeyError("k")
    except KeyError:
        print("KeyError passed through")

    # repr
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))

    # misuse
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.timeout(None)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # wait_for raises TimeoutError, which is asyncio.TimeoutError
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
