# concurrent.futures.Future with asyncio: wrap_future, run_coroutine_threadsafe.
import asyncio
import concurrent.futures

cf = concurrent.futures.Future()
print(cf.done(), cf.running(), cf.cancelled())
cf.set_result(5)
print(cf.done(), cf.result(), cf.exception())

cf2 = concurrent.futures.Future()
cf2.set_exception(ValueError("cf error"))
print(repr(cf2.exception()))
try:
    cf2.result()
except ValueError as e:
    print("result raised", e)

cf3 = concurrent.futures.Future()
print(cf3.cancel(), cf3.cancelled(), cf3.done())
try:
    cf3.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
print(concurrent.futures.CancelledError is asyncio.CancelledError)

calls = []
cf4 = concurrent.futures.Future()
cf4.add_done_callback(lambda f: calls.append(f.result()))
cf4.set_result("cb")
cf4.add_done_callback(lambda f: calls.append("late"))
print(calls)

async def main():
    loop = asyncio.get_running_loop()
    c = concurrent.futures.Future()
    af = asyncio.wrap_future(c)
    print(type(af).__name__, asyncio.isfuture(af))
    loop.call_soon(c.set_result, "wrapped result")
    print(await af)

    c2 = concurrent.futures.Future()
    af2 = asyncio.wrap_future(c2)
    loop.call_soon(c2.set_exception, KeyError("wrapped"))
    try:
        await af2
    except KeyError as e:
        print("wrapped exception", repr(e))

    f = loop.create_future()
    print(asyncio.wrap_future(f) is f)

    async def coro():
        await asyncio.sleep(0)
        return "threadsafe"
    cfut = asyncio.run_coroutine_threadsafe(coro(), loop)
    print(type(cfut).__name__, cfut.done())
    await asyncio.sleep(0.01)
    print(cfut.done(), cfut.result())

    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
