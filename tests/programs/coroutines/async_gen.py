# Async generators (PEP 525): asend, athrow, aclose, __anext__.
import types

@types.coroutine
def tick(v="tick"):
    return (yield v)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("agen got", got)
            await tick()
    finally:
        print("agen finally")

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

print(run(consume()))

async def steps():
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.asend(None))
    try:
        await g.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after athrow")
    return "steps done"

print(run(steps()))

async def catching():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "caught " + str(e)

async def use_catching():
    g = catching()
    print(await g.asend(None))
    print(await g.athrow(KeyError("k")))
    print(await g.__anext__())
    print(await g.athrow(KeyError, KeyError("k2")))
    await g.aclose()
    print("closed")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed gen stops")

run(use_catching())

# aclose: GeneratorExit inside; yielding during aclose is a RuntimeError
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def use_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

run(use_stubborn())

# aclose on a not-started generator
async def fresh():
    print("never")
    yield

async def close_fresh():
    g = fresh()
    await g.aclose()
    print(await g.__anext__() if False else "fresh closed")

run(close_fresh())

# return value in async generator is forbidden (SyntaxError at compile time)
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("async def f():\n    yield from [1]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# StopAsyncIteration raised inside becomes RuntimeError
async def leaks():
    yield 1
    raise StopAsyncIteration

async def use_leaks():
    try:
        async for v in leaks():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

run(use_leaks())

# attributes
g = agen(1)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print(g.ag_code.co_name, g.ag_frame is not None)
print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), g.__aiter__() is g)
print(type(g.__anext__()).__name__, type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__)
r = repr(g)
print(r[:r.find(" at 0x")])

# awaitables cannot be reused
async def reuse():
    g = agen(2)
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
        await g.aclose()

run(reuse())

# async generator inside comprehension with await
async def squares(n):
    for i in range(n):
        await tick()
        yield i * i

async def comp():
    return [x async for x in squares(4) if x % 2 == 0]

print(run(comp()))

# asend on a running generator
async def running():
    g = slow()
    a = g.__anext__()
    a.send(None)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    a.close()
    print("still running:", g.ag_running)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

async def slow():
    await tick()
    yield 1

run(running())
