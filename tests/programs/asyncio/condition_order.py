import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    order = []
    async def waiter(i):
        async with cond:
            await cond.wait()
            order.append(i)
            print("woken", i)
    async def pred_waiter(i, need):
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= need)
            print("pred", i, "satisfied at", state["n"], r)
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    ps = [asyncio.create_task(pred_waiter(i, need)) for i, need in ((10, 2), (11, 1))]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        state["n"] = 1
        cond.notify_all()
    await asyncio.sleep(0)
    async with cond:
        state["n"] = 2
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws, *ps)
    print(order)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked", lock.locked())
    print(lock.locked())

asyncio.run(main())
