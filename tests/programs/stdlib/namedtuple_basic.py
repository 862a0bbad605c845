from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), tuple(p))
x, y = p
print(x, y, Point._fields, Point.__name__, Point)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(isinstance(p, tuple), hash(p) == hash((1, 2)), p + (3,), p * 2)
P3 = namedtuple("P3", "a, b c", defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults)
R = namedtuple("R", ["ok", "def", "ok"], rename=True)
print(R._fields, R(1, 2, 3))
class Sub(namedtuple("Base", "a b")):
    __slots__ = ()
    @property
    def total(self):
        return self.a + self.b
    def __str__(self):
        return "Sub!"
s = Sub(3, 4)
print(s, repr(s), s.total, str(s))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): "a"}[(1, 2)])
Single = namedtuple("Single", "v")
print(Single(1), Single._make([2]))
print(Point.__doc__, Point(1, 2).__class__.__module__)
print(max(Point(1, 9), Point(2, 0), key=lambda q: q.y))
E = namedtuple("E", "")
print(E(), len(E()))
