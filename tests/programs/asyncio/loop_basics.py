# Event loop methods: run_until_complete, run_forever, stop, close, state queries.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed(), loop.get_debug())
print(asyncio.get_event_loop() is loop)

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print(loop.run_until_complete(add(1, 2)))

fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))

# run_until_complete raising
async def boom():
    raise ValueError("boom")

try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("ValueError:", e)

# run_forever + stop
def stopper(tag):
    print("stopper", tag, loop.is_running())
    loop.stop()

loop.call_soon(stopper, "a")
loop.run_forever()
print("after run_forever", loop.is_running())

# stop before run_forever: runs one iteration
loop.stop()
loop.call_soon(print, "ran in the single iteration")
loop.run_forever()

# get_running_loop
async def inside():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop

print(loop.run_until_complete(inside()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# time is monotonic and a float
t1 = loop.time()
t2 = loop.time()
print(type(t1).__name__, t2 >= t1)

# debug flag
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)

# create_task on the loop
async def named():
    return "named result"

t = loop.create_task(named(), name="my-task")
print(t.get_name(), loop.run_until_complete(t))

# close
loop.close()
print(loop.is_closed())
loop.close()
for what, f in [("run_until_complete", lambda: loop.run_until_complete(add(1, 1))),
                ("run_forever", loop.run_forever),
                ("call_soon", lambda: loop.call_soon(print)),
                ("call_later", lambda: loop.call_later(1, print)),
                ("create_task", lambda: loop.create_task(named()))]:
    try:
        f()
    except RuntimeError as e:
        print(what, "RuntimeError:", e)

# a closed loop's future can still be created
print(type(loop.create_future()).__name__)

# a new loop works independently
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(add(5, 5)))
loop2.close()
asyncio.set_event_loop(None)
