from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self):
        return "%s has value %d" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default(), [s.name for s in Shape], Shape(3) is Shape.CIRCLE)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK < Status.NOT_FOUND, Status.OK == 200, Status(404).name, int(Status.OK), Status.OK + 1, "%d" % Status.NOT_FOUND, isinstance(Status.OK, int))
print({Status.OK: "fine"}[200], max(Status), list(reversed(Status)))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, int(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm(7)), Perm.R | 1)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
white = Color.RED | Color.GREEN | Color.BLUE
print(repr(white), list(white), repr(~Color.RED), len(white), repr(Color.RED ^ Color.RED))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.CAT.value, Animal["BEE"], repr(Animal))
Http = IntEnum("Http", [("OK", 200), ("BAD", 400)])
print(Http.BAD, repr(Http.OK))
print(Shape.SQUARE == Shape.SQUARE, Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE == 2, hash(Shape.SQUARE) == hash(Shape.SQUARE))
print(Shape.__members__, type(Shape).__name__)
for bad in [lambda: Shape(9), lambda: Shape["NOPE"], lambda: Perm(8)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class Ext(Shape):
        X = 1
except TypeError as e:
    print("TypeError", e)
import copy
print(copy.deepcopy(Shape.SQUARE) is Shape.SQUARE, Shape.SQUARE.name, f"{Status.OK}", f"{Shape.SQUARE}")
