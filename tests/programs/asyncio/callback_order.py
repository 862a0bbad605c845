# Callback and timer ordering rules.
import asyncio

loop = asyncio.new_event_loop()
log = []

def cb(tag, *args):
    log.append((tag,) + args)

# FIFO ready queue
for i in range(5):
    loop.call_soon(cb, "soon", i)

# callbacks scheduled during an iteration run in the next one
def schedule_more(tag):
    log.append(("outer", tag))
    loop.call_soon(cb, "inner", tag)

loop.call_soon(schedule_more, 1)
loop.call_soon(schedule_more, 2)
loop.call_soon(cb, "last-of-first-batch")

# timers by deadline, then scheduling order
base = loop.time()
loop.call_at(base + 0.03, cb, "at-0.03")
loop.call_later(0.02, cb, "later-0.02-a")
loop.call_later(0.01, cb, "later-0.01")
loop.call_later(0.02, cb, "later-0.02-b")
loop.call_later(0, cb, "later-0")
loop.call_later(-1, cb, "later-negative")
loop.call_at(base + 0.02, cb, "at-0.02-c")
loop.call_later(0.05, loop.stop)

# cancelled handles never run
h = loop.call_soon(cb, "cancelled-soon")
h.cancel()
th = loop.call_later(0.01, cb, "cancelled-timer")
th.cancel()
print(h.cancelled(), th.cancelled(), type(h).__name__, type(th).__name__)

loop.run_forever()
for entry in log:
    print(entry)

# call_soon_threadsafe behaves like call_soon from the loop thread
log.clear()
loop.call_soon(cb, "a")
loop.call_soon_threadsafe(cb, "b")
loop.call_soon(cb, "c")
loop.call_soon(loop.stop)
loop.run_forever()
print(log)

# Handle API
h = loop.call_soon(print)
print(h.cancelled())
h.cancel()
h.cancel()
print(h.cancelled())
t = loop.call_at(1000.0, print)
print(t.when())
t.cancel()

# TimerHandle comparisons follow deadlines
a = loop.call_at(10, print)
b = loop.call_at(20, print)
print(a < b, a <= b, b > a, a == a, a != b)
a.cancel(); b.cancel()

# call_soon argument checks happen in debug mode only
loop.set_debug(True)
async def coro_fn():
    pass
for bad in [lambda: loop.call_soon(5), lambda: loop.call_later(1, "x"),
            lambda: loop.call_at(1, None), lambda: loop.call_soon(coro_fn)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
loop.set_debug(False)

# coroutine scheduling via tasks interleaves with callbacks in order
log.clear()
async def task(tag):
    log.append(("task-start", tag))
    await asyncio.sleep(0)
    log.append(("task-resume", tag))

loop.call_soon(cb, "cb-before")
loop.create_task(task("t1"))
loop.call_soon(cb, "cb-middle")
loop.create_task(task("t2"))
loop.call_soon(cb, "cb-after")
loop.run_until_complete(asyncio.sleep(0.01))
for entry in log:
    print(entry)
loop.close()
