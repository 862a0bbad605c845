# Calls of bound method objects: stored, passed around, from super().
class Base:
    def __init__(self, name, size=1):
        self.name, self.size = name, size
    def grow(self, by=1):
        self.size += by
        return self.size
    def rec(self, n):
        return 0 if n == 0 else 1 + self.rec(n - 1)
class Child(Base):
    def __init__(self, name):
        super().__init__(name, 10)
    def grow(self, by=2):
        return super().grow(by) * 100
c = Child("c")
g = c.grow
print(g(), g(5), c.size, Base.grow(c), c.grow())
b = Base("b")
m = b.rec
print(m(30))
fs = [Base("x").grow, Child("y").grow, b.grow]
print([f() for f in fs], [f(3) for f in fs])
try:
    g(1, 2)
except TypeError as e:
    print(e)
try:
    Base("z").grow(by=1, extra=2)
except TypeError as e:
    print(e)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
k = Counter()
call = k.__call__
print(call(), call(), k())
