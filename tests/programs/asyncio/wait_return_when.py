import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job("a", 0.03), name="a"),
          asyncio.create_task(job("b", 0.01), name="b"),
          asyncio.create_task(job("c", 0.02), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("ALL", names(done), names(pending))

    ts = [asyncio.create_task(job("d", 0.01), name="d"),
          asyncio.create_task(job("e", 0.02, fail=True), name="e"),
          asyncio.create_task(job("f", 0.05), name="f")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception() if t.exception() else t.result())
    await asyncio.wait(pending)

    ts = [asyncio.create_task(job("g", 0.01), name="g"),
          asyncio.create_task(job("h", 0.02), name="h")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION no errors", names(done), names(pending))

    ts = [asyncio.create_task(job("i", 0.01), name="i"),
          asyncio.create_task(job("j", 0.2), name="j")]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(ts)
    print("after cancel", [t.cancelled() for t in ts])

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    done, pending = await asyncio.wait([fut], timeout=0)
    print("already done", len(done), len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
