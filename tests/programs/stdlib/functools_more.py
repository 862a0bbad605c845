import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property, singledispatch

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5), p(2, d=0))
print(p.func is f, p.args, p.keywords)
pp = partial(p, 7)
print(pp(), pp.args, pp.func is f)
print(repr(partial(max, 1, key=abs)))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a + b, ["a", "b", "c"]))

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def greet(name):
    """Say hello."""
    return "hi " + name
greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__.__name__)
print(greet.__module__)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(x):
    calls.append(("t", x))
    return x
t(1); t(1.0); t(1)
print(calls[-2:], t.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache
def kw(a, b=2):
    return a + b
print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info())

print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) == K(1), K(1) >= K(2))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__)

@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3))

class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return self.r * 3
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
print(type(Circle.area).__name__)

@singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
print(show(1), show(True), show([1, 2]), show("s"), show(2.5))
print(show.dispatch(bool).__name__, object in show.registry)

class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set_one = functools.partialmethod(set, 1)
cc = Cell(); cc.set_one(); print(cc.v)

for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(len), lambda: partial(), lambda: partial(3), lambda: reduce(lambda a, b: a, 5), lambda: lru_cache("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    total_ordering(type("X", (), {}))
except ValueError as e:
    print("ValueError:", e)
