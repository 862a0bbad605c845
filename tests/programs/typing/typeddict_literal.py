from typing import TypedDict, Required, NotRequired, Literal, Annotated, get_type_hints, Final
import typing


class Opt(TypedDict, total=False):
    a: Required[int]
    b: str
    c: NotRequired[Annotated[int, "x"]]


print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__))
print(get_type_hints(Opt), get_type_hints(Opt, include_extras=True))
Mode = Literal["r", "w"]
print(Mode, Mode.__args__, Literal["r", "w"] == Literal["w", "r"], Literal[Literal[1, 2], 3])
print(typing.get_args(Mode), typing.get_origin(Final[int]))
MAX: Final = 10
print(__annotations__)
print(typing.Optional[Literal["a"]])
print(Literal[True, 1])
