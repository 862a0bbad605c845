from __future__ import annotations

import abc
import dataclasses
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Generic, Optional, TypeVar, Union, cast, overload

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


@dataclasses.dataclass
class Config:
    name: str
    retries: int = 3
    tags: list[str] = dataclasses.field(default_factory=list)
    parent: Optional[Config] = None
    registry: ClassVar[dict[str, int]] = {}


class Repo(abc.ABC, Generic[K, V]):
    @abc.abstractmethod
    def get(self, key: K) -> V | None: ...


class MemRepo(Repo[str, int]):
    def __init__(self) -> None:
        self.data: dict[str, int] = {}

    def get(self, key: str) -> int | None:
        return self.data.get(key)


def apply(fn: Callable[[T], T], xs: Iterable[T]) -> Iterator[T]:
    for x in xs:
        yield fn(x)


def total(xs: Sequence[N]) -> N:
    return sum(xs)


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


def describe(x: int | str | None, m: Mapping[str, Any] | None = None) -> str:
    if isinstance(x, int | None):
        return "int-or-none"
    return "str"


c = Config("a")
print(c, Config.registry, dataclasses.fields(c)[2].name)
r = MemRepo()
r.data["x"] = 5
print(r.get("x"), r.get("y"), MemRepo.__mro__[1].__name__)
print(list(apply(lambda v: v * 2, [1, 2, 3])), total([1.5, 2.5]))
print(describe(1), describe(None), describe("s"))
print(cast("list[int]", [1]), Level.HIGH, f"{Level.LOW}")
print(apply.__annotations__)
print(Union[int, str], Optional[Config])
try:
    Repo()
except TypeError as e:
    print("TypeError:", e)


ints: list[int] = [3, 1, 2]
print(sorted(ints), type(ints))
alias = dict[str, list[int]]
print(alias, alias(a=[1]), isinstance(alias, type))
Pair = tuple[int, int]
print(Pair, Pair((1, 2)))
