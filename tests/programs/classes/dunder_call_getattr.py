class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.dyn_hello, getattr(l, "dyn_x"), hasattr(l, "nope"), getattr(l, "nope", "default"))
try:
    l.nope
except AttributeError as e:
    print(e)
class Rec:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Rec()
r.a = "x"; r.b = 2
del r.a
print(r.log, r.b, hasattr(r, "a"))
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = GA()
g.z = 1
print(g.magic, g.z)
class Slots:
    pass
s = Slots()
try:
    s.missing
except AttributeError as e:
    print(e)
try:
    Slots.missing
except AttributeError as e:
    print(e)
setattr(s, "dyn", 3)
print(s.dyn, vars(s), s.__dict__)
delattr(s, "dyn")
print(vars(s))
try:
    delattr(s, "dyn")
except AttributeError as e:
    print(e)
