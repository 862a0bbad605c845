# `local.attr = v` and `local.attr op= v`: stores into an instance dict
# entry, and everything that must take the general path instead.


class Counter:
    def __init__(self):
        self.n = 0
        self.items = []


def bump(c, k):
    for i in range(k):
        c.n += 1
        c.items += [i]
        c.last = i
    return c.n, c.items[-3:], c.last


print(bump(Counter(), 10))


# First store into a fresh instance, then replacing it.
class Empty:
    pass


def fill(o):
    o.a = 1
    o.a = o.a + 1
    o.a *= 10
    return vars(o)


print(fill(Empty()), fill(Empty()))


# A property with a setter and a __setattr__ hook see every store.
class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x


def twice(p):
    p.v += 1
    p.v += 1
    return p.v


print(twice(Prop()))


class Hooked:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


def hooked(h):
    h.x = 1
    h.x += 5
    return h.x


print(hooked(Hooked()))


# The right side rebinds the local (walrus): the old object is updated,
# as CPython evaluates the target object once.
class Box:
    def __init__(self, v):
        self.v = v


def rebind(b, other):
    b.v += (b := other).v
    return b.v


first, second = Box(1), Box(10)
print(rebind(first, second), first.v, second.v)


# Calls on the right side run between the read and the store.
def call_between(b):
    def f():
        b.v = 50
        return 1

    b.v += f()
    return b.v


print(call_between(Box(1)))


def call_between_local(b, f):
    b.v += f(b)
    return b.v


def setter(o):
    o.v = 50
    return 1


print(call_between_local(Box(1), setter))


# Switching classes at one site, deleting in between, non-instances.
class A:
    def __init__(self):
        self.x = 1


class B(A):
    pass


def inc(o):
    o.x += 1
    return o.x


print([inc(o) for o in (A(), B(), A(), B())])
a = A()
inc(a)
del a.x
try:
    inc(a)
except AttributeError as e:
    print("AttributeError:", e)


def set_on(o):
    o.x = "set"
    return o.x


import types

print(set_on(types.SimpleNamespace()), set_on(A), A.x)
try:
    set_on(5)
except AttributeError as e:
    print("AttributeError:", e)


# A store that drops the last reference to an object with __del__.
class Noisy:
    def __del__(self):
        print("del noisy")


def replace(h):
    h.x = Noisy()
    h.x = 2
    print("after store")


replace(Box(0))
