import abc
from typing import Dict, Generic, TypeVar, List, Iterable, Mapping, Sequence
T = TypeVar("T")
class Reg(Dict[str, int]):
    pass
r = Reg(a=1)
print(r, Reg.__mro__, isinstance(r, dict))
class Base(Generic[T], metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self) -> T: ...
class Impl(Base[int]):
    def run(self):
        return 5
print(Impl().run(), Impl.__orig_bases__, Base.__parameters__)
class MySeq(Sequence[int]):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
print(list(MySeq(3)), MySeq.__mro__[1], 2 in MySeq(3))
class It(Iterable[str]):
    def __iter__(self):
        yield "a"
print(list(It()), isinstance(It(), Iterable))
class Two(Generic[T], List[T]):
    pass
print(Two[int]([1, 2]), Two.__parameters__)
