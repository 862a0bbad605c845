# One method body sees instances of many subclasses: attribute loads,
# stores and method calls must find each class's own attributes.
class Base:
    def __init__(self, n):
        self.n = n
        self.hits = 0
    def step(self):
        self.hits += 1
        return self.kind() + str(self.n)
    def kind(self):
        return "base"
class A(Base):
    def kind(self):
        return "a"
class B(Base):
    def __init__(self, n):
        self.extra = "first"
        super().__init__(n)
    def kind(self):
        return "b"
class C(Base):
    kind = lambda self: "c"
class D(A):
    pass
class E(Base):
    @property
    def hits(self):
        return 100
    @hits.setter
    def hits(self, v):
        print("E.hits set", v)
class F(Base):
    __slots_like = 1
    def __getattribute__(self, name):
        if name == "n":
            return -1
        return object.__getattribute__(self, name)
objs = [A(1), B(2), C(3), D(4), Base(5), A(6), B(7), E(8), F(9)]
for rnd in range(3):
    print([o.step() for o in objs])
print([o.hits for o in objs], [o.n for o in objs])
b = objs[1]
b.kind = lambda: "shadow"
print(b.step(), objs[6].step())
A.kind = lambda self: "a2"
print([o.step() for o in objs[:4]])
del b.kind
print(b.step())
