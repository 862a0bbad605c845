# asyncio.Future: states, results, callbacks, messages, repr.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
print(repr(f), f.done(), f.cancelled())
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
try:
    f.exception()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f.set_result(1)
print(repr(f), f.done(), f.result(), f.exception())
for op in [lambda: f.set_result(2), lambda: f.set_exception(ValueError()), ]:
    try:
        op()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
print(f.cancel(), f.cancelled())

# exception futures
f = loop.create_future()
f.set_exception(KeyError("k"))
print(repr(f))
print(repr(f.exception()))
try:
    f.result()
except KeyError as e:
    print("result raised", repr(e))
f = loop.create_future()
f.set_exception(ValueError)
print(repr(f.exception()))
f = loop.create_future()
try:
    f.set_exception(StopIteration("s"))
except TypeError as e:
    print("TypeError:", e)
try:
    f.set_exception(5)
except TypeError as e:
    print("TypeError:", e)
f.cancel()

# cancellation
f = loop.create_future()
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), repr(f))
try:
    f.result()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
try:
    f.exception()
except asyncio.CancelledError as e:
    print("CancelledError from exception()", e.args)
f = loop.create_future()
f.cancel(msg="with message")
try:
    f.result()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)

# done callbacks: scheduled with call_soon, in registration order
f = loop.create_future()
def cb(fut, tag="cb"):
    print("callback", tag, fut.result())

f.add_done_callback(cb)
f.add_done_callback(lambda fut: print("lambda sees", fut.done()))
f.add_done_callback(cb)
print("removed", f.remove_done_callback(cb))
f.add_done_callback(cb)
f.set_result("value")
print("set_result returned; callbacks not yet run")
loop.run_until_complete(asyncio.sleep(0))

# adding a callback to a done future schedules it immediately
f.add_done_callback(lambda fut: print("late callback"))
print("late scheduled")
loop.run_until_complete(asyncio.sleep(0))
print("remove on done", f.remove_done_callback(cb))

# remove of a never-added callback
g = loop.create_future()
print("remove none", g.remove_done_callback(print))
g.cancel()

# get_loop
print(f.get_loop() is loop)

# awaiting futures
async def waiter(fut):
    print("waiting")
    r = await fut
    print("woke with", r)
    return r

fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 42)
print(loop.run_until_complete(waiter(fut)))

# yield from a future in a generator-based coroutine
def legacy(fut):
    r = yield from fut
    return r * 2

fut = loop.create_future()
loop.call_soon(fut.set_result, 21)
print(loop.run_until_complete(legacy(fut)))

# __await__ of a done future returns at once, __iter__ is __await__
fut = loop.create_future()
fut.set_result("done")
it = fut.__await__()
try:
    next(it)
except StopIteration as e:
    print("immediate", e.value)
print(fut.__iter__ is not None, asyncio.isfuture(fut), asyncio.isfuture(5))

# _asyncio_future_blocking protocol
fut = loop.create_future()
print(fut._asyncio_future_blocking)
it = fut.__await__()
print(next(it) is fut, fut._asyncio_future_blocking)
fut.set_result(None)

# result of a cancelled future awaited
async def await_cancelled():
    fut = loop.create_future()
    loop.call_soon(fut.cancel, "bye")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("awaited cancelled:", e.args)

loop.run_until_complete(await_cancelled())

# Future() constructor with loop
f2 = asyncio.Future(loop=loop)
print(f2.get_loop() is loop)
f2.cancel()

# repr with callbacks
f3 = loop.create_future()
def named_cb(fut):
    pass
f3.add_done_callback(named_cb)
r = repr(f3)
print(r[:r.find("[") + 1] + "..." if "[" in r else r)
f3.cancel()
print(repr(f3))
loop.run_until_complete(asyncio.sleep(0))

# future from another loop
other = asyncio.new_event_loop()
foreign = other.create_future()
async def await_foreign():
    await foreign
try:
    loop.run_until_complete(await_foreign())
except RuntimeError as e:
    print("RuntimeError:", str(e)[str(e).find(" got "):])
try:
    loop.run_until_complete(foreign)
except ValueError as e:
    print("ValueError:", e)
other.close()
loop.close()
