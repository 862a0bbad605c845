# @dataclass(slots=True): the class is rebuilt with __slots__ naming its
# fields; frozen ones still refuse assignment and copy through
# __getstate__/__setstate__.
import copy
from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point.__slots__, type(Point.x).__name__)
print(hasattr(p, "__dict__"), [f.name for f in fields(p)])
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(p, p == Point(1, 5), Point.__qualname__)


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int
    b: str = "b"


f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(f, hash(f) == hash(Frozen(1)), f.__getstate__())
g = copy.copy(f)
print(g, g == f, g is f)
h = copy.deepcopy(Point(2, 3, [1, [2]]))
print(h)


@dataclass(slots=True)
class Child(Point):
    w: float = 1.5


c = Child(1, 2)
print(c, Child.__slots__, hasattr(c, "__dict__"))

try:
    @dataclass(slots=True)
    class Again:
        __slots__ = ("q",)
        q: int
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print("TypeError", e)


@dataclass
class Plain:
    a: int


print(hasattr(Plain(1), "__dict__"), "__slots__" in Plain.__dict__)
