from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto


class Sh(str, Enum):
    SQ = "sq"
    DQ = "dq"


class Num(int, Enum):
    ONE = 1
    TWO = 2


class Color(Enum):
    RED = 1


class Pri(IntEnum):
    LOW = 1
    HIGH = 10


class Mode(StrEnum):
    READ = "r"
    WRITE = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Fl(Flag):
    A = 1
    B = 2


class Fmt(str, Enum):
    A = "a"

    def __str__(self):
        return "custom-" + self.value


class FloatE(float, Enum):
    PI = 3.5


for m in [Sh.SQ, Num.ONE, Color.RED, Pri.HIGH, Mode.READ, Mode.WRITE, Perm.R, Perm.R | Perm.W,
          Fl.A, Fl.A | Fl.B, Fmt.A, FloatE.PI, Perm(0), Perm(8)]:
    print(repr(m), "|", str(m), "|", format(m), "|", f"{m}", "|", "%s" % (m,), "|",
          "{}".format(m), "|", f"{m!r}")
print(f"{Num.TWO:>5}|{Pri.HIGH:03d}|{Pri.LOW:x}|{Mode.READ:>4}|{Sh.DQ:>6}")
try:
    f"{FloatE.PI:.2f}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{Num.TWO:d}"
except ValueError as e:
    print("ValueError:", e)
print(f"{FloatE.PI:>12}", f"{Sh.SQ:^9}|", f"{Color.RED:>10}|")
print(f"{Perm.R:b}", f"{Perm.R | Perm.X:d}", "%d" % Pri.HIGH, "%s" % Pri.HIGH, "%r" % Pri.HIGH)
print(Sh.SQ == "sq", Sh.SQ + "x", Mode.READ.upper(), Pri.HIGH + 1, Num.TWO * 2)
print(str(Perm.R | Perm.W | Perm.X), Perm.R | 8, int(Perm.W), Perm.R in (Perm.R | Perm.W))
print(Mode.WRITE.value, Mode("r"), Mode._member_map_ if False else list(Mode))
print("-".join([Mode.READ, Mode.WRITE]), "x".join([Sh.SQ]))
