# Driving coroutines by hand with send/throw/close.
import types

@types.coroutine
def suspend(v):
    got = yield v
    return got

async def worker(n):
    total = 0
    for i in range(n):
        got = await suspend(("tick", i))
        print("worker got", got)
        total += got
    return total

c = worker(3)
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("result", e.value)

# throw into a suspended coroutine
async def catcher():
    try:
        await suspend("waiting")
    except ValueError as e:
        print("caught", e)
        return "handled"

c = catcher()
c.send(None)
try:
    c.throw(ValueError("bad"))
except StopIteration as e:
    print("result", e.value)

# uncaught throw propagates
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)

# close
async def closer():
    try:
        await suspend(1)
    finally:
        print("closer finally")

c = closer()
c.send(None)
c.close()
print("closed")
c.close()

# send to a finished coroutine
async def quick():
    return 5

c = quick()
try:
    c.send(None)
except StopIteration as e:
    print("quick", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# send a non-None value first
c = quick()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# throw into unstarted coroutine
c = quick()
try:
    c.throw(OSError("early"))
except OSError as e:
    print("OSError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# await chain depth
async def level(n):
    if n == 0:
        return await suspend("bottom")
    return 1 + await level(n - 1)

c = level(50)
print(c.send(None))
try:
    c.send(0)
except StopIteration as e:
    print("depth result", e.value)

# coroutines are not iterators
async def nothing():
    pass
c = nothing()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
c.close()

# __await__ wrapper
c = worker(1)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send(3)
except StopIteration as e:
    print("via wrapper", e.value)

# an exception inside the coroutine
async def failing():
    await suspend(None)
    raise IndexError("inside")

c = failing()
c.send(None)
try:
    c.send(None)
except IndexError as e:
    print("IndexError:", e)

# coroutine ignoring GeneratorExit
async def stubborn():
    while True:
        try:
            await suspend(1)
        except GeneratorExit:
            print("ignored")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
