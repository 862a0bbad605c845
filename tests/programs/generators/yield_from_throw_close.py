# yield from: throw and close forwarding (PEP 380).
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        yield "sub recovered"
        return "sub ret"
    finally:
        print("sub finally")

def outer():
    try:
        r = yield from sub()
        print("outer got", r)
        yield "outer after"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
g.close()
print("--")

# exception not handled by sub propagates to outer
g = outer()
next(g)
print(g.throw(KeyError("k")))
g.close()
print("--")

# close forwards GeneratorExit and closes the sub-generator first
def sub2():
    try:
        yield
    except GeneratorExit:
        print("sub2 GeneratorExit")
        raise

def outer2():
    try:
        yield from sub2()
    except GeneratorExit:
        print("outer2 GeneratorExit")
        raise

g = outer2()
next(g)
g.close()
print("--")

# sub-iterator without throw(): exception raised in the delegator
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"

def outer3():
    try:
        yield from NoThrow()
    except ZeroDivisionError:
        print("outer3 caught ZeroDivisionError")
        yield "done3"

g = outer3()
print(next(g))
print(g.throw(ZeroDivisionError))
print("--")

# sub-iterator with close() attribute gets it called; one without is fine
class WithClose(NoThrow):
    def close(self):
        print("WithClose.close called")

def outer4(it):
    yield from it

g = outer4(WithClose())
next(g)
g.close()
g = outer4(NoThrow())
next(g)
g.close()
print("closed both")

# a close() that raises replaces GeneratorExit
class BadClose(NoThrow):
    def close(self):
        raise OSError("close failed")

g = outer4(BadClose())
next(g)
try:
    g.close()
except OSError as e:
    print("OSError:", e)

# throw into sub-iterator with throw(): the sub handles it
class WithThrow(NoThrow):
    def throw(self, *args):
        print("WithThrow.throw", args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        return "handled"

g = outer4(WithThrow())
next(g)
print(g.throw(IndexError))
print(g.throw(IndexError("inst")))
print("--")

# GeneratorExit thrown with throw() goes to close() of a sub without throw
g = outer4(WithClose())
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# sub-generator's return in response to throw ends the yield from
def sub5():
    try:
        yield
    except TypeError:
        return "returned on throw"

def outer5():
    r = yield from sub5()
    yield r

g = outer5()
next(g)
print(g.throw(TypeError))

# sub-generator ignoring GeneratorExit
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("stubborn ignores")

def outer6():
    yield from stubborn()

g = outer6()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = None

# StopIteration from throw carries value
def sub7():
    try:
        yield 1
    except KeyError:
        return 7

g = sub7()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration value", e.value)
