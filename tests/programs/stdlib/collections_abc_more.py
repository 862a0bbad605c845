import collections.abc as abc
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList
print(isinstance(deque(), abc.MutableSequence), isinstance(Counter(), abc.Mapping), isinstance(ChainMap(), abc.MutableMapping))
print(issubclass(OrderedDict, abc.MutableMapping), isinstance(defaultdict(int), abc.Mapping), isinstance({}.items(), abc.Set), isinstance({}.values(), abc.Set))
class UD(UserDict): pass
u = UD(a=1); u["b"] = 2
print(u, len(u), "a" in u, u.get("z", 5), sorted(u.keys()), isinstance(u, abc.MutableMapping))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, len(ul), ul[0], ul[1:], isinstance(ul, abc.Sequence))
def agen():
    yield 1
class AIt:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
print(isinstance(AIt(), abc.AsyncIterator), isinstance(AIt(), abc.AsyncIterable), isinstance(agen(), abc.Generator), isinstance(range(3), abc.Reversible))
class Aw:
    def __await__(self):
        yield
print(isinstance(Aw(), abc.Awaitable), isinstance(Aw(), abc.Coroutine), issubclass(Aw, abc.Awaitable))
class NotHashable:
    __hash__ = None
print(isinstance(NotHashable(), abc.Hashable), isinstance(object(), abc.Hashable), isinstance(print, abc.Callable), isinstance(NotHashable, abc.Callable), isinstance(3, abc.Callable))
print(abc.Sequence.__name__, abc.MutableMapping.__abstractmethods__ >= {"__getitem__", "__setitem__"})
