def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=2, b=3, z=0))
print(f(*[1, 2, 3], **{"c": 0, "x": 1}))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
def h(a, b, /, c, *, d):
    return a + b + c + d
print(h(1, 2, 3, d=4), h(1, 2, c=3, d=4))
def k(*, only):
    return only
print(k(only=5))
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, *(2, 3), x=1, **{"y": 2}))
print(f.__name__, f.__defaults__, f.__kwdefaults__, h.__code__.co_argcount if hasattr(h, "__code__") else 3)
def deflt(a, b=None, c=1 + 1):
    return a, b, c
print(deflt(0), deflt.__defaults__)
