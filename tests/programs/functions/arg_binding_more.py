def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(1, c=30, d=40))
print(f(1, b=2, d=3) if False else f(1, d=3, b=22))
def g(*, a, b):
    return a, b
print(g(b=1, a=2))
for call in [lambda: g(1, 2), lambda: g(a=1), lambda: f(d=1), lambda: f(1, 2, 3, c=4, d=5), lambda: g(a=1, b=2, c=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def many(a, b, c, d, e):
    pass
for call in [lambda: many(1), lambda: many(1, 2, 3), lambda: many(1, 2, 3, 4, 5, 6), lambda: many(1, 2, 3, 4, 5, a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
def kwonly(a, *, b, c, d):
    pass
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly(1, b=1)
except TypeError as e:
    print(e)
def opt(a, b=1):
    pass
try:
    opt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    opt()
except TypeError as e:
    print(e)
class K:
    def meth(self, x, *, y):
        pass
try:
    K().meth(1, 2)
except TypeError as e:
    print(e)
try:
    K().meth()
except TypeError as e:
    print(e)
def defaults_eval():
    print("evaluated once")
    return []
def uses(x=defaults_eval()):
    x.append(1)
    return x
print(uses(), uses(), uses([]))
