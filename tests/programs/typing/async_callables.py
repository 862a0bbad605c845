import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any, TypeVar, ParamSpec, Concatenate
import typing
import functools

T = TypeVar("T")
P = ParamSpec("P")


def retry(times: int) -> Callable[[Callable[P, Awaitable[T]]], Callable[P, Coroutine[Any, Any, T]]]:
    def deco(fn: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
        @functools.wraps(fn)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            for i in range(times):
                try:
                    return await fn(*args, **kwargs)
                except ValueError:
                    print("retry", i)
            raise RuntimeError("gave up")
        return wrapper
    return deco


calls = 0


@retry(3)
async def flaky(x: int) -> int:
    global calls
    calls += 1
    if calls < 2:
        raise ValueError
    return x * 10


async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


Handler = Callable[[str], Awaitable[None]]
print(Handler)
print(Callable[P, int], Callable[Concatenate[int, P], int], Callable[[int], Awaitable[T]][str])
print(typing.get_args(Callable[[int, str], None]), typing.get_origin(Callable[[int], str]))


async def main() -> None:
    print(await flaky(4))
    print([x async for x in agen(3)])
    print(flaky.__name__, flaky.__annotations__.keys())


asyncio.run(main())
