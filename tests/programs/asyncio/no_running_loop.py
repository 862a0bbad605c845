import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)

async def coro():
    return 1

c = coro()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    print(asyncio.current_task().get_name())
    inner = coro()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()
    return loop

loop = asyncio.run(main())
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

def cb():
    print("in callback:", asyncio.get_running_loop() is l2)
l2 = asyncio.new_event_loop()
l2.call_soon(cb)
l2.call_soon(l2.stop)
l2.run_forever()
l2.close()
