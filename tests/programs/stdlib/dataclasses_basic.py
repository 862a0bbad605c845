from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import List, ClassVar, Optional

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p.x, Point(5), Point(y=3, x=4))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)
v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, "x")), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: ClassVar[int] = 0
    note: Optional[str] = None
a = Inventory(); b = Inventory()
a.items.append("x")
print(a, b, a.items is b.items, Inventory.total, [f.name for f in fields(Inventory)])

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, scale=2)
print(r, r.area)

@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=lambda: ["t"])
ln = Line(Point(0, 0), Point(1, 1))
print(asdict(ln), astuple(ln), replace(p, y=9), is_dataclass(ln), is_dataclass(Line), is_dataclass(1))

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
print(Child(1), Child(1, "x", 2.0), [f.name for f in fields(Child)])

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
print(Point.__hash__ is None, Version.__init__.__qualname__)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))

@dataclass(repr=False)
class Quiet:
    v: int
    def __repr__(self): return "Quiet!"
print(Quiet(1))

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: asdict(p.__class__), lambda: fields(1), lambda: replace(p, z=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
