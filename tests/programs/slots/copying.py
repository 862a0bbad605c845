# copy.copy and copy.deepcopy of slotted instances: slots set or unset,
# slots beside a __dict__, custom __getstate__/__setstate__, and
# object.__getstate__ itself.
import copy


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y

    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, getattr(self, "y", "<unset>"))


a = Pt([1, 2])
b = copy.copy(a)
c = copy.deepcopy(a)
print(a, b, c, b.x is a.x, c.x is a.x, c.x == a.x)
print(a.__getstate__(), Pt(1, 2).__getstate__())


class Mixed(Pt):
    def __init__(self):
        super().__init__(1, 2)
        self.extra = {"k": [3]}


m = Mixed()
print(m.__getstate__())
m2 = copy.deepcopy(m)
print(m2, m2.extra, m2.extra is m.extra, type(m2).__name__)
print(object().__getstate__(), Mixed.__getstate__ is object.__getstate__)


class Empty:
    __slots__ = ("a",)


print(Empty().__getstate__(), type(copy.copy(Empty())).__name__)


class Custom:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        self.v = state["v"] + 1


print(copy.copy(Custom(2)).v, copy.deepcopy(Custom(3)).v)

node = Pt(None)
node.y = node
twin = copy.deepcopy(node)
print(twin.y is twin, twin is not node)


class Plain:
    pass


p = Plain()
print(p.__getstate__())
p.q = 1
print(p.__getstate__(), p.__getstate__() is p.__dict__)
