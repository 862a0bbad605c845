# Generator expressions: scoping, laziness, and introspection.
x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))

# the first iterable is evaluated immediately, the rest lazily
calls = []
def it(name, n):
    calls.append(name)
    return range(n)
g = (a + b for a in it("first", 2) for b in it("second", 2))
print(calls)
print(list(g), calls)

# class scope: only the first iterable sees class variables
class C:
    items = [1, 2, 3]
    doubled = list(i * 2 for i in items)
    try:
        pairs = list((i, j) for i in items for j in items)
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)

class D:
    n = 3
    try:
        bad = list(n for _ in range(2))
    except NameError as e:
        err = str(e)
print(D.err)

# a genexp is a single-use iterator
g = (i for i in range(3))
print(next(g), list(g), list(g), next(g, "empty"))

# genexp as sole argument without extra parentheses
print(sum(i for i in range(5)), "".join(c.upper() for c in "abc"), sorted((i % 3 for i in range(7)), reverse=True))

# nested genexps and conditionals
print(list((i, j) for i in range(3) if i for j in range(i) if j != 1))
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row))

# closure over loop variable in genexp
fs = list((lambda: i) for i in range(3))
print([f() for f in fs])

# a genexp's frame and code
g = (i for i in range(2))
print(g.gi_code.co_name, g.gi_running, type(g).__name__)
print(g.gi_code.co_varnames)

# yield inside genexp is a SyntaxError
try:
    compile("(yield i for i in range(3))", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# throw into genexp
g = (i for i in range(3))
next(g)
try:
    g.throw(KeyError("k"))
except KeyError:
    print("genexp throw propagated", next(g, "done"))
