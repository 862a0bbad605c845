import typing
from typing import (Any, Callable, ClassVar, Dict, Final, List, Literal, Optional,
                    Set, Tuple, Type, Union, Annotated, get_args, get_origin)

print(Any, typing.NoReturn, Literal[1, "a"], Final[int], ClassVar[list[int]])
print(Annotated[int, "m"], Annotated[Annotated[int, "a"], "b"])
print(Tuple[int, ...], Tuple[()], Tuple, Callable[[int], str], Callable[..., str])
print(Callable, Type[int], Type, List, Dict, Set)
print(Union[int], Union[int, None], Union[None, int], Optional[Union[int, str]])
print(Union[int, Union[str, float]], Union[int, str, int])
print(Dict[str, List[int]], typing.Iterable[int], typing.Mapping, typing.Sequence[str])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str])
print(typing.FrozenSet[int], typing.Iterator[int], typing.Generator[int, None, None])
print(typing.AsyncIterator[int], typing.Awaitable[int], typing.Coroutine[None, None, int])
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized, typing.Deque)
print(get_origin(List[int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
print(get_origin(Literal[1]), get_args(Dict[str, int]), get_origin(int), get_args(int))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x"]))
print(get_origin(typing.Generic), get_origin(list[int]), get_args(Optional[int]))
print(get_args(Callable[..., int]), get_args(int | str), get_origin(int | str))
print(get_args(Tuple[int, ...]), get_args(Literal["a", 2]))
for bad in [lambda: isinstance(1, Any), lambda: isinstance([], List[int]),
            lambda: Optional[int, str], lambda: List(), lambda: Dict[int],
            lambda: isinstance(1, Literal[1]), lambda: Union[()], lambda: ClassVar(),
            lambda: Any()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance([], List), isinstance(1, Union[int, str]), isinstance({}, typing.Mapping))
print(isinstance(None, Optional[int]), issubclass(bool, Union[int, str]))
print(issubclass(list, typing.Sequence), isinstance(len, Callable))
print(List[int] == List[int], List[int] == list[int], List[int] != List[str])
print(Union[int, str] | None, Optional[int] | str, int | Any, Any | None)
print(Union[int, str] == Union[str, int], Optional[int] == int | None)
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(hash(List[int]) == hash(List[int]))
print({Dict[str, int]: 1}[Dict[str, int]])
print(typing.TYPE_CHECKING)
print(typing.cast(int, "x"), typing.cast("List[int]", 5))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__)
print(ClassVar[int].__origin__, Final[int].__args__)
print(Annotated[int, "a", 3].__metadata__, Annotated[int, "a"].__origin__)
print(typing.Callable[[int], str].__args__)
print(List["Node"], Optional["Node"])
print(typing.Union[int, "X"])
print(typing.ForwardRef("Node"))
print(Callable[int, str], Callable[int, str].__args__)
import collections.abc
try:
    collections.abc.Callable[int, str]
except TypeError as e:
    print("TypeError:", e)
