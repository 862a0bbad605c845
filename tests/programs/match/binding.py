# Guards, or-patterns, as-patterns, when names are bound, subject evaluated once.

def subject():
    print("subject evaluated")
    return [1, 2]


match subject():
    case [1]:
        print("no")
    case [1, 3]:
        print("no")
    case [a, b]:
        print("third case", a, b)

# A failed pattern binds nothing, even when part of it matched.
x = "unset"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("x after failed case:", x)

# A pattern that matched binds its names even when the guard fails.
match [5, 6]:
    case [p, q] if p > q:
        print("no")
    case _:
        print("after failed guard:", p, q)

# Guards see the captures and can use walrus.
for v in [3, 4, 10]:
    match v:
        case n if n % 2 == 0 and (half := n // 2) > 2:
            print(v, "even with half", half)
        case n if n % 2 == 0:
            print(v, "small even")
        case n:
            print(v, "odd")

# Or-patterns binding the same names in different orders and positions.
for v in [(1, "a"), ("b", 2), [3], {"k": 4}, 5.5, "s"]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("pair", n, s)
        case [n] | {"k": n}:
            print("single", n)
        case float() | str() as thing:
            print("thing", thing)

# Or-patterns inside sequences, with captures around them.
for v in [[1, "x", 9], [2, "y", 8], [3, "z", 7]]:
    match v:
        case [first, ("x" | "y") as mid, last]:
            print(first, mid, last)
        case [first, *rest]:
            print("fallback", first, rest)

# As-patterns at several levels.
match [[1, 2], [3, 4]]:
    case [[a, b] as left, [c, d] as right] as whole:
        print(a, b, c, d, left, right, whole)

# Nested or-patterns.
for v in [1, 2, 3, 4, 5]:
    match v:
        case (1 | 2) | (3 | 4) as small:
            print("small", small)
        case other:
            print("other", other)

# The same name captured in both alternatives and then reused.
match (1, 2):
    case (a, 2) | (2, a):
        print("a =", a)
match (2, 1):
    case (a, 2) | (2, a):
        print("a =", a)

# Matching inside functions: captures are locals, and closures see them.
def f(v):
    match v:
        case {"cb": n}:
            return lambda: n * 2
        case [n, *_]:
            def g():
                return n + 100
            return g
    return None


print(f({"cb": 21})(), f([1, 2])(), f(0))

# Captures in a class body go to the class namespace.
class C:
    match (1, 2):
        case (first, second):
            pass


print(C.first, C.second)

# Global and nonlocal captures.
def outer():
    hit = None

    def inner(v):
        nonlocal hit
        match v:
            case [hit, *_]:
                pass
    inner([42])
    return hit


print(outer())


def set_global(v):
    global G
    match v:
        case G:
            pass


set_global("global captured")
print(G)

# Subject tuples without parentheses and starred subjects.
rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("tuple subject")
match 1,:
    case [one]:
        print("one-tuple subject", one)

# Walrus in the subject.
match (n := 5):
    case 5:
        print("walrus subject", n)
