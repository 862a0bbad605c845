# `is None` / `is not None` in conditions: every spelling, every operand kind.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def __del__(self):
        print("freed", self.value)


def walk(head):
    out = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out


print(walk(Node(1, Node(2, Node(3)))))

for x in [None, 0, False, "", [], Node(9)]:
    a = "none" if x is None else "some"
    b = "some" if x is not None else "none"
    c = "none" if None is x else "some"
    d = "some" if not x is None else "none"
    e = "both" if x is None and x is None else "no"
    f = "either" if x is not None or x == 0 else "neither"
    print(type(x).__name__, a, b, c, d, e, f)
    del x


def first_none(items):
    for i, v in enumerate(items):
        if v is None:
            return i
    return -1


print(first_none([1, 2, None, 4]), first_none([]))


def gen():
    while True:
        v = yield
        if v is None:
            break
        print("got", v)
    print("done")


g = gen()
next(g)
g.send(5)
g.send([1])
try:
    g.send(None)
except StopIteration:
    print("stopped")

# The operand is still evaluated once, with its side effects in order.
calls = []


def f(v):
    calls.append(v)
    return v


if f(None) is None and f(1) is not None:
    print("ok", calls)
assert (f(2) is None) is False
print(calls)
