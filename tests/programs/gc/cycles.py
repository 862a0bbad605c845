# gc.collect() returns the number of unreachable objects found; these
# groups are deterministic in CPython 3.11.
import gc

gc.collect()
gc.disable()

def show(label):
    print(label, gc.collect())

l = []
l.append(l)
del l
show("self list")

d = {}
d["me"] = d
del d
show("self dict")

class A:
    pass

a = A()
b = A()
a.other = b
b.other = a
del a, b
show("two instances")

a = A()
a.me = a
del a
show("one instance")

class S:
    __slots__ = ("x",)

s = S()
s.x = s
del s
show("slots")

l = []
t = (l,)
l.append(t)
del l, t
show("tuple-list")

class M:
    def f(self):
        pass

m = M()
m.bound = m.f
del m
show("bound method")

def gen():
    yield 1

g = gen()
next(g)
del g
show("generator")

def outer():
    x = None
    def inner():
        return x
    x = inner
    return inner

f = outer()
del f
show("closure")

st = set()
class H:
    pass
h = H()
h.s = st
st.add(h)
del h, st
show("set")

show("nothing left")
gc.enable()
