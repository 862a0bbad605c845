import asyncio

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    async def w(i):
        print("wait", i)
        r = await ev.wait()
        print("woke", i, r)
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print("after set+clear", ev.is_set(), [t.done() for t in ts])
    t = asyncio.create_task(w(9))
    await asyncio.sleep(0)
    print("new waiter blocked", t.done())
    ev.set()
    print(await ev.wait())
    await t
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("timeout waiting on cleared event")
    ev.set()
    ev.set()
    print(ev.is_set())

asyncio.run(main())
