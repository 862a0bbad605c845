class Config:
    debug = False
    items = []
    def toggle(self):
        self.debug = not self.debug
c1, c2 = Config(), Config()
c1.toggle()
print(c1.debug, c2.debug, Config.debug)
Config.debug = "class-level"
print(c2.debug, c1.debug)
del c1.debug
print(c1.debug)
class Counter:
    n = 0
    def __init__(self):
        type(self).n += 1
Counter(); Counter()
print(Counter.n)
class Method:
    def m(self): return self
obj = Method()
bm = obj.m
print(bm() is obj, bm.__self__ is obj, Method.m(obj) is obj, obj.m == obj.m, obj.m is obj.m)
class WithEq:
    def __eq__(self, o): return True
print(WithEq.__hash__)
try:
    Method.m()
except TypeError as e:
    print(e)
print(hasattr(Method, "m"), getattr(Method, "zz", None), "m" in dir(Method))
class A:
    x = 1
    class B:
        y = 2
print(A.B.y, A().B.y)
