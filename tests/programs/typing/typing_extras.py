from typing import *
import typing
missing = [n for n in typing.__all__ if not hasattr(typing, n)]
print(missing)
print(Self, TypeAlias, Never, LiteralString, Required[int], NotRequired[str], TypeGuard[int])
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(Sequence[int] | None, SupportsInt)
class A:
    def m(self) -> Self:
        return self
print(A().m().__class__.__name__, get_type_hints(A.m))
X: TypeAlias = "list[int]"
print(X)
def neverret() -> NoReturn:
    raise ValueError
print(get_type_hints(neverret))
print(typing.Optional[typing.Any], typing.Union[typing.Any, None])
print(typing.Type[Any], typing.Tuple[int, str, float])
print(reveal_type(3))
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], [*Ts], Unpack[tuple[int]], Tuple[int, Unpack[Ts]])
print(isinstance(1j, typing.SupportsComplex))
class G(Generic[Unpack[Ts]]): pass
print(G[int, str])
