# Lists holding only numbers and strings leave the collector after a
# collection sees them, until written to: cycles made through them later
# are still found, and gc.collect() counts them as CPython does.
import gc

class Node:
    pass

def make(n):
    return [i for i in range(n)]

keep = [make(10) for _ in range(50)]
junk = [[j] for j in range(3000)]   # young collections run meanwhile
del junk
gc.collect()
for l in keep:
    n = Node()
    n.l = l
    l.append(n)          # l -> n -> l
del keep, l, n
print(gc.collect())

# The same through item assignment, insert, extend, slice assignment,
# +=, and sort with a key that stores the list in a new object.
def mk():
    return [1, 2, 3]

ways = []
def via_setitem(l, n): l[0] = n
def via_insert(l, n): l.insert(0, n)
def via_extend(l, n): l.extend([n])
def via_slice(l, n): l[1:2] = [n, n]
def via_iadd(l, n): l += [n]
def via_dict(l, n): l.append({"n": n})
for f in (via_setitem, via_insert, via_extend, via_slice, via_iadd, via_dict):
    ls = [mk() for _ in range(20)]
    for _ in range(3):
        gc.collect(1)   # survivors move on, number-only lists detach
    for l in ls:
        n = Node()
        n.l = l
        f(l, n)
    del ls, l, n
    print(f.__name__, gc.collect())

def sort_key_cycle():
    l = [3, 1, 2]
    for _ in range(3):
        gc.collect(1)
    holder = []
    def key(v):
        holder.append(l)   # the closure's cell and list: a cycle via holder
        return v
    l.sort(key=key)
    l.append(holder)
    return l

for _ in range(5):
    sort_key_cycle()
print(gc.collect() > 0)
print(gc.is_tracked([1, 2]), gc.is_tracked([]))

# A cycle holding number-only lists that a collection already saw: the
# lists die with it and count as it does.
def build():
    outer = [[i, i * 2] for i in range(10)]
    gc.collect(1)
    outer[3].append(outer)
    return None

build()
print(gc.collect())

class Box:
    pass

def boxes():
    b = Box()
    b.items = [1, 2, 3]
    b.names = ["a", "b"]
    shared = [7]
    b.shared = shared
    gc.collect(1)
    b.me = b
    return shared

keep = boxes()
print(gc.collect())
print(keep)

# A finalizer that runs during a collection stores into a detached list:
# the list is watched again, and the cycle it closes is found later.
sink = [0]
for _ in range(2):
    gc.collect(1)

class Fin:
    def __del__(self):
        sink.append(self)
        self.back = sink
        print("del ran")

f = Fin()
f.me = f
del f
print(gc.collect())
print(len(sink), type(sink[1]).__name__)
s = sink
del sink
del s
print(gc.collect())
