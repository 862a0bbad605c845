# Generator pipelines and coroutine-style generators (send-driven consumers).
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return (count, avg)
        total += v
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closing")

p = printer(">>")
next(p)
g = grep("py", p)
next(g)
for line in ["python", "rust", "pypy", "go"]:
    g.send(line)
g.close()
p.close()

# pull pipeline
def read(lines):
    for l in lines:
        yield l

def strip(src):
    for l in src:
        yield l.strip()

def nonempty(src):
    return (l for l in src if l)

def numbered(src):
    for i, l in enumerate(src, 1):
        yield "%d: %s" % (i, l)

print(list(numbered(nonempty(strip(read(["  a ", "", " b", "   ", "c  "]))))))

# infinite generators with islice-like consumption
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for _ in range(n):
        yield next(it)

print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))

# tree traversal with yield from
class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

tree = Node(1, Node(2, Node(3), Node(4)), Node(5, Node(6)))
print(list(tree))

# generator as __iter__ of a class, iterated twice
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c), sorted(c), 2 in c, 7 in c)

# zip/map/filter with generators stop at the shortest
print(list(zip(naturals(), "abc")), list(map(lambda x: -x, take(3, naturals()))))
print(dict(zip("xyz", naturals())), any(x > 5 for x in naturals()), all(x < 3 for x in range(3)))

# unpacking a generator
first, *rest = (i for i in range(4))
print(first, rest)
a, b = (i for i in "ab")
print(a, b)
try:
    x, y = (i for i in range(3))
except ValueError as e:
    print("ValueError:", e)
print(*(i for i in range(3)), sep="-")
