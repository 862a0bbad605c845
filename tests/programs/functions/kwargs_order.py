def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
def g(a, *args, sep="-", **rest):
    return sep.join(map(str, (a,) + args)) + str(rest)
print(g(1, 2, 3), g(1, sep="+", x=1), g(*range(4), **{"sep": ":"}))
def h(a, b):
    return a - b
print(h(b=1, a=10), h(*(5,), **{"b": 2}))
d = {"a": 1}
try:
    h(**d, a=2)
except TypeError as e:
    print(e)
try:
    h(1, **{"a": 2})
except TypeError as e:
    print(e)
