import asyncio
import collections
import contextlib
import dataclasses
import difflib
import functools
import itertools
import os
import queue
import re
import tempfile

for name, cls in [("asyncio.Queue", asyncio.Queue), ("asyncio.PriorityQueue", asyncio.PriorityQueue),
                  ("asyncio.LifoQueue", asyncio.LifoQueue), ("queue.Queue", queue.Queue),
                  ("queue.PriorityQueue", queue.PriorityQueue),
                  ("contextlib.AbstractContextManager", contextlib.AbstractContextManager),
                  ("contextlib.AbstractAsyncContextManager", contextlib.AbstractAsyncContextManager),
                  ("os.PathLike", os.PathLike), ("re.Pattern", re.Pattern), ("re.Match", re.Match),
                  ("functools.partial", functools.partial),
                  ("functools.cached_property", functools.cached_property),
                  ("itertools.chain", itertools.chain), ("dataclasses.Field", dataclasses.Field),
                  ("collections.UserDict", collections.UserDict),
                  ("difflib.SequenceMatcher", difflib.SequenceMatcher),
                  ("tempfile.TemporaryDirectory", tempfile.TemporaryDirectory),
                  ("asyncio.Event", asyncio.Event)]:
    try:
        print(name, cls[int])
    except TypeError as e:
        print(name, "TypeError:", e)


async def worker(q: asyncio.Queue[int], out: list[int]) -> None:
    while not q.empty():
        out.append(await q.get())


async def main() -> list[int]:
    q: asyncio.Queue[int] = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    out: list[int] = []
    await worker(q, out)
    return out


print(asyncio.run(main()))
p = functools.partial[int](int, "7")
print(p(), type(p).__name__)
print(itertools.chain[int]([1], [2]).__class__.__name__, list(itertools.chain[int]([1], [2])))
