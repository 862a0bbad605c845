import types
import typing


def f(x: int | None = None, y: int | str | None = None) -> list[int] | None:
    return x


print(f.__annotations__)
u = int | None
print(u, repr(u), type(u), type(u) is types.UnionType)
print(u.__args__)
print(int | str | None)
print(None | int)
print((int | str) | float)
print(int | (str | float))
print(int | int)
print(type(int | int))
print(int | str == str | int)
print(int | str == int | str | int)
print(hash(int | str) == hash(str | int))
print((int | None) == typing.Optional[int])
print(typing.Union[int, str] == int | str)
print({int | str: 1}[str | int])
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(3.0, int | str))
print(isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))
print(list[int] | None)
print(None | list[int])
print(int | list[str] | dict[str, int])
print((int | list[str]).__args__)
print(int | typing.List[int])
print(typing.List[int] | int)
print(int | typing.Optional[str])

for bad in [lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: None | None]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

try:
    isinstance(3, int | list[int])
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__ " + cls.__name__

    def __ror__(cls, other):
        return "Meta.__ror__ " + cls.__name__


class WithMeta(metaclass=Meta):
    pass


print(WithMeta | int)
print(int | WithMeta)
print(WithMeta | None)


class ROr:
    def __ror__(self, other):
        return "ROr.__ror__ %s" % other.__name__

    def __or__(self, other):
        return "ROr.__or__"


print(int | ROr())
print(ROr() | int)


class Plain:
    pass


class M2(type):
    pass


class K(metaclass=M2):
    pass


print(Plain | None)
print(K | int)
print(types.UnionType)
print(repr(int | None).__class__)
u2 = int | str
print(u2.__parameters__)
print(isinstance(u2, types.UnionType))
try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)
print(typing.get_args(int | str), typing.get_origin(int | str))
print(int | None | str)
print((int | None) | None)
