# Misuse raises CPython's exceptions, never a hang.
import asyncio

async def nested_run_until_complete():
    loop = asyncio.get_running_loop()
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested_run_until_complete())

# asyncio.run with a non-coroutine
for bad in [5, None, "text"]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)

# set_result twice, set_exception after result
loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_result(1)
try:
    f.set_result(2)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
print(issubclass(asyncio.InvalidStateError, Exception))

# closed loop
loop.close()
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

# awaiting a future of another loop inside a task
loop_a = asyncio.new_event_loop()
loop_b = asyncio.new_event_loop()
fut_b = loop_b.create_future()
async def waits_on_other():
    await fut_b
try:
    loop_a.run_until_complete(waits_on_other())
except RuntimeError as e:
    msg = str(e)
    print("RuntimeError:", msg[msg.find("got Future"):])
loop_a.close()
loop_b.close()

# yielding a non-future from a task
import types
@types.coroutine
def bad_yield():
    yield "not a future"

async def yields_bad():
    await bad_yield()

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(yields_bad())
except RuntimeError as e:
    msg = str(e)
    print("RuntimeError:", msg[:msg.find(" in task")])
loop.close()

# a task awaiting itself
async def self_waiting():
    await asyncio.current_task()

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(self_waiting())
except RuntimeError as e:
    msg = str(e)
    print("RuntimeError:", msg[:msg.find(" <Task")] or msg)
loop.close()

# get_event_loop after set_event_loop(None)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# Future.result() on pending, task.result() on pending
loop = asyncio.new_event_loop()
f = loop.create_future()
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f.cancel()
async def forever():
    await asyncio.sleep(3600)
t = loop.create_task(forever())
try:
    t.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("CancelledError from run_until_complete")
loop.close()

# stop() on a loop that's not running is harmless
loop = asyncio.new_event_loop()
loop.stop()
loop.run_forever()
print("ran one iteration after early stop")
loop.close()
