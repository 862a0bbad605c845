from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.ALIAS is Color.RED, list(Color), len(Color), Color(2), Color["BLUE"], repr(Color))
print(Color.RED in Color)
try: print(1 in Color)
except Exception as e: print(type(e).__name__, e)
try: Color(7)
except Exception as e: print(type(e).__name__, e)
try: Color["X"]
except Exception as e: print(type(e).__name__, repr(e))
try: Color.RED = 5
except Exception as e: print(type(e).__name__, e)
try: Color.RED < Color.BLUE
except Exception as e: print(type(e).__name__, e)
class N(IntEnum):
    ONE = 1
    TWO = auto()
print(repr(N.ONE), str(N.TWO), f"{N.TWO}", N.ONE + 1, N.TWO == 2, N(1), sorted([N.TWO, N.ONE]), format(N.ONE, "03d"))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(repr(P.R | P.W), str(P.R | P.W), P.R in (P.R | P.W), repr(P(0)), list(P), bool(P(0)), repr(P.R & P.W))
class S(StrEnum):
    A = auto(); B = "bee"
print(repr(S.A), str(S.A), S.B.upper(), f"{S.B}")
print(Color.__members__.keys(), Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
A = Enum("A", "X Y")
print(list(A), A.X.value)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
