@a.b(c)
@d
def f(a, /, b: int = 1, *, c, d=2, **e) -> None:
    """Doc."""
    global g
    def inner():
        nonlocal a
        yield from b
    return lambda x, /, y=1, *z, w, **v: x

async def coro():
    await x
    async with a as b:
        pass
    async for i in j:
        break
    else:
        pass
    return [await y for y in z]

class C(A, *bases, metaclass=M, **kw):
    x: int
    y: 'str' = 'a'
    def m(self): ...
