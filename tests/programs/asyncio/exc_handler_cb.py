import asyncio

def handler(loop, context):
    print("handler:", sorted(context), context["message"].split(" at ")[0], repr(context.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    def bad():
        raise ZeroDivisionError("cb")
    loop.call_soon(bad)
    loop.call_later(0.001, bad)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom"})
    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

def show_long(loop, context):
    print(context["message"].split(" at ")[0])

async def long_args():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(show_long)
    def cb(*args):
        raise ValueError
    loop.call_soon(cb, "a" * 40, [1, 2, 3], ("x" * 10, "y" * 10, 1), 12345678901234567890)
    loop.call_soon(cb, object.__new__(type("LongClassNameForRepr", (), {})).__class__)
    await asyncio.sleep(0)

asyncio.run(long_args())

async def more_args():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(show_long)
    def cb(*args):
        raise ValueError
    loop.call_soon(cb, list(range(10)), ("only-one-item-in-this-tuple-long",), [], ())
    loop.call_soon(cb, [["nested", "x" * 35]], 1.5)
    await asyncio.sleep(0)

asyncio.run(more_args())
