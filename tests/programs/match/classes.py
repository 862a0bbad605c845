# Class patterns: __match_args__, keywords, self-matching built-ins, errors.
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz):
            return f"3d {x} {y} {zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 4), Point(5, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 3), (0, 0)]:
    print(where(p))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case set(s) | frozenset(s):
            return f"set-like {sorted(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [7, 8], (1,), {"k": 1},
          {1, 2}, frozenset({3}), None, [], {}]:
    print(builtin(v))


class MyInt(int):
    pass


match MyInt(9):
    case MyInt(n):
        print("int subclass matches itself", n)


class Missing:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1


match Missing():
    case Missing(1, b):
        print("no", b)
    case Missing(a):
        print("only a", a)


class Prop:
    @property
    def boom(self):
        raise ValueError("from property")

    @property
    def gone(self):
        raise AttributeError("gone")


match Prop():
    case Prop(gone=_):
        print("no")
    case Prop():
        print("AttributeError means no match")
try:
    match Prop():
        case Prop(boom=_):
            print("no")
except ValueError as e:
    print("ValueError propagates:", e)


@dataclasses.dataclass
class DC:
    name: str
    size: int = 0


match DC("box", 3):
    case DC(name, size=s):
        print("dataclass", name, s)


def check(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class BadItem:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a",)
    a = 1


def too_many():
    match NoArgs():
        case NoArgs(1):
            pass


def not_a_class():
    f = len
    match 3:
        case f():
            pass


def too_many_for_point():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass


def match_args_list():
    match BadArgs():
        case BadArgs(1):
            pass


def match_args_item():
    match BadItem():
        case BadItem(1):
            pass


def duplicate_attribute():
    match Dup():
        case Dup(x, a=y):
            pass


def int_two():
    match 5:
        case int(1, 2):
            pass


def object_one():
    match 1:
        case object(x):
            pass


for f in [too_many, not_a_class, too_many_for_point, match_args_list,
          match_args_item, duplicate_attribute, int_two, object_one]:
    check(f)


# isinstance is checked before the sub-pattern count.
match "text":
    case NoArgs(1, 2, 3):
        print("no")
    case _:
        print("not an instance: no TypeError")


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


match "magic":
    case Magic():
        print("__instancecheck__ used")
