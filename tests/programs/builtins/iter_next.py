it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
data = [3, 2, 1, 0, 5]
pos = iter(data)
def reader():
    return next(pos)
print(list(iter(reader, 0)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
s = iter("hi")
print(iter(s) is s, list(s))
