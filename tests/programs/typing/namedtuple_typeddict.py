from typing import NamedTuple, TypedDict, Optional, List
import typing


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return "P(%d, %d)" % (self.x, self.y)


p = Point(3, -4)
print(p, repr(p), p.norm1(), p.x, p[1], p.label, len(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(Point(1, 2, "a")._asdict(), p._replace(x=10))
print(isinstance(p, tuple), Point.__mro__, Point.__name__, Point.__module__)
x, y, lbl = p
print(x, y, lbl, p == (3, -4, None))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("ann", 3)
print(e, Emp._fields, Emp.__annotations__)
Kw = NamedTuple("Kw", a=int, b=str)
print(Kw(1, "z"), Kw._fields)
try:
    Point()
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


class Full(Movie, Partial):
    director: str


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), m["year"])
print(Movie.__annotations__, Movie.__total__, Partial.__total__)
print(sorted(Full.__required_keys__), sorted(Full.__optional_keys__))
print(Full.__annotations__)
Func = TypedDict("Func", {"a": int, "b": List[str]}, total=False)
print(Func(a=1), Func.__annotations__, Func.__total__, sorted(Func.__optional_keys__))
m2: Movie = {"name": "x", "year": 1}
print(m2)
try:
    isinstance({}, Movie)
except TypeError as err:
    print("TypeError:", err)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
print(Movie.__name__, Movie.__module__)
