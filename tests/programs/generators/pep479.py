# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("inner")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__cause__ is e.__context__)
    print(e.__suppress_context__)

# next() on an exhausted iterator inside a generator
def bad2():
    it = iter([])
    yield next(it)

try:
    list(bad2())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# StopIteration subclass is converted too
class MyStop(StopIteration):
    pass

def bad3():
    yield 1
    raise MyStop

try:
    for x in bad3():
        print("x", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def ok():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"

print(list(ok()))

# return value is the proper way
def ret():
    yield 1
    return 42

g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# thrown StopIteration also becomes RuntimeError
def plain():
    yield 1
    yield 2

g = plain()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("thrown:", e)

# generator expressions follow the same rule
def raiser(x):
    raise StopIteration

try:
    list(raiser(x) for x in range(3))
except RuntimeError as e:
    print("genexp:", e)

# StopAsyncIteration is not affected in sync generators
def sai():
    yield 1
    raise StopAsyncIteration("sai")

try:
    list(sai())
except StopAsyncIteration as e:
    print("StopAsyncIteration:", e)

# after the RuntimeError the generator is finished
g = bad()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(next(g, "finished"))
