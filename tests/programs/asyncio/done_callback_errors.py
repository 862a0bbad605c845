# Errors in done callbacks (scheduled by the loop itself, no Handle object
# in sight) are reported with the handle's repr, and the loop carries on.
import asyncio


def handler(loop, ctx):
    h = ctx.get('handle')
    print('handler:', ctx['message'].split(' at ')[0])
    print('  exception:', type(ctx['exception']).__name__, ctx['exception'])
    print('  handle type:', type(h).__name__, h.cancelled())


def bad(fut):
    raise ValueError('bad callback %s' % fut.result())


def good(fut):
    print('good', fut.result())


async def work():
    return 5


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(bad)
    f.add_done_callback(good)
    f.add_done_callback(lambda fut: print('lambda', fut.result()))
    f.set_result(3)
    await asyncio.sleep(0)
    t = asyncio.create_task(work())
    t.add_done_callback(good)
    t.add_done_callback(bad)
    print(await t)
    await asyncio.sleep(0)
    # A callback that calls with keyword-only arguments needs binding.
    def kw(fut, *, extra=7):
        print('kw', fut.result(), extra)
    g = loop.create_future()
    g.add_done_callback(kw)
    g.set_result(1)
    await asyncio.sleep(0)
    print('done')


asyncio.run(main())
