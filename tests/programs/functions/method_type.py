# types.MethodType builds bound methods by hand.
import types
class B:
    name = "b"
def free(self, x=1):
    return (self.name, x)
b = B()
bm = types.MethodType(free, b)
print(bm(4), bm(), bm.__self__ is b, bm.__func__ is free, bm == types.MethodType(free, b))
print(repr(bm)[:40])
for args in [(1, b), (free, None), (free,), (free, b, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
try:
    types.MethodType(free, obj=b)
except TypeError as e:
    print(e)
b.m = types.MethodType(lambda self: self.name * 2, b)
print(b.m())
