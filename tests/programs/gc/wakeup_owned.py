# A task waiting on a future is woken by a bound method that only the
# future holds; the collector traces it as part of the future instead of
# tracking it. Cycles through such callbacks, made before or after the
# callback was stored, must still be collected.
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

    # The cycle task -> coroutine -> future -> wakeup -> task exists once
    # the task waits; a witness hangs off the coroutine.
    fut = loop.create_future()

    async def waiter(w):
        await fut

    t = loop.create_task(waiter(Witness("first")))
    await asyncio.sleep(0)
    gc.collect()
    t.cancel()
    await asyncio.sleep(0)
    del t, fut
    gc.collect()
    print("after cancel", sorted(log))

    # A cycle closed after the wakeup was stored: the future gets a
    # reference back to a list holding the task.
    fut2 = loop.create_future()

    async def waiter2(w):
        await fut2

    t2 = loop.create_task(waiter2(Witness("second")))
    await asyncio.sleep(0)
    gc.collect()
    holder = [t2, Witness("third")]
    fut2.add_done_callback(lambda f: holder)
    t2.cancel()
    await asyncio.sleep(0)
    del t2, fut2, holder
    gc.collect()
    print("after second", sorted(log))

    # Callbacks read back from the future are tracked again and still
    # take part in cycles.
    fut3 = loop.create_future()

    async def waiter3(w):
        await fut3

    t3 = loop.create_task(waiter3(Witness("fourth")))
    await asyncio.sleep(0)
    cbs = fut3._callbacks
    print("callbacks", len(cbs))
    box = [cbs, fut3]
    cbs.append(box)
    t3.cancel()
    await asyncio.sleep(0)
    del t3, fut3, cbs, box
    gc.collect()
    print("after third", sorted(log))


    # Left pending: the dead group still holds the untracked wakeup, so
    # only tracing through it finds the cycle (the task reports its
    # destruction on stderr).
    fut4 = loop.create_future()

    async def waiter4(w):
        await fut4

    t4 = loop.create_task(waiter4(Witness("fifth")))
    await asyncio.sleep(0)
    gc.collect()
    del t4, fut4
    gc.collect()
    print("after pending", sorted(log))


asyncio.run(main())
gc.collect()
print("end", sorted(log))
