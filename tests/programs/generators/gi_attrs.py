# gi_frame, gi_running, gi_code, gi_yieldfrom, __name__, __qualname__.
import inspect

def gen(a):
    x = a + 1
    yield x
    yield x * 2

g = gen(1)
print(g.gi_running, g.gi_frame is not None, g.gi_yieldfrom)
print(g.gi_code.co_name, g.gi_code is gen.__code__)
print(g.__name__, g.__qualname__)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals["x"])
list(g)
print(g.gi_frame, g.gi_running)

# gi_running is True while executing
def watcher():
    yield me.gi_running
    yield inspect.getgeneratorstate(me)

me = watcher()
print(next(me), next(me))

# already executing
def reenter():
    yield next(self_ref)

self_ref = reenter()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)

# name and qualname
class C:
    def method(self):
        yield 1

    def outer(self):
        def inner():
            yield 2
        return inner()

c = C()
print(c.method().__name__, c.method().__qualname__)
print(c.outer().__name__, c.outer().__qualname__)
g = gen(0)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    g.gi_running = True
except AttributeError as e:
    print("AttributeError")

# gi_yieldfrom during delegation
def inner():
    yield "i1"
    yield "i2"

def outer():
    yield "o"
    yield from inner()
    yield "o2"

o = outer()
print(next(o), o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
next(o)
print(next(o), o.gi_yieldfrom)

# genexp attributes
ge = (i for i in range(2))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)

# states
def st():
    yield
g = st()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

# locals through frame while suspended
def loc():
    a = 1
    yield
    b = 2
    yield
g = loc()
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
