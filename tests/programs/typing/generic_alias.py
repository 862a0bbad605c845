import collections
import collections.abc
import types

a = list[int]
print(a, repr(a), type(a), type(a) is types.GenericAlias)
print(a.__origin__, a.__args__, a.__parameters__)
print(dict[str, int], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(dict[str, list[int]])
print(collections.deque[str], collections.defaultdict[str, int])
print(collections.OrderedDict[str, int], collections.Counter[str])
print(collections.abc.Callable[[int], str])
print(collections.abc.Callable[..., str])
print(collections.abc.Callable[[], None])
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int])
print(collections.abc.Callable[[int, str], list[int]].__args__)
print(list[int]([1, 2, 3]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(hash(list[int]) == hash(list[int]))
print({list[int]: "x"}[list[int]])
print(list[int].append)
print(list[int].__name__ if hasattr(list[int], "__name__") else "-")
print(isinstance(list[int], types.GenericAlias))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
for bad in ["int[str]", "str[int]", "object[int]"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__mro__)
print(MyList([1, 2]))


class Box:
    def __class_getitem__(cls, item):
        return "Box[%r]" % (item,)


print(Box[int])


def g(x: dict[str, list[int]]) -> tuple[int, str]:
    pass


print(g.__annotations__)
print(types.GenericAlias(list, (int,)))
print(types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int][()] if False else "skip")
print(type[int] | None)
print(list[int].__class__)
print(repr(dict[str, int]))
print(str(tuple[int, str]))
print(f"{list[int]}")
for target in [list[int], int | str]:
    try:
        target.x = 1
    except AttributeError as e:
        print("AttributeError:", e)
try:
    list[int].__origin__ = dict
except AttributeError as e:
    print("AttributeError:", e)
