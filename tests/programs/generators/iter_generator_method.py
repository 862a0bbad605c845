# Classes whose __iter__ is a generator, iterated directly, by yield from,
# and by the builtins that call iter().
class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))
t = build(0, 20)
print(list(t), sum(t), max(t), sorted(t, reverse=True)[:3])
it = iter(t)
print(next(it), next(it), type(it).__name__)
class Closing:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        k = len(self.items)
        def label(x):
            return "%s/%d" % (x, k)
        try:
            for x in self.items:
                yield label(x)
        finally:
            print("closed")
c = iter(Closing("ab"))
print(next(c))
c.close()
print([x for x in Closing("xyz")])
class Bad:
    def __iter__(self, extra):
        yield extra
try:
    iter(Bad())
except TypeError as e:
    print(e)
class Async:
    async def __aiter__(self):
        yield 1
print(hasattr(Async(), "__aiter__"))
