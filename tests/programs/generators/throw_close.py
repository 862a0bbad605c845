# throw() and close() on generators.
def g1():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    yield "end"

g = g1()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")

# throw with type, type+value, instance
def g2():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = g2()
next(g)
g.throw(KeyError)
g.throw(KeyError, "k")
g.throw(KeyError("inst"))
g.throw(KeyError, ("a", "b"))
g.throw(TypeError, None)

# throw into a just-started generator raises at the start
def g3():
    print("never printed")
    yield
g = g3()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
try:
    next(g)
except StopIteration:
    print("exhausted after throw")

# throw into a finished generator
def g4():
    yield 1
g = g4()
list(g)
try:
    g.throw(IndexError("late"))
except IndexError as e:
    print("late:", e)

# throw bad arguments
g = g2()
next(g)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError("x"), "y")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(int)
except TypeError as e:
    print("TypeError:", e)

# uncaught exception propagates out of throw and finishes generator
def g5():
    yield 1
    yield 2
g = g5()
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("propagated", e)
print(next(g, "finished"))

# close(): GeneratorExit, finally runs
def g6():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
g = g6()
next(g)
print(g.close())
print(g.close())
print(next(g, "closed"))

# close on a not-started generator: nothing runs
g = g6()
g.close()
print(next(g, "closed before start"))

# close returning: generator catches GeneratorExit and returns
def g7():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return 5
g = g7()
next(g)
print("close ->", g.close())

# ignoring GeneratorExit
def g8():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignored")
g = g8()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close with another exception raised
def g9():
    try:
        yield
    finally:
        raise ValueError("from finally")
g = g9()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

# throw GeneratorExit manually
def g10():
    try:
        yield 1
    except GeneratorExit:
        print("manual GeneratorExit")
        yield 2
g = g10()
next(g)
print(g.throw(GeneratorExit))

# throw with traceback argument
import sys
try:
    raise OSError("tb source")
except OSError:
    tb = sys.exc_info()[2]
g = g2()
next(g)
g.throw(OSError, OSError("with tb"), tb)
try:
    g.throw(OSError, None, 5)
except TypeError as e:
    print("TypeError:", e)

# exception context inside generator
def g11():
    try:
        yield
    except KeyError:
        raise ValueError("second")
g = g11()
next(g)
try:
    g.throw(KeyError("first"))
except ValueError as e:
    print(repr(e), repr(e.__context__))
