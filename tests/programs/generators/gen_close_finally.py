def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")

g = g1()
print(next(g))
g.close()
print("closed", g.gi_frame is None)
g.close()
print("close again ok")

def g2():
    try:
        yield 1
    finally:
        yield 2

g = g2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def g3():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise ValueError("from close")

g = g3()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)

def g4():
    try:
        yield 1
    finally:
        print("g4 finally")
        return 5

g = g4()
next(g)
print("close ->", g.close())

def g5():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("g5 caught", type(e).__name__)
        yield "after"
    finally:
        print("g5 finally")

g = g5()
next(g)
print(g.throw(ZeroDivisionError))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(g.gi_frame)

def g6():
    yield 1

g = g6()
try:
    g.throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted throw:", e)
print(list(g))

g = g6()
g.close()
print(list(g))

def g7():
    try:
        yield 1
    finally:
        print("g7 finally, raising")
        raise KeyError("inner")

g = g7()
next(g)
try:
    g.throw(ValueError("outer"))
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))

def g8():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("swallowed at", i)

g = g8()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError))
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
