class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v * 2 if isinstance(v, int) else v)

    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()

    def __new__(mcs, name, bases, ns, **kw):
        print(type(ns).__name__, ns.log, {k: v for k, v in ns.items() if not k.startswith("__")})
        return super().__new__(mcs, name, bases, ns)


class C(metaclass=Meta, flag=True):
    a = 1
    b = a + 1
    c = magic
    d = len("xyz")
    del a


print(C.b, C.c, C.d, hasattr(C, "a"))


class Plain:
    x = 1


class NotMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class Bad(metaclass=NotMapping):
        pass
except TypeError as e:
    print("TypeError", e)


class Missing(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()


try:
    class D(metaclass=Missing):
        y = undefined_name
except NameError as e:
    print("NameError", e)

try:
    class E(metaclass=Missing):
        del nothing
except NameError as e:
    print("NameError", e)

import enum


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()
    RW = READ | WRITE
    ALL = RW | EXEC


print(Perm.RW, Perm.ALL, Perm.READ | Perm.WRITE, list(Perm), Perm.RW.value)


class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
    ALSO_GREEN = GREEN


print(Color.ALSO_GREEN is Color.GREEN, Color.GREEN.value, list(Color))


class Lower(enum.StrEnum):
    ONE = enum.auto()
    TWO = enum.auto()


print(Lower.ONE.value, Lower.TWO)
try:
    class Dup(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)


class Custom(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = enum.auto()
    Y = enum.auto()


print(Custom.X.value, Custom.Y.value)
