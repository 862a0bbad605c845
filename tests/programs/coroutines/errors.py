# Error messages around coroutines and generators.
import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def noop():
    return "noop"

# already executing
async def reenter():
    me.send(None)

me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# cannot reuse
c = noop()
run(c)
for op in [lambda: c.send(None), lambda: c.throw(ValueError), lambda: c.close()]:
    try:
        print(op())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# awaiting things that are not awaitable
class Obj:
    pass

async def aw(x):
    return await x

for x in [1, 2.5, "s", b"b", (1,), {}, Obj(), print, range(2), iter([])]:
    try:
        run(aw(x))
    except TypeError as e:
        print("TypeError:", e)

# __await__ returning a coroutine directly
class ReturnsCoro:
    def __await__(self):
        return noop()

c = aw(ReturnsCoro())
try:
    run(c)
except TypeError as e:
    print("TypeError:", e)

# __await__ returning a generator is fine
class ReturnsGen:
    def __await__(self):
        return (i for i in range(2))
print(run(aw(ReturnsGen())))

# __await__ that raises
class Raises:
    def __await__(self):
        raise OSError("in __await__")
try:
    run(aw(Raises()))
except OSError as e:
    print("OSError:", e)

# await outside async function
for src in ["await x", "def f():\n    await x\n", "lambda: await x",
            "async def f():\n    yield from x\n", "async def f():\n    lambda: await x\n",
            "def g():\n    async with x:\n        pass\n", "def g():\n    async for i in x:\n        pass\n",
            "class C:\n    await x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# yield inside async def makes an async generator; return with value then is an error
try:
    compile("async def f():\n    yield\n    return 1\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# generator-based coroutine cannot be awaited unless marked
def unmarked():
    yield

try:
    run(aw(unmarked()))
except TypeError as e:
    print("TypeError:", e)

# send(non-None) to just-started coroutine
try:
    noop().send(1)
except TypeError as e:
    print("TypeError:", e)

# error inside __aenter__
class BadEnter:
    async def __aenter__(self):
        raise LookupError("aenter")
    async def __aexit__(self, *a):
        print("not called")

async def use():
    async with BadEnter():
        print("not here")

try:
    run(use())
except LookupError as e:
    print("LookupError:", e)
