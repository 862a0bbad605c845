import random
random.seed(5)
for n in range(6):
    a = set(random.randrange(200) for _ in range(random.randrange(40)))
    print(list(a))
    print(list(set(a)))
    print(list(a.copy()))
    print(list(frozenset(a)))
    print(list({*a}))
    x = set(); x |= a; print(list(x))
    x = {1000}; x.update(a); print(list(x))
    print(list(a | {3}))
import random
random.seed(5)
for n in range(30):
    a = set(random.randrange(200) for _ in range(random.randrange(40)))
    b = set(random.randrange(200) for _ in range(random.randrange(40)))
    x = set(a); x -= b
    y = set(a); y ^= b
    z = set(a); z.symmetric_difference_update(list(b))
    w = set(a); w.difference_update(b, [1, 2, 3])
    print(list(x), list(y), list(z), list(w))
f = frozenset([1,2])
print(f.copy() is f, set(f).copy() is f)
class F(frozenset): pass
g = F([1])
print(type(g.copy()).__name__, g.copy() is g)
