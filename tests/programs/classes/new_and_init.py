class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(1, 2)
print(p, p.x, len(p), isinstance(p, tuple), p + (3,))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class MyList(list):
    def total(self): return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__, m[1:], isinstance(m, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("x") + "y", type(MyStr("x") + "y").__name__)
class MyInt(int):
    pass
print(MyInt(5) + 2, type(MyInt(5) + 2).__name__, MyInt("12"), isinstance(MyInt(1), int))
