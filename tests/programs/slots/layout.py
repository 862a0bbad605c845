# Instance layouts: slots through inheritance (diamonds, empty __slots__,
# a subclass that brings a __dict__ back), built-in bases, __class__
# assignment, and what object.__setattr__/__delattr__ and descriptors do.


class A:
    __slots__ = ("a",)


class B(A):
    __slots__ = ("b",)


class C(B):
    pass


class D(A):
    __slots__ = ()


class E(C, D):
    __slots__ = ("e",)


e = E()
e.a, e.b, e.e, e.extra = 1, 2, 3, 4
print(e.a, e.b, e.e, e.__dict__, [k.__name__ for k in E.__mro__])
print(A.a, B.b, E.e, B.a is A.a)
d = D()
d.a = 7
for target in (d, B()):
    try:
        target.nope = 1
    except AttributeError as ex:
        print("AttributeError", ex)

for bases in [(B, type("X", (A,), {"__slots__": ("x",)}))]:
    try:
        type("Bad", bases, {})
    except TypeError as ex:
        print("TypeError", ex)


class L(list):
    __slots__ = ("label",)


lst = L([3, 1, 2])
lst.label = "nums"
lst.sort()
print(lst, lst.label, len(lst), isinstance(lst, list))
try:
    lst.other = 1
except AttributeError as ex:
    print("AttributeError", ex)


class S(str):
    __slots__ = ("n",)


s = S("hey")
s.n = 3
print(s.upper(), s.n, s + "!")

for base in (int, tuple, bytes):
    try:
        type("T", (base,), {"__slots__": ("q",)})
    except TypeError as ex:
        print("TypeError", ex)


class I(int):
    __slots__ = ()


print(I(5) + 1, hasattr(I(5), "__dict__"))


class P1:
    __slots__ = ("v",)


class P2:
    __slots__ = ("v",)


class P3:
    __slots__ = ("v", "w")


x = P1()
x.v = 10
x.__class__ = P2
print(type(x).__name__, x.v)
try:
    x.__class__ = P3
except TypeError as ex:
    print("TypeError", ex)


class P4:
    __slots__ = ("w",)


class P5(P2):
    __slots__ = ()


for k in (P4, P5, P1):
    try:
        x.__class__ = k
        print("now", type(x).__name__, x.v)
    except TypeError as ex:
        print("TypeError", ex)


class Guarded:
    __slots__ = ("val", "log")

    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


g = Guarded()
g.val = 1
del g.val
try:
    g.other = 2
except AttributeError as ex:
    print("AttributeError", ex)
try:
    del g.val
except AttributeError as ex:
    print("AttributeError", ex)
print(g.log)


class WithProps:
    __slots__ = ("_r", "__dict__")

    def __init__(self):
        self._r = 2

    @property
    def area(self):
        return self._r * self._r

    @staticmethod
    def unit():
        return "cm"


w = WithProps()
w.note = "free"
print(w.area, w.unit(), w.__dict__, vars(w))
try:
    vars(A())
except TypeError as ex:
    print("TypeError", ex)


class Desc:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k


items = [Desc(i) for i in range(5)]
print(sum(o.k for o in items), getattr(items[0], "missing", "dflt"))
print(hasattr(Desc, "__dict__"), "k" in Desc.__dict__, Desc.__slots__)
print(Desc.k.__get__(items[3], Desc), Desc.k.__objclass__.__name__)
Desc.k.__delete__(items[3])
print(hasattr(items[3], "k"))
try:
    Desc.k.__delete__(items[3])
except AttributeError as ex:
    print("AttributeError", ex)
