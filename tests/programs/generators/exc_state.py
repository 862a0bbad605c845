# Exception state and generators: exc_info isolation across yields.
import sys

def gen():
    try:
        raise KeyError("inside gen")
    except KeyError:
        print("gen sees", repr(sys.exc_info()[1]))
        yield 1
        print("gen resumed sees", repr(sys.exc_info()[1]))
    print("gen after handler sees", repr(sys.exc_info()[1]))
    yield 2

g = gen()
print(next(g))
print("caller sees", repr(sys.exc_info()[1]))
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    print("caller still sees", repr(sys.exc_info()[1]))

# bare raise inside a generator re-raises the generator's handled exception
def reraiser():
    try:
        raise IndexError("idx")
    except IndexError:
        yield "in handler"
        raise

g = reraiser()
next(g)
try:
    next(g)
except IndexError as e:
    print("reraised", repr(e))

# context attached to exceptions raised after resuming inside a handler
def ctx():
    try:
        raise OSError("first")
    except OSError:
        yield
        raise RuntimeError("second")

g = ctx()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# exception thrown into a generator gets the handled exception as context
def catcher():
    try:
        yield
    except Exception as e:
        print("got", repr(e), "context", repr(e.__context__))
        yield "done"

g = catcher()
next(g)
try:
    raise LookupError("outer")
except LookupError:
    print(g.throw(TypeError("thrown")))

# traceback of an exception raised inside a generator includes its frame
import traceback
def deep():
    yield
    1 / 0

g = deep()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print(names)

# finally in generator runs on exception propagating out
def fin():
    try:
        yield 1
        raise ValueError("v")
    finally:
        print("finally on error")

g = fin()
next(g)
try:
    next(g)
except ValueError:
    print("propagated")

# try/except/else/finally with yields in every part
def all_parts(fail):
    try:
        yield "try"
        if fail:
            raise KeyError
    except KeyError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"

print(list(all_parts(False)), list(all_parts(True)))

# return inside finally overrides
def ret_finally():
    try:
        yield 1
        return "try"
    finally:
        return "finally"

g = ret_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)

# with statement in generator and exception
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return t is KeyError

def with_gen():
    with CM():
        yield 1
        raise KeyError("swallowed")
    yield "after with"

print(list(with_gen()))
