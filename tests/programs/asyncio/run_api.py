# asyncio.run: return values, cleanup of remaining tasks and async generators.
import asyncio

async def main(v):
    await asyncio.sleep(0)
    return v * 2

print(asyncio.run(main(21)))

# remaining tasks are cancelled at the end
async def lingering():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("lingering task cancelled at shutdown")
        raise

async def starts_lingering():
    asyncio.create_task(lingering())
    await asyncio.sleep(0)
    return "main returned"

print(asyncio.run(starts_lingering()))

# async generators are finalized at shutdown
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalized")

async def partially_consumes():
    g = agen()
    print(await g.__anext__())
    return g

g = asyncio.run(partially_consumes())
print("after run")

# a fresh loop each time; no running loop afterwards
loops = []
async def grab():
    loops.append(asyncio.get_running_loop())
asyncio.run(grab())
asyncio.run(grab())
print(loops[0] is not loops[1], loops[0].is_closed(), loops[1].is_closed())

# debug flag
async def dbg():
    return asyncio.get_running_loop().get_debug()
print(asyncio.run(dbg(), debug=True), asyncio.run(dbg()))

# exception propagates out
async def raises():
    raise ArithmeticError("from main")
try:
    asyncio.run(raises())
except ArithmeticError as e:
    print("ArithmeticError:", e)

# a task that fails while main returns: its exception is reported, run returns
async def failing_child():
    raise KeyError("child")
async def leaves_failed_child():
    t = asyncio.create_task(failing_child())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return t.done()
print(asyncio.run(leaves_failed_child()))

# KeyboardInterrupt-like BaseException propagates
async def base_exc():
    raise SystemExit(3)
try:
    asyncio.run(base_exc())
except SystemExit as e:
    print("SystemExit", e.code)
