import asyncio

loop = asyncio.new_event_loop()
log = []
def first():
    log.append("first")
    loop.stop()
    log.append("after stop call")
def second():
    log.append("second")
def third():
    log.append("third")
loop.call_soon(first)
loop.call_soon(second)
loop.run_forever()
print(log, loop.is_running())
loop.call_soon(third)
loop.run_forever.__name__
loop.call_soon(loop.stop)
loop.run_forever()
print(log)

loop.stop()
loop.call_soon(lambda: log.append("pre-stopped"))
loop.run_forever()
print(log)

def reenter():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("is_running", loop.is_running())
    loop.stop()
loop.call_soon(reenter)
loop.run_forever()
print("is_running", loop.is_running())

async def stopper():
    loop.stop()
    await asyncio.sleep(0)
    return "never"
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print(loop.is_closed())
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
