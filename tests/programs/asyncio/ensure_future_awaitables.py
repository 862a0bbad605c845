# ensure_future with coroutines, futures, awaitables; iscoroutine, iscoroutinefunction.
import asyncio, types

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"

async def coro():
    return "coro"

@types.coroutine
def gen_coro():
    yield
    return "gen_coro"

async def main():
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    t = asyncio.ensure_future(gen_coro())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.cancel()
    for bad in [1, "s", None, lambda: 0]:
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.gather(Awaitable(), coro()))
    print(await asyncio.wait_for(Awaitable(), 1))
    print(await asyncio.shield(Awaitable()))

asyncio.run(main())

print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(gen_coro), asyncio.iscoroutinefunction(print))
c = coro()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen_coro()), asyncio.iscoroutine(5), asyncio.iscoroutine(Awaitable()))
c.close()
def plain_gen():
    yield
print(asyncio.iscoroutine(plain_gen()), asyncio.iscoroutinefunction(plain_gen))
class WithAsyncMethod:
    async def m(self):
        pass
print(asyncio.iscoroutinefunction(WithAsyncMethod().m), asyncio.iscoroutinefunction(WithAsyncMethod.m))
