# A yield from chain 10,000 generators deep: send, throw, close, return values.
import sys
DEPTH = 10000
sys.setrecursionlimit(3 * DEPTH)

def leaf():
    total = 0
    try:
        while True:
            v = yield total
            if v is None:
                break
            total += v
    except KeyError:
        yield "leaf caught KeyError"
    finally:
        print("leaf finally")
    return total

def chain(n):
    if n == 0:
        r = yield from leaf()
    else:
        r = yield from chain(n - 1)
    return r + 1

g = chain(DEPTH)
print(next(g))
for i in range(1, 6):
    print(g.send(i))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = chain(DEPTH)
next(g)
print(g.throw(KeyError))
try:
    next(g)
except StopIteration as e:
    print("after throw returned", e.value)

g = chain(DEPTH)
next(g)
g.send(7)
g.close()
print("closed")

# deep iteration
def nest(n):
    if n == 0:
        yield from range(3)
    else:
        yield from nest(n - 1)

print(sum(nest(DEPTH)), sys.getrecursionlimit() > DEPTH)

# gi_yieldfrom walks down
g = chain(3)
next(g)
depth = 0
cur = g
while cur.gi_yieldfrom is not None:
    depth += 1
    cur = cur.gi_yieldfrom
print("depth", depth, cur.__name__)
