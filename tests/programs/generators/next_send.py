# next() and send() on generators: values in, values out, return values.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        print("got", got)
        i += 1
    return "done"

g = counter(3)
print(next(g))
print(g.send("a"))
print(next(g))
try:
    g.send("b")
except StopIteration as e:
    print("stop", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)

# send(None) starts a generator like next()
g = counter(2)
print(g.send(None))

# a non-None send to a just-started generator
g = counter(2)
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g))

# default next() value
def empty():
    return 7
    yield
print(next(empty(), "default"))

# return without value
def r():
    yield 1
    return
g = r()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

# StopIteration value that is a tuple/None
def rt():
    yield
    return (1, 2)
g = rt()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

# generator in for loops, list(), sum()
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)), max(squares(3)))
for x in squares(3):
    print("sq", x)

# generators are their own iterators
g = squares(2)
print(iter(g) is g, g.__next__(), next(g))

# yield as an expression in different positions
def exprs():
    x = (yield 1) + (yield 2)
    print("sum", x)
    y = [(yield 3), (yield 4)]
    print("list", y)
    yield x, y
g = exprs()
print(next(g), g.send(10), g.send(20), g.send("p"), g.send("q"))

# yield inside try/finally, with loops and break
def fin():
    try:
        for i in range(3):
            yield i
    finally:
        print("finally ran")
for v in fin():
    print("v", v)
    if v == 1:
        break
print("after break")

# local state preserved across yields
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

# generator expressions
ge = (x * 2 for x in range(4) if x != 2)
print(type(ge).__name__, list(ge), list(ge))
print(sum(x for x in range(10)))
outer = 5
ge = (x + outer for x in range(3))
outer = 100
print(list(ge))
# first iterable evaluated eagerly
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
nested = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested))
