def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2, b=3)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def w():
            return [fn() for _ in range(n)]
        return w
    return deco
@repeat(3)
def one():
    return 1
print(one())
def a(fn):
    print("apply a")
    return lambda: "a(" + fn() + ")"
def b(fn):
    print("apply b")
    return lambda: "b(" + fn() + ")"
@a
@b
def base():
    return "base"
print(base())
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
reg = []
@register(reg)
class K:
    pass
print(reg, K)
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def mul(x, y):
    return x * y
print(mul(3, 4), mul(2, 2), mul.calls)
