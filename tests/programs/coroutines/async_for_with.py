# async for and async with, driven by a tiny runner.
import types

@types.coroutine
def tick(v=None):
    return (yield v)

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("steps", steps)
        return e.value

class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def use_for():
    out = []
    async for x in ARange(3):
        out.append(x)
    else:
        out.append("else")
    async for x in ARange(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x * 10)
    else:
        out.append("not reached")
    return out

print(run(use_for()))

class NoAiter:
    pass

class BadAiter:
    def __aiter__(self):
        return 5

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def for_over(obj):
    async for x in obj:
        pass

for obj in [NoAiter(), BadAiter(), BadAnext(), [1, 2]]:
    try:
        run(for_over(obj))
    except TypeError as e:
        print("TypeError:", e)

# __anext__ returning a plain awaitable object
class Fut:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v

class AwaitableAnext:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return Fut(self.n)

async def use_awaitable_anext():
    return [x async for x in AwaitableAnext()]

print(run(use_awaitable_anext()))

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await tick()
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await tick()
        print("aexit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

async def use_with():
    async with ACM("a") as v:
        print("inside", v)
    async with ACM("b", suppress=True):
        raise ValueError("suppressed")
    print("after b")
    try:
        async with ACM("c"):
            raise KeyError("passes")
    except KeyError as e:
        print("caught", repr(e))
    async with ACM("d") as d, ACM("e") as e:
        print("both", d, e)
    for i in range(3):
        async with ACM("loop%d" % i):
            if i == 1:
                break
    return "with done"

print(run(use_with()))

class NoAenter:
    async def __aexit__(self, *a):
        pass

class NoAexit:
    async def __aenter__(self):
        pass

class SyncAenter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

async def with_obj(obj):
    async with obj:
        print("body")

for obj in [NoAenter(), NoAexit(), SyncAenter(), object()]:
    try:
        run(with_obj(obj))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# return inside async with runs __aexit__
async def ret_inside():
    async with ACM("r"):
        return "returned"

print(run(ret_inside()))

# exception raised in __aexit__ replaces the body's
class BadExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise OSError("exit failed")

async def bad_exit():
    try:
        async with BadExit():
            raise ValueError("body")
    except OSError as e:
        print("OSError", e, repr(e.__context__))

run(bad_exit())
