from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Generator, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Callable, Hashable, Sized, Container, Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet
from collections import deque, OrderedDict

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return self.name() + " " + str(self.area())

class Half(Shape):
    def area(self): return 1

class Square(Half):
    def name(self): return "square"

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square().describe(), isinstance(Square(), Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)

class P(metaclass=ABCMeta):
    @property
    @abstractmethod
    def v(self): ...
try:
    P()
except TypeError as e:
    print(e)

class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Iterator), isinstance(Duck(), Container))

class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("s", Reg))

def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
c = coro()
values = [[], (), {}, set(), frozenset(), "s", b"b", 1, 1.5, None, iter([]), gen(), c, agen(), len, gen, lambda: 0, deque(), range(3), {}.keys(), OrderedDict(), Duck()]
abcs = [Iterable, Iterator, Generator, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Callable, Hashable, Sized, Container, Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "0" for a in abcs))
c.close()

class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, sorted(m.keys()), sorted(m.items()), sorted(m.values()), m == {"a": 1, "b": 2}, len(m))

class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)))

class MyList(MutableSequence):
    def __init__(self): self.a = []
    def __getitem__(self, i): return self.a[i]
    def __setitem__(self, i, v): self.a[i] = v
    def __delitem__(self, i): del self.a[i]
    def __len__(self): return len(self.a)
    def insert(self, i, v): self.a.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.a, ml.pop(), ml.a)
ml.remove(3); print(ml.a)
try:
    class Bad(MutableSequence): pass
    Bad()
except TypeError as e:
    print(e)

class MySet(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7]))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable), issubclass(list, Hashable))
