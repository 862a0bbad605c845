# Queue methods completed natively (put/get/put_nowait/get_nowait/
# task_done/empty/qsize/full) must stay indistinguishable from the script.
import asyncio


class Sized(asyncio.Queue):
    def qsize(self):
        print('  own qsize')
        return super().qsize()


async def fifo_waiters():
    q = asyncio.Queue(maxsize=2)
    got = []

    async def getter(n):
        v = await q.get()
        got.append((n, v))
        q.task_done()

    gs = [asyncio.create_task(getter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print('waiting getters', len(q._getters), q.empty(), q.qsize(), q.full())
    gs[1].cancel()
    for v in 'abc':
        await q.put(v)
    await asyncio.gather(*gs, return_exceptions=True)
    print(got, gs[1].cancelled())
    # Putters blocked on a full queue enter in the order they arrived.
    order = []

    async def putter(v):
        await q.put(v)
        order.append(v)

    q.put_nowait('x')
    q.put_nowait('y')
    print('full', q.full(), q.qsize())
    ps = [asyncio.create_task(putter(i)) for i in range(4)]
    await asyncio.sleep(0)
    ps[2].cancel()
    out = []
    while len(out) < 5:
        out.append(await q.get())
        q.task_done()
        await asyncio.sleep(0)
    print(out, order, ps[2].cancelled())
    await q.join()
    print('joined', q.qsize(), q._unfinished_tasks)


async def other_calls():
    q = asyncio.Queue(3)
    # Unbound calls and awaits not straight after the call.
    await asyncio.Queue.put(q, 1)
    c = q.put(2)
    await c
    print(asyncio.Queue.get_nowait(q), await asyncio.Queue.get(q))
    print(asyncio.Queue.qsize(q), asyncio.Queue.empty(q), asyncio.Queue.full(q))
    r = await asyncio.wait_for(q.get(), 1) if not q.empty() else 'none'
    print(r)
    q.put_nowait(5)
    print(await asyncio.wait_for(q.get(), 1))
    print(await asyncio.gather(q.put(6), q.get()))
    t = asyncio.create_task(q.put(7))
    await t
    print(t.result(), q.get_nowait())
    for _ in range(5):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    # Wrong argument counts raise as the script methods do.
    for f, args in ((q.put_nowait, ()), (q.get_nowait, (1,)), (q.qsize, (2,)),
                    (q.task_done, (3,))):
        try:
            f(*args)
        except TypeError as e:
            print('TypeError:', e)


async def changed_state():
    s = Sized()
    await s.put(1)
    print(s.qsize(), s.empty(), s.full())
    q = asyncio.Queue(maxsize=2.0)
    q.put_nowait(1)
    print(q.full(), q.qsize())
    q.put_nowait(2)
    print(q.full())
    q._maxsize = 5
    print(q.full(), q.empty())
    q._queue = [9]
    print(q.qsize(), q.empty(), q.full())
    q._queue = []
    print(q.qsize(), q.empty())
    q = asyncio.Queue()
    saved = asyncio.Queue.empty
    asyncio.Queue.empty = lambda self: print('  patched empty') or True
    try:
        print(q.empty())
    finally:
        asyncio.Queue.empty = saved
    print(q.empty())
    q.qsize = lambda: 42
    print(q.qsize(), q.full())


async def main():
    for f in (fifo_waiters, other_calls, changed_state):
        print('--', f.__name__)
        await f()


asyncio.run(main())
