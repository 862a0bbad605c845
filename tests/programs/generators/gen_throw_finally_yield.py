import inspect

def g():
    try:
        yield "a"
    finally:
        print("cleanup start")
        x = yield "from finally"
        print("cleanup got", x)

it = g()
print(next(it))
print(it.throw(ValueError("v")))
try:
    it.send("resumed")
except ValueError as e:
    print("ValueError re-raised after finally:", e)
print(inspect.getgeneratorstate(it))

def running():
    try:
        me.send(None)
    except ValueError as e:
        yield str(e)

me = running()
print(next(me))

def delegate():
    try:
        yield from inner()
    except KeyError as e:
        print("delegate caught", repr(e))
        yield "recovered"

def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

d = delegate()
print(next(d))
print(d.throw(KeyError("k")))
print(d.gi_yieldfrom)
d.close()
print(inspect.getgeneratorstate(d))

def ret_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"

r = ret_in_finally()
next(r)
try:
    r.throw(RuntimeError("x"))
except StopIteration as e:
    print("StopIteration value", e.value)

class Closer:
    def __init__(self):
        self.items = iter([1, 2, 3])
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.items)
    def close(self):
        print("Closer.close called")

def uses_closer():
    yield from Closer()

u = uses_closer()
next(u)
u.close()

class Thrower(Closer):
    def throw(self, *a):
        print("Thrower.throw", [type(x).__name__ for x in a if x is not None][:1])
        return "thrown-value"

t = (lambda: (yield from Thrower()))()
next(t)
print(t.throw(ValueError("z")))
