# A handle the script keeps shows its callback before and after it runs,
# and reports cancellation once cancelled (even after running).
import asyncio


def cb(x, y=None):
    print("cb", x)


def r(h):
    # The callback's source location is a path: show what precedes it.
    return repr(h).split(" at ")[0].split(" when=")[0]


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    print(r(h))
    await asyncio.sleep(0)
    print(r(h), h.cancelled())
    h.cancel()
    print(r(h), h.cancelled())

    hs = [loop.call_soon(cb, i, "x") for i in range(3)]
    await asyncio.sleep(0)
    print([r(x) for x in hs])

    t = loop.call_later(0.001, cb, 2)
    print(r(t))
    await asyncio.sleep(0.01)
    print(r(t), repr(t).endswith(".py:6>"))
    t.cancel()
    print(r(t), t.cancelled())

    # Handles nobody keeps are reused; the kept one is unaffected.
    keep = loop.call_soon(cb, "kept")
    for i in range(5):
        loop.call_soon(cb, i)
        await asyncio.sleep(0)
    print(r(keep))


asyncio.run(main())
