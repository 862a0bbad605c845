# A task's coroutine that only the task holds is traced as part of the
# task instead of being tracked. Cycles through it must still be found,
# whether the task dies pending, the coroutine was handed out
# (get_coro(), gc.get_referents) or something kept it from the start; and
# a coroutine handed out is tracked, as CPython's always is.
import asyncio
import gc

log = []


class Witness:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


async def main():
    loop = asyncio.get_running_loop()

    # Pending, in a cycle task -> coroutine -> future -> wakeup -> task.
    fut = loop.create_future()

    async def waiter(fut, w):
        await fut

    t = loop.create_task(waiter(fut, Witness("pending")))
    t._log_destroy_pending = False
    await asyncio.sleep(0)
    gc.collect()
    del t, fut
    found = gc.collect()
    print("pending", found > 0, sorted(log))

    # Handed out by get_coro(): tracked, and kept in a cycle with its task.
    fut = loop.create_future()
    t = loop.create_task(waiter(fut, Witness("get_coro")))
    t._log_destroy_pending = False
    await asyncio.sleep(0)
    c = t.get_coro()
    print("get_coro tracked", gc.is_tracked(c))
    box = [c, t]
    del c, t, fut
    box.append(box)
    del box
    gc.collect()
    gc.collect()
    print("get_coro", sorted(log))

    # Handed out by gc.get_referents().
    fut = loop.create_future()
    t = loop.create_task(waiter(fut, Witness("referents")))
    t._log_destroy_pending = False
    await asyncio.sleep(0)
    kids = [k for k in gc.get_referents(t) if asyncio.iscoroutine(k)]
    print("referents", len(kids), [gc.is_tracked(k) for k in kids])
    kids.append(kids)
    kids.append(t)
    del t, fut, kids
    gc.collect()
    gc.collect()
    print("referents", sorted(log))

    # Held from the start by a list the coroutine itself references: the
    # collector finds the second holder and tracks it.
    fut = loop.create_future()

    async def holder(fut, box, w):
        await fut

    box = []
    c = holder(fut, box, Witness("kept"))
    box.append(c)
    t = loop.create_task(c)
    t._log_destroy_pending = False
    del c
    await asyncio.sleep(0)
    for _ in range(3):
        gc.collect()
    print("kept alive", sorted(log))
    del t, fut, box
    for _ in range(3):
        gc.collect()
    print("kept", sorted(log))

    # Many tasks waiting together, then woken: nothing is lost or freed
    # early, and what they return is intact.
    fut = loop.create_future()

    async def worker(fut, i):
        v = await fut
        return v + i

    tasks = [loop.create_task(worker(fut, i)) for i in range(3000)]
    await asyncio.sleep(0)
    gc.collect()
    fut.set_result(10)
    res = await asyncio.gather(*tasks)
    print("workers", sum(res), len(res))


asyncio.run(main())
gc.collect()
print("end", sorted(log))
