# Sequence patterns: which subjects are sequences, lengths, stars, nesting.
import array
import collections
import collections.abc


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case (a, b, c):
            return f"three: {a!r} {b!r} {c!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(2), range(5),
          collections.deque("xy"), array.array("i", [4, 5, 6]), memoryview(b"ab"),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 12, None, iter([1, 2])]:
    print(type(v).__name__, "->", seq(v))


def stars(x):
    match x:
        case [*_]:
            pass
    match x:
        case [1, *rest]:
            print("starts with 1, rest", rest)
        case [*init, 9]:
            print("ends with 9, init", init)
        case [_, _, *_, "z"]:
            print("at least 3, ends with z")
        case [*everything]:
            print("everything", everything)


stars([1, 2, 3])
stars((4, 5, 9))
stars(["a", "b", "c", "z"])
stars(["a", "z"])
stars([])


def nested(x):
    match x:
        case [(a, b), [c, [d, *e]]]:
            return ("nested", a, b, c, d, e)
        case [[[]]]:
            return "deep empty"
        case [1, [2, _], *_]:
            return "prefix"
    return None


print(nested([(1, 2), [3, [4, 5, 6]]]))
print(nested([[[]]]))
print(nested([1, [2, 3], 4, 5]))
print(nested([1, [2, 3, 4]]))


class Trace(collections.abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  len")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


print("unpack:")
match Trace([1, 2, 3]):
    case [a, *b]:
        print(a, b)
print("index with a star wildcard:")
match Trace([1, 2, 3, 4]):
    case [a, *_, c]:
        print(a, c)
print("length mismatch:")
match Trace([1, 2]):
    case [a, b, c]:
        print("no")
    case _:
        print("too short")


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


match Registered():
    case [a, b]:
        print("unregistered matched", a, b)
    case _:
        print("unregistered is not a sequence")
collections.abc.Sequence.register(Registered)
match Registered():
    case [a, b]:
        print("registered matched", a, b)


class MyList(list):
    pass


class MyStr(str):
    pass


match MyList([1, 2]):
    case [x, y]:
        print("list subclass", x, y)
match MyStr("ab"):
    case [x, y]:
        print("no")
    case str():
        print("str subclass is not a sequence")

# Tuples of tuples with literal checks inside.
points = [(0, 0), (0, 5), (3, 0), (1, 1), (1, 2, 3)]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (0, y):
            print("on y axis at", y)
        case (x, 0):
            print("on x axis at", x)
        case (x, y) if x == y:
            print("diagonal", x)
        case (x, y):
            print("point", x, y)
        case _:
            print("not a point", p)
