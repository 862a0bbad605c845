# A generator resumed many times stays with the collector; cycles through
# it are found whether they form early, late, or after collections.
import gc


def worker(log):
    held = None
    total = 0
    try:
        while True:
            x = yield total
            if isinstance(x, int):
                total += x
            else:
                held = x
    finally:
        log.append(("closed", total, held is not None))


log = []
g = worker(log)
next(g)
for i in range(100):
    g.send(i)
gc.collect()
for i in range(100):
    g.send(1)
print(g.send(0), gc.is_tracked(g))
g.send(g)  # the frame now holds its own generator
del g
print(gc.collect() > 0, log)


def pump():
    n = 0
    while True:
        n += yield n


p = pump()
next(p)
for i in range(50):
    p.send(1)
gc.collect()
gc.collect()
print(p.send(1), gc.is_tracked(p))
box = [p]
box.append(box)
del p, box
print(gc.collect())


def stage(src):
    for v in src:
        yield v * 2


total = 0
for _ in range(3):
    pipe = stage(stage(range(1000)))
    total += sum(pipe)
    gc.collect()
print(total)
