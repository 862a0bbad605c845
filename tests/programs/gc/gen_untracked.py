# Generators whose frames hold only atoms are left out of the collector
# until they run; one that ties itself into a cycle when resumed must
# still be found.
import gc


def k():
    l = yield
    l.append(l)
    yield l


y = k()
next(y)
gc.collect()
y.send([])
del y
print(gc.collect())


def h(a):
    yield a
    yield a


gs = [h(i) for i in range(2000)]
for x in gs:
    next(x)
print(gc.collect(), gc.is_tracked(gs[0]))
print(gc.is_tracked((1, (2, 3), "a")))


def me():
    self_ = yield 1
    yield 2


for i in range(20000):
    x = me()
    next(x)
    x.send(x)
    del x
gc.collect()
print(gc.get_count()[0] < 700)
