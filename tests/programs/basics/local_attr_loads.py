# `local.attr` reads: instances whose attribute sits in their dict, and
# everything that must take the general path instead.
import math


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


def total(ps):
    t = 0
    for p in ps:
        t += p.x + p.y
    return t


print(total([P(i) for i in range(10)]))


class Q(P):
    pass


# Subclass and base at one site, then a module and a class.
print(total([P(1), Q(2), P(3), Q(4)]))


def attr_of(o):
    return o.pi if hasattr(o, "pi") else o.x


print(attr_of(math), attr_of(P(5)))


class C:
    x = "class attribute"


print(attr_of(C), attr_of(C()))


# Deleting the attribute after the cache was filled.
def get_x(o):
    return o.x


p = P(7)
print(get_x(p))
del p.x
try:
    get_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = "back"
print(get_x(p))


# A property added to the class later wins over the instance dict entry.
p8 = P(8)
print(get_x(p8))
P.x = property(lambda self: "property")
print(get_x(p8))
del P.x
print(get_x(p8))


# __getattr__ only for what is missing.
class G:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "missing " + name


def both(g):
    return g.x, g.y


g = G()
print(both(g), both(g))
del g.x
print(both(g))


# Unbound local.
def unbound(flag):
    if flag:
        o = P(1)
    return o.x


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# Attributes that are not instance-dict entries.
def shapes(v):
    return v.real, v.imag


print(shapes(3), shapes(2.5), shapes(True))


# The instance replaced in the local between reads; the loop re-reads.
def walk(n):
    node = {"v": 0}

    class Node:
        pass

    head = None
    for i in range(n):
        nd = Node()
        nd.v = i
        nd.next = head
        head = nd
    s = 0
    while head is not None:
        s += head.v
        head = head.next
    return s


print(walk(100))


# The attribute's value changes identity; the instance dict grows.
class Box:
    pass


def grow(b, n):
    out = []
    for i in range(n):
        setattr(b, "k%d" % i, i)
        b.v = [i]
        out.append(b.v[0])
    return out


print(grow(Box(), 5))
