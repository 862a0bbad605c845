print(type(1), type("s"), type([]), type(None), type(type), type(len))
T = type("T", (), {"a": 1, "m": lambda self: self.a + 1})
t = T()
print(T.__name__, t.a, t.m(), type(t).__name__, isinstance(t, T))
class V:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(V()), sorted(k for k in vars(V) if not k.startswith("__")))
print([n for n in dir(V()) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir([]))
def f():
    a = 1
    b = "two"
    return sorted(locals().items())
print(f())
g = globals()
print(g["__name__"], "f" in g, type(g).__name__)
gx = 1
globals()["gx"] = 99
print(gx)
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
import sys
print(sorted(k for k in dir(sys) if k in ("argv", "path", "modules", "exit")))
