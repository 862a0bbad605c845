# HAND-WRITTEN EXPECTED OUTPUT (3.6 semantics).
# The Python 3.6 forms: @asyncio.coroutine, asyncio.async, loop= arguments,
# Task.all_tasks() and Task.current_task(). Expected output follows the 3.6
# documentation (python3.11 no longer has these).
import asyncio

asyncio_async = getattr(asyncio, "async")

@asyncio.coroutine
def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    yield from asyncio.sleep(0.01)
    return x + y

@asyncio.coroutine
def print_sum(x, y):
    result = yield from compute(x, y)
    print("%s + %s = %s" % (x, y, result))
    return result

loop = asyncio.get_event_loop()
print(loop.run_until_complete(print_sum(1, 2)))
print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutine(compute(0, 0)))

# asyncio.async is ensure_future
@asyncio.coroutine
def slow_operation(future):
    yield from asyncio.sleep(0.01)
    future.set_result("Future is done!")

future = asyncio.Future(loop=loop)
task = asyncio_async(slow_operation(future), loop=loop)
print(type(task).__name__, asyncio_async(future) is future)
loop.run_until_complete(future)
print(future.result())

# Task.all_tasks / Task.current_task class methods
@asyncio.coroutine
def introspect():
    me = asyncio.Task.current_task()
    print("current is a Task:", isinstance(me, asyncio.Task))
    print("in all_tasks:", me in asyncio.Task.all_tasks())
    print("current with loop:", asyncio.Task.current_task(loop=loop) is me)
    yield from asyncio.sleep(0)
    return "introspected"

print(loop.run_until_complete(introspect()))
print(asyncio.Task.current_task())
print(len(asyncio.Task.all_tasks(loop=loop)) >= 0)

# loop= keyword arguments accepted
@asyncio.coroutine
def with_loop_args():
    yield from asyncio.sleep(0, loop=loop)
    r = yield from asyncio.gather(compute(2, 3), compute(4, 5), loop=loop)
    print("gather:", r)
    r = yield from asyncio.wait_for(compute(1, 1), 1, loop=loop)
    print("wait_for:", r)
    done, pending = yield from asyncio.wait([asyncio.ensure_future(compute(3, 3), loop=loop)], loop=loop)
    print("wait:", [t.result() for t in done], len(pending))
    q = asyncio.Queue(loop=loop)
    yield from q.put("queued")
    print("queue:", (yield from q.get()))
    lock = asyncio.Lock(loop=loop)
    with (yield from lock):
        print("locked:", lock.locked())
    print("unlocked:", lock.locked())
    ev = asyncio.Event(loop=loop)
    ev.set()
    print("event:", (yield from ev.wait()))

loop.run_until_complete(with_loop_args())

# a generator coroutine awaited from async def, and the reverse
@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(0)
    return "old"

async def new_style():
    return await old_style()

@asyncio.coroutine
def old_calls_new():
    r = yield from new_style()
    return r + "+new"

print(loop.run_until_complete(old_calls_new()))

# a decorated plain function still works
@asyncio.coroutine
def not_a_generator():
    return "plain"

print(loop.run_until_complete(not_a_generator()))

# a bare yield inside a task gives up the loop once
@asyncio.coroutine
def bare_yield():
    yield
    return "after bare yield"

print(loop.run_until_complete(bare_yield()))
loop.close()
