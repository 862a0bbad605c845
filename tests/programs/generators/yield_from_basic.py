# yield from: iterables, return values, send forwarding.
def gen_list():
    r = yield from [1, 2, 3]
    print("list result", r)
    r = yield from "ab"
    print("str result", r)
    r = yield from range(2)
    yield from (x * 10 for x in range(2))
    yield from {"k": 1}
    yield from iter((7, 8))

print(list(gen_list()))

def sub():
    x = yield "s1"
    print("sub got", x)
    y = yield "s2"
    print("sub got", y)
    return x + y

def deleg():
    r = yield from sub()
    print("deleg result", r)
    yield r

g = deleg()
print(next(g))
print(g.send(3))
print(g.send(4))

# sending to a sub-iterator without send(): AttributeError
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("it done")
        return self.n

def use_it():
    r = yield from It()
    print("It result", r)

g = use_it()
print(next(g))
print(g.send(None))
try:
    g.send(None)
except StopIteration:
    print("stopped")

g = use_it()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print("AttributeError:", e)

# yield from a non-iterable
def bad():
    yield from 5

try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)

# return value of chained delegations
def leaf(n):
    yield n
    return n * 2

def mid(n):
    a = yield from leaf(n)
    b = yield from leaf(a)
    return a + b

def top():
    total = yield from mid(1)
    print("total", total)

print(list(top()))

# sub-generator that returns immediately
def immediate():
    return "now"
    yield

def call_immediate():
    v = yield from immediate()
    yield v

print(list(call_immediate()))

# StopIteration raised by sub-iterator __next__ with a value
class RetIt:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)

def get_ret():
    v = yield from RetIt()
    yield v

print(list(get_ret()))

# yield from an exhausted generator
def once():
    yield 1
    return "r"

o = once()
list(o)
def after():
    v = yield from o
    yield v
print(list(after()))
