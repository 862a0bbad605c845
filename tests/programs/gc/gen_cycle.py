import gc

def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

g = worker("lone")
next(g)
del g
print("after lone")

class Holder:
    pass

h = Holder()
h.g = worker("cycle")
next(h.g)
h.me = h
del h
print("collect", gc.collect() >= 1)
print("after cycle")

def selfref():
    me = yield
    try:
        yield
    finally:
        print("selfref closed")

s = selfref()
next(s)
s.send(s)
del s
gc.collect()
print("done")
