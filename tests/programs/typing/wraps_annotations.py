import functools
import typing


def f(x: int) -> int:
    return x


def g(*a: str):
    pass


g.__annotations__ = f.__annotations__
print(g.__annotations__, g.__annotations__ is f.__annotations__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args: str, **kw: int) -> str:
        return fn(*args, **kw)
    return wrapper


@deco
def h(y: "list[int]", z: float = 1.0) -> bool:
    return True


print(h.__annotations__, typing.get_type_hints(h), h.__wrapped__.__name__)
try:
    g.__annotations__ = 3
except TypeError as e:
    print("TypeError:", e)
g.__annotations__ = None
print(g.__annotations__)
