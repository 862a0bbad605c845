# Calls that leave trailing parameters to their defaults.
def f(a, b=2, c=None):
    return a, b, c
print(f(1), f(1, 3), f(1, 3, 4))
def acc(x, into=[]):
    into.append(x)
    return len(into)
print(acc(1), acc(2), acc(3, []), acc(4))
class P:
    def __init__(self, x, y=0, *, z=5):
        self.x, self.y, self.z = x, y, z
    def moved(self, dx=1, dy=1):
        return P(self.x + dx, self.y + dy)
    def where(self, fmt="%s,%s"):
        return fmt % (self.x, self.y)
p = P(1)
print(p.where(), p.moved().where(), p.moved(5).where("(%s %s)"), P.where(p), p.z)
def closure(n, step=2):
    def inner():
        return n * step
    return inner()
print(closure(3), closure(3, 5))
def countdown(n, acc=0):
    if n == 0:
        return acc
    return countdown(n - 1, acc + n)
print(countdown(50))
f.__defaults__ = (7, 8)
print(f(0), f(0, 1))
try:
    f()
except TypeError as e:
    print(e)
def g(a, b, c=3):
    return a + b + c
try:
    g(1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=lambda v, k=10: k - v), list(map(g, [1, 2], [3, 4])))
