from typing import Generic, TypeVar, Protocol, runtime_checkable, List, Dict, Iterator
import typing

T = TypeVar("T")
S = TypeVar("S", bound=int)
U = TypeVar("U", str, bytes)
C = TypeVar("C", covariant=True)
D = TypeVar("D", contravariant=True)
print(T, S, U, C, D, S.__bound__, U.__constraints__, T.__name__, T.__bound__)
print(List[T], List[T][int], Dict[str, T][int], list[T], list[T][str], dict[T, S][str, int])
print(List[T].__parameters__, dict[str, T].__parameters__, (int | T))
for bad in [lambda: TypeVar("X", int), lambda: List[int][str],
            lambda: TypeVar("Y", int, str, bound=int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def get(self) -> T:
        return self.v


b = Box[int](3)
print(Box[int], Box.__parameters__, b.v, b.get(), b.__orig_class__)
print(Box.__orig_bases__, typing.Generic[T], Box[int].__origin__, Box[int].__args__)
print(Box(5).get(), isinstance(Box(1), Box), type(Box[int](1)))
print(Box.__mro__)


class Pair(Generic[T, S]):
    pass


print(Pair[int, bool], Pair[int, bool] == Pair[int, bool], Pair[str, T][int])
print(typing.get_origin(Box[int]), typing.get_args(Pair[int, str]))
for bad in [lambda: Box[int, str], lambda: Generic[int], lambda: Pair[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class IntBox(Box[int]):
    pass


print(IntBox.__mro__, IntBox.__orig_bases__, IntBox.__parameters__, IntBox(7).get())


class L(typing.List[int]):
    pass


print(L.__mro__, L([1]))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[str]()
s.push("a")
s.push("b")
print(list(s))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Named(Protocol):
    name: str


class F:
    def close(self):
        pass


class G:
    pass


print(isinstance(F(), Closer), isinstance(G(), Closer), issubclass(F, Closer))
print(issubclass(G, Closer))
try:
    isinstance(F(), Named)
except TypeError as e:
    print("TypeError:", e)
try:
    Closer()
except TypeError as e:
    print("TypeError:", e)


class RealCloser(Closer):
    def close(self):
        return "closed"


print(RealCloser().close(), isinstance(RealCloser(), Closer))


@runtime_checkable
class HasX(Protocol):
    x: int


class WithX:
    x = 1


print(isinstance(WithX(), HasX), isinstance(G(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print("TypeError:", e)


class SupportsLen(Protocol[T]):
    def __len__(self) -> int: ...


print(SupportsLen[int], SupportsLen.__parameters__)
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsInt))
print(isinstance(3.5, typing.SupportsFloat), isinstance(2, typing.SupportsIndex))
try:
    runtime_checkable(G)
except TypeError as e:
    print("TypeError:", e)
