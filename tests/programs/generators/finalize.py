# A suspended generator that becomes unreachable is closed.
import gc

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def with_finally(tag):
    try:
        with CM(tag):
            yield 1
            yield 2
    finally:
        print("finally", tag)

g = with_finally("a")
next(g)
print("dropping a")
del g
print("after drop a")

# rebinding the only reference
g = with_finally("b")
next(g)
g = None
print("after rebind b")

# not started: nothing runs
g = with_finally("c")
del g
print("after unstarted c")

# finished: nothing more runs
g = with_finally("d")
list(g)
del g
print("after finished d")

# generator in a reference cycle is collected by gc
def cyclic():
    try:
        yield
    finally:
        print("finally cyclic")

class Holder:
    pass

h = Holder()
h.g = cyclic()
h.g.gi_frame  # touch
h.self = h
next(h.g)
del h
gc.collect()
print("after collect")

# the GeneratorExit can be observed
def observe():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit on drop")
        raise

g = observe()
next(g)
del g

# a dropped generator going out of scope at function exit
def user():
    g = with_finally("local")
    next(g)
    print("leaving user")

user()
print("after user")

# loop break leaves a partially consumed generator that gets closed
for x in with_finally("loop"):
    print("loop got", x)
    break
print("after loop")

# nested generators: closing the outer one closes the inner one
def inner():
    try:
        yield "in"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
next(g)
del g
print("end")
