# call_soon handles: ones the script keeps stay themselves after running,
# while dropped ones may be recycled; order, cancellation, reprs and error
# reports are unaffected.
import asyncio


def short(h):
    r = repr(h)
    return r[:r.index(' at ')] + '>' if ' at ' in r else r


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def cb(*args):
        log.append(args)

    kept = [loop.call_soon(cb, i) for i in range(3)]
    for i in range(3, 6):
        loop.call_soon(cb, i, 'x')
    print([short(h) for h in kept])
    await asyncio.sleep(0)
    print(log)
    print([h.cancelled() for h in kept])
    # Cancelling after the run changes only the flag.
    kept[0].cancel()
    print(short(kept[0]), kept[0].cancelled())
    ids = {id(h) for h in kept}
    log.clear()
    # Many dropped handles, then more: the kept ones are never handed out.
    for round_ in range(3):
        for i in range(300):
            loop.call_soon(cb, round_, i)
        await asyncio.sleep(0)
    print(len(log), log[:2], log[-1])
    fresh = [loop.call_soon(cb, 'f', i) for i in range(5)]
    print(any(id(h) in ids for h in fresh if h not in kept), len(set(map(id, fresh))))
    fresh[1].cancel()
    fresh[3].cancel()
    print([short(h) for h in fresh])
    log.clear()
    await asyncio.sleep(0)
    print(log, [h.cancelled() for h in fresh])

    # A chain that reschedules itself through dropped handles.
    out = []

    def chain(n):
        out.append(n)
        if n < 10:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 0)
    for _ in range(12):
        await asyncio.sleep(0)
    print(out)

    # Errors in callbacks are reported with the right handle.
    def handler(loop, ctx):
        print('handler:', ctx['message'].split(' at ')[0], type(ctx['exception']).__name__,
              short(ctx['handle']))

    loop.set_exception_handler(handler)

    def bad(x):
        raise ValueError(x)

    for i in range(3):
        loop.call_soon(bad, i)
        loop.call_soon(cb, 'after', i)
    log.clear()
    await asyncio.sleep(0)
    print(log)
    loop.set_exception_handler(None)

asyncio.run(main())
