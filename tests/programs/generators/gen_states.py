import inspect

def sub():
    x = yield "s1"
    print("sub got", x)
    yield "s2"
    return "subret"

def outer():
    print("state inside:", inspect.getgeneratorstate(g))
    r = yield from sub()
    print("r =", r)
    yield "o1"

g = outer()
print(inspect.getgeneratorstate(g), g.gi_yieldfrom, g.gi_running)
print(next(g))
print(inspect.getgeneratorstate(g))
yf = g.gi_yieldfrom
print(type(yf).__name__, yf.__name__, inspect.getgeneratorstate(yf))
print(g.send("hello"))
print(g.gi_yieldfrom is yf)
print(next(g))
print(g.gi_yieldfrom, inspect.getgeneratorstate(yf))
try:
    next(g)
except StopIteration:
    print("done")
print(inspect.getgeneratorstate(g), g.gi_frame)

def lst():
    yield from [1, 2]

h = lst()
next(h)
print(type(h.gi_yieldfrom).__name__)

class Aw:
    def __await__(self):
        yield "aw-step"
        return 42

async def inner():
    return await Aw()

async def coro():
    v = await inner()
    print("coro got", v)
    return v + 1

c = coro()
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_running)
print(c.send(None))
print(inspect.getcoroutinestate(c))
ca = c.cr_await
print(type(ca).__name__, ca.__name__, inspect.getcoroutinestate(ca))
print(type(ca.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_frame)

c2 = coro()
c2.close()
print(inspect.getcoroutinestate(c2))

def selfcheck():
    yield inspect.getgeneratorstate(gg)
gg = selfcheck()
print(next(gg))
