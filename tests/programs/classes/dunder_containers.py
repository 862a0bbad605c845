class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        if k == "missing":
            raise KeyError(k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(list(self.d))
    def __bool__(self):
        return True
g = Grid()
g[1, 2] = "a"
g["x"] = 5
print(g[1, 2], g[5], len(g), (1, 2) in g, "zz" in g, list(g), bool(g))
g["x"] += 1
del g["x"]
print(len(g), g.d)
try:
    g["missing"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)))
class Empty:
    def __len__(self): return 0
print(bool(Empty()), not Empty(), "yes" if Empty() else "no")
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Rev())))
