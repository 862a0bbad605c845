from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum
class P(int, Flag):
    A = 1
    B = 2
class R(int, ReprEnum):
    X = 5
class S(str, Enum):
    def __format__(self, spec):
        return "fmt:" + spec
    A = "a"
class Base(str, Enum):
    def __str__(self):
        return "base-str"
class Sub(Base):
    Q = "q"
class D(dict, Enum):
    pass
for m in [P.A, P.A | P.B, R.X, S.A, Sub.Q]:
    print(repr(m), str(m), format(m), f"{m:>3}", "%s" % m)
print(f"{S.A:xyz}", str(S.A))
import json
print(json.dumps({"k": S.A, "n": R.X, "p": P.A}))
print(S.A == "a", S.A in {"a": 1}, {"a": 1}[S.A])
