# A coroutine suspended with nothing tracked in its frame leaves the
# collector (a collection untracks it, or it is left untracked when a
# lazily awaited coroutine first suspends); one that ties itself into a
# cycle once resumed must still be found.
import asyncio
import gc
from asyncio import tasks

sleep0 = getattr(tasks, "_sleep0", None) or getattr(tasks, "__sleep0")
box = []
freed = []


class Witness:
    def __del__(self):
        freed.append(1)


async def tie():
    await sleep0()
    me = box.pop()
    cycle = [me, Witness()]
    await sleep0()
    return cycle


c = tie()
c.send(None)
gc.collect()
box.append(c)
c.send(None)
del c
gc.collect()
print("explicit", len(freed))


class Node:
    def __init__(self):
        self.other = None

    def __del__(self):
        freed.append(2)


async def inner(n):
    # Awaited lazily: its coroutine object is made when it first
    # suspends, holding only an int.
    await sleep0()
    for _ in range(n):
        await sleep0()
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    await sleep0()
    return n


async def outer(i):
    return await inner(i % 3)


async def main():
    ts = [asyncio.ensure_future(outer(i)) for i in range(3000)]
    await asyncio.sleep(0)
    gc.collect()
    await asyncio.sleep(0)
    gc.collect()
    res = await asyncio.gather(*ts)
    return sum(res)


print("tasks", asyncio.run(main()))
gc.collect()
print("nodes freed", freed.count(2))
