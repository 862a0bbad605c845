import typing, io, sys
print(typing.IO, typing.TextIO, typing.BinaryIO, typing.IO[str], typing.IO.__mro__)
print(isinstance(sys.stdout, typing.TextIO), isinstance(io.StringIO(), typing.IO))
print(typing.get_origin(typing.List), typing.get_args(typing.List))
print(isinstance([], typing.Iterable), isinstance(3, typing.Sized), issubclass(dict, typing.MutableMapping))
def f(x: typing.TextIO) -> typing.IO[bytes]: pass
print(typing.get_type_hints(f))
from dataclasses import dataclass, field
T = typing.TypeVar("T", bound="Node")
print(T.__bound__)


@dataclass
class DBox(typing.Generic[T]):
    item: T
    extra: list[T] = field(default_factory=list)


b = DBox[int](3)
print(b, b.__orig_class__, DBox.__parameters__)
if typing.TYPE_CHECKING:
    import nonexistent_module


def g(x: "nonexistent_module.Thing") -> None:
    pass


print(g.__annotations__)
