import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []
base = loop.time()
def cb(tag, *rest):
    log.append(tag)
loop.call_later(0.02, cb, "later-0.02")
loop.call_later(0.01, cb, "later-0.01")
loop.call_at(base + 0.015, cb, "at-0.015")
loop.call_soon(cb, "soon-1")
loop.call_later(0, cb, "later-0")
loop.call_later(-1, cb, "later-neg")
loop.call_soon(cb, "soon-2")
h = loop.call_later(0.012, cb, "cancelled-timer")
h.cancel()
print(h.cancelled(), isinstance(h, asyncio.TimerHandle), isinstance(h, asyncio.Handle))
h2 = loop.call_at(base + 5, cb)
print(h2.when() == base + 5)
h2.cancel()
def chain():
    log.append("chain")
    loop.call_soon(cb, "chained-soon")
    loop.call_later(0.001, cb, "chained-later")
loop.call_later(0.005, chain)
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(log)

log.clear()
def a():
    log.append("a")
    loop.call_soon(lambda: log.append("a-child"))
def b():
    log.append("b")
loop.call_soon(a)
loop.call_soon(b)
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
loop.run_until_complete(asyncio.sleep(0))
print(log)
loop.close()
