def f(a, b, c=3, *, d, e=5):
    pass
def g(a, /, b):
    pass
def h():
    pass
def v(*args, x):
    pass
cases = [
    lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1), lambda: f(1, 2, 3, 4, 5, d=1), lambda: g(a=1, b=2), lambda: g(1, 2, 3),
    lambda: h(1), lambda: h(x=1), lambda: v(1, 2), lambda: f(1, b=2, **{"b": 3}), lambda: f(1, 2, **{1: 2}),
    lambda: f(*5), lambda: f(**[1]), lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(1),
    lambda: f(d=1), lambda: g(), lambda: h(*[1, 2]),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def cm(cls, x, y):
        pass
for c in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.s(), lambda: C.cm(1), lambda: C.m(1), lambda: C(1), lambda: len(), lambda: len(1, 2), lambda: print(bad=1), lambda: int("1", 2, 3), lambda: abs(), lambda: 5(), lambda: "x"(), lambda: None()]:
    try:
        c()
    except TypeError as e:
        print(e)
