# await f() of a coroutine function runs f's frame without a coroutine
# object until it suspends; everything observable must stay the same.
import asyncio, inspect, sys

async def leaf(x):
    return x + 1

async def suspends(x):
    await asyncio.sleep(0)
    return x * 2

async def raises_stop():
    raise StopIteration(5)

async def raises_val(x):
    if x > 2:
        raise ValueError("bad %d" % x)
    return await raises_val(x + 1)

class Q:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await asyncio.sleep(0)
        return self.items.pop(0)
    async def put(self, v):
        self.items.append(v)

async def deep(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await deep(n - 1)

async def gen_state():
    t = asyncio.current_task()
    await asyncio.sleep(0)
    return t.get_coro().cr_await

async def inner_stack():
    await asyncio.sleep(0.01)

async def outer_stack():
    await inner_stack()

async def renamed():
    return 1
renamed.__name__ = "other"
renamed.__qualname__ = "other_q"

async def show_cr_await():
    await asyncio.sleep(0)

async def closure_user(k):
    def f():
        return k
    await asyncio.sleep(0)
    return f()

async def main():
    print(await leaf(1))
    print(await suspends(3))
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RT", e, type(e.__cause__).__name__)
    try:
        await raises_val(0)
    except ValueError as e:
        print("VE", e)
    q = Q()
    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            await q.put(i)
    t = asyncio.create_task(producer())
    print([await q.get() for _ in range(3)])
    await t
    print(await deep(50))
    task = asyncio.create_task(outer_stack())
    await asyncio.sleep(0)
    print(type(task.get_coro().cr_await).__name__, task.get_coro().cr_await.__qualname__)
    print(task.get_coro().cr_await.cr_await.__qualname__, inspect.getcoroutinestate(task.get_coro().cr_await))
    for f in task.get_stack():
        print(f.f_code.co_name)
    await task
    print(await renamed())
    print(await closure_user(7))
    # a coroutine materialized inside a cancelled task
    async def sleeper():
        try:
            await asyncio.sleep(10)
        finally:
            print("sleeper finally")
    async def mid():
        return await sleeper()
    t2 = asyncio.create_task(mid())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled")
    # recursion
    async def rec(n):
        return await rec(n + 1)
    try:
        await rec(0)
    except RecursionError as e:
        print("recursion", e)
    # traceback through lazy frames
    import traceback
    try:
        await raises_val(0)
    except ValueError:
        tb = traceback.format_exc().splitlines()
        print(len(tb), tb[-1])

async def a():
    fr = sys._getframe()
    print("frame", fr.f_code.co_name)
    return 1

async def b():
    try:
        await asyncio.sleep(0)
        raise KeyError("k")
    finally:
        print("b finally")

async def c():
    x = [1, 2]
    try:
        y = x[0] + await b()
    except KeyError as e:
        print("caught", e, x)
    return x

async def state():
    async def w():
        me = asyncio.current_task().get_coro()
        print(inspect.getcoroutinestate(me))
        await asyncio.sleep(0)
    await w()

async def thrower():
    async def inner():
        try:
            await asyncio.sleep(1)
        except ZeroDivisionError:
            print("inner got ZDE")
            return "recovered"
    return await inner()

async def gen_throw_into():
    co = thrower()
    fut = co.send(None)
    try:
        co.throw(ZeroDivisionError)
    except StopIteration as e:
        print("stop", e.value)
    fut.cancel()

async def main2():
    print(await a())
    print(await c())
    await state()
    await gen_throw_into()
    # await a coroutine function returned StopIteration in generator
    async def f(): return 3
    print(sum([await f() for _ in range(4)]))
    # close a materialized chain
    async def s2():
        try:
            await asyncio.sleep(5)
        finally:
            print("s2 closed")
    async def s1():
        await s2()
    co = s1()
    co.send(None)
    co.close()
    print(co.cr_frame)

asyncio.run(main())
asyncio.run(main2())
