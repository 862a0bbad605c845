# Literal, singleton, value and wildcard patterns.
import enum


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 3 + 4j:
            return "complex 3+4j"
        case -1 - 2j:
            return "complex -1-2j"
        case 2j:
            return "imaginary"
        case "hello" "world":
            return "concatenated string"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10_000_000_000_000_000_000:
            return "big"
        case 0x1F:
            return "hex 31"
        case _:
            return "other"


for v in [0, 0.0, -1, -1.0, 1.5, -2.5, 3 + 4j, -1 - 2j, 2j, "helloworld", b"bytes",
          None, True, False, 1, 1.0, 10**22, 31, "x", [], ()]:
    print(repr(v), "->", lit(v))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Const:
    LIMIT = 10
    class Inner:
        NAME = "inner"


def value(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Const.LIMIT:
            return "limit"
        case Const.Inner.NAME:
            return "inner name"
        case _:
            return "nothing"


for v in [Color.RED, Color.GREEN, 10, 10.0, "inner", 1]:
    print(repr(v), "->", value(v))


class Eq:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  __eq__", self.name, repr(other))
        return other == 7


match Eq("a"):
    case 1:
        print("one")
    case 7:
        print("seven via __eq__")

match 7:
    case Const.LIMIT | 7:
        print("or with values")

# Singletons compare by identity: 1 is not True, 0 is not False.
for v in [1, 0, True, False, None, 0.0]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case None:
            print(repr(v), "is None")
        case _:
            print(repr(v), "is not a singleton")

# -0.0 equals 0.
match -0.0:
    case 0:
        print("-0.0 matches 0")
