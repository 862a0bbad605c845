import typing
from typing import get_type_hints, List, Optional, Annotated, ClassVar, overload, no_type_check


class Node:
    value: int
    next: "Optional[Node]"
    tags: List["Node"]
    count: ClassVar[int] = 0


print(get_type_hints(Node))


class Child(Node):
    extra: "str"


print(get_type_hints(Child))


def f(a: int, b: "List[int]", c: None = None, d: Annotated[int, "meta"] = 1) -> "str":
    return ""


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
print(f.__annotations__)


def g(x, y=2):
    pass


print(get_type_hints(g))


@overload
def h(x: int) -> int: ...


@overload
def h(x: str) -> str: ...


def h(x):
    return x


print(h(3), h("s"))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@no_type_check
def ntc(x: "undefined name") -> int:
    return x


print(ntc.__no_type_check__, get_type_hints(ntc))
UserId = typing.NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)))
print(UserId | None)


def use(u: UserId) -> List[UserId]:
    return [u]


print(get_type_hints(use))


@typing.final
class Leaf:
    pass


print(Leaf.__final__)
print(typing.get_type_hints(Leaf))
