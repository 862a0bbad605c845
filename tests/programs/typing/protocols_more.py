import abc
from typing import Protocol, runtime_checkable, overload, Union, Iterator, Generic, TypeVar

T = TypeVar("T")


class Shape(Protocol):
    @abc.abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:
        return "shape with area %s" % self.area()


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Bad(Shape):
    pass


print(Square(3).describe())
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class CallMe(Protocol):
    def __call__(self, x: int) -> int: ...


print(isinstance(len, CallMe), isinstance(3, CallMe), isinstance(lambda x: x, CallMe))


class Parser:
    @overload
    def parse(self, x: int) -> int: ...

    @overload
    def parse(self, x: str) -> str: ...

    def parse(self, x: Union[int, str]) -> Union[int, str]:
        return x


print(Parser().parse(3), Parser().parse("a"))


@runtime_checkable
class SupportsIter(Protocol[T]):
    def __iter__(self) -> Iterator[T]: ...


print(isinstance([], SupportsIter), isinstance(3, SupportsIter), issubclass(dict, SupportsIter))


class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Node[T] | None" = None):
        self.v, self.nxt = v, nxt


n = Node(1, Node(2))
print(n.nxt.v, Node.__init__.__annotations__)
