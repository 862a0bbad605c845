def gen():
    yield 1
g = gen()
next(g)
try:
    g.throw(42)
except TypeError as e:
    print(e)
try:
    e = ValueError()
    e.__cause__ = 3
except TypeError as x:
    print(x)
def ret():
    yield 1
    return 42
for f in (enumerate, lambda g: zip(g), lambda g: map(str, g), iter, lambda g: filter(None, g)):
    it = f(ret())
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(e.value)
