# asyncio.Task: creation, names, results, cancel, repr, coro, done callbacks.
import asyncio

def mask(r):
    # drop "FILE:LINE" details that depend on paths
    out = []
    i = 0
    while True:
        j = min([x for x in (r.find(" running at ", i), r.find(" defined at ", i)) if x >= 0] or [-1])
        if j < 0:
            out.append(r[i:])
            break
        out.append(r[i:j + 12] + "LINE")
        k = j + 12
        while k < len(r) and r[k] not in ">":
            k += 1
        i = k
    return "".join(out)

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    t = asyncio.create_task(work(1))
    print(type(t).__name__, isinstance(t, asyncio.Future), asyncio.isfuture(t))
    print(t.get_name().startswith("Task-"), t.done())
    print(mask(repr(t)))
    print(await t, t.done(), t.result())
    print(mask(repr(t)))

    t = asyncio.create_task(work(2), name="custom")
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(123)
    print(repr(t.get_name()))
    c = t.get_coro()
    print(c.__name__, asyncio.iscoroutine(c))
    print(await t)

    # ensure_future on a coroutine creates a task; on a future returns it
    t2 = asyncio.ensure_future(work(3))
    print(type(t2).__name__, asyncio.ensure_future(t2) is t2)
    print(await t2)

    # loop.create_task
    loop = asyncio.get_running_loop()
    t3 = loop.create_task(work(4), name="via-loop")
    print(t3.get_name(), await t3, t3.get_loop() is loop)

    # a task with an exception
    async def fails():
        await asyncio.sleep(0)
        raise LookupError("task failed")
    t4 = asyncio.create_task(fails())
    try:
        await t4
    except LookupError as e:
        print("awaited:", e)
    print(repr(t4.exception()), t4.done(), t4.cancelled())
    r = mask(repr(t4))
    print(r)

    # tasks cannot have set_result/set_exception called
    for op in [lambda: t4.set_result(1), lambda: t4.set_exception(ValueError())]:
        try:
            op()
        except RuntimeError as e:
            print("RuntimeError:", e)

    # done callbacks
    t5 = asyncio.create_task(work(5))
    t5.add_done_callback(lambda t: print("done callback", t.result()))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after sleeps")

    # current_task / all_tasks
    me = asyncio.current_task()
    print(me is not None, me in asyncio.all_tasks(), mask(repr(me)).split(" coro=")[0])
    pending = asyncio.create_task(asyncio.sleep(10))
    print(len(asyncio.all_tasks()))
    pending.cancel()
    try:
        await pending
    except asyncio.CancelledError:
        print("pending cancelled")

    # creating a task with a non-coroutine
    for bad in [5, None, "s"]:
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    return "main done"

print(asyncio.run(main()))

# create_task outside a running loop
try:
    asyncio.create_task(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.current_task() if False else "no current task outside loop")
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
