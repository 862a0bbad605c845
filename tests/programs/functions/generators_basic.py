def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(4)))
g = gen(2)
print(next(g), next(g), next(g, "end"))
def with_return():
    yield 1
    return "done"
try:
    it = with_return()
    next(it)
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
