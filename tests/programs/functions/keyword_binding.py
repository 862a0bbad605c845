# Keyword calls bind straight from the stack when they can; every other
# case (errors included) must behave as the general binder does.
def kw(a, b=2, c=3):
    return (a, b, c)

def ko(a, *, k, m=5):
    return (a, k, m)

def po(a, b, /, c=0):
    return (a, b, c)

class C:
    def m(self, x, y=10, *, z=20):
        return (x, y, z)

    @staticmethod
    def s(p, q=1):
        return (p, q)

print(kw(1, c=9), kw(1, b=7), kw(a=4), kw(c=1, a=2, b=3), kw(1, 2, c=0))
print(ko(1, k=2), ko(1, m=0, k=3), ko(a=9, k=8))
print(po(1, 2, c=3), po(1, 2))
o = C()
print(o.m(1, z=3), o.m(x=1), o.m(1, y=2, z=3), C.m(o, 5, z=6), C.s(q=3, p=4), o.s(1, q=2))

def closure_maker(n):
    def inner(a, b=n):
        return a + b + n
    return inner
print(closure_maker(10)(1, b=2), closure_maker(3)(a=1))

f = lambda a, b=1: a * b
f.__defaults__ = (7, 8, 9)
print(f(2), f(a=2), f(b=2, a=3))
def g(a, b):
    return (a, b)
g.__defaults__ = (1, 2, 3)
print(g(), g(b=5))

for call in [lambda: kw(1, a=2), lambda: kw(1, d=2), lambda: kw(b=2), lambda: ko(1),
             lambda: ko(1, k=1, k2=2), lambda: po(a=1, b=2), lambda: kw(1, 2, 3, c=4),
             lambda: o.m(1, x=2), lambda: o.m(z=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)
print(rec(500))
