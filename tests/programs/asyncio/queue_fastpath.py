# Queue fast paths must behave exactly like the script methods.
import asyncio


def show(q):
    print(repr(q).replace(hex(id(q)), 'ADDR'), str(q), q.qsize(), q.empty(), q.full())


async def order():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def prod(name, n):
        for i in range(n):
            await q.put((name, i))
            log.append(('put', name, i))

    async def cons(name, n):
        for _ in range(n):
            v = await q.get()
            log.append(('got', name, v))
            q.task_done()

    ts = [asyncio.create_task(prod('a', 5)), asyncio.create_task(prod('b', 5)),
          asyncio.create_task(cons('x', 4)), asyncio.create_task(cons('y', 6))]
    await asyncio.gather(*ts)
    await q.join()
    for e in log:
        print(*e)
    show(q)


async def nowait():
    q = asyncio.Queue(maxsize=3)
    for i in range(3):
        q.put_nowait(i)
    show(q)
    try:
        q.put_nowait(9)
    except asyncio.QueueFull as e:
        print('full', type(e).__name__, repr(e))
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('empty', type(e).__name__, repr(e))
    show(q)
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    q = asyncio.Queue(maxsize=1.5)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize())
    q = asyncio.Queue(maxsize=-1)
    for i in range(10):
        q.put_nowait(i)
    print(q.full(), q.qsize())
    q.put_nowait(None)
    show(q)


async def cancelled_getters():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    g3 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    show(q)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait('a')
    q.put_nowait('b')
    show(q)
    print(await g2, await g3, g1.cancelled())
    show(q)
    # A getter cancelled after being woken passes the wakeup on.
    g4 = asyncio.create_task(q.get())
    g5 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('c')
    g4.cancel()
    await asyncio.sleep(0)
    print(g4.cancelled(), g5.done(), g5.done() and g5.result())
    show(q)


async def cancelled_putters():
    q = asyncio.Queue(1)
    await q.put(0)
    p1 = asyncio.create_task(q.put(1))
    p2 = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    show(q)
    p1.cancel()
    await asyncio.sleep(0)
    print(await q.get())
    await asyncio.sleep(0)
    show(q)
    print(await q.get(), p1.cancelled(), p2.done())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    show(q)


class Logged(asyncio.Queue):
    def _put(self, item):
        print('  _put', item)
        super()._put(item)

    def _get(self):
        v = super()._get()
        print('  _get', v)
        return v

    def full(self):
        r = super().full()
        print('  full', r)
        return r


async def subclasses():
    q = Logged(2)
    await q.put(1)
    q.put_nowait(2)
    print(await q.get(), q.get_nowait())
    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2]:
        await pq.put(v)
    print([await pq.get() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for v in [5, 1, 4, 2]:
        lq.put_nowait(v)
    print([lq.get_nowait() for _ in range(4)])
    # Instance attributes that shadow methods are honoured.
    q = asyncio.Queue()
    q.full = lambda: print('  own full') or False
    await q.put(3)
    q.put_nowait(4)
    q.empty = lambda: print('  own empty') or False
    print(await q.get(), q.get_nowait())
    # So are methods patched on the class.
    q = asyncio.Queue()
    saved = asyncio.Queue._put
    def loud(self, item):
        print('  patched _put', item)
        saved(self, item)
    asyncio.Queue._put = loud
    try:
        await q.put(7)
        q.put_nowait(8)
    finally:
        asyncio.Queue._put = saved
    await q.put(9)
    print(q.get_nowait(), await q.get(), q.get_nowait())
    # A replaced _queue.
    q = asyncio.Queue()
    q._queue = [1, 2]
    q.put_nowait(3)
    print(q._queue)


async def join_wakes():
    q = asyncio.Queue()
    done = []

    async def joiner(n):
        await q.join()
        done.append(n)

    q.put_nowait(1)
    js = [asyncio.create_task(joiner(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(q._finished.is_set(), done)
    q.get_nowait()
    q.task_done()
    print(q._finished.is_set(), done)
    await asyncio.gather(*js)
    print(done)
    await q.put(2)
    print(q._finished.is_set(), q._unfinished_tasks)


async def main():
    for f in (order, nowait, cancelled_getters, cancelled_putters, subclasses, join_wakes):
        print('--', f.__name__)
        await f()
    g = asyncio.Queue().get()
    print(type(g).__name__)
    g.close()
    c = asyncio.Queue().put(1)
    print(type(c).__name__, c.__qualname__)
    c.close()


asyncio.run(main())
