import asyncio
import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")
print(request_id.get(), request_id.name)
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
print(user.get("fallback"))
t = request_id.set("r1")
print(request_id.get(), t.var is request_id, t.old_value)
request_id.reset(t)
print(request_id.get())
try:
    request_id.reset(t)
except RuntimeError as e:
    print("RuntimeError used")

ctx = copy_context()
def in_ctx(v):
    request_id.set(v)
    return request_id.get()
print(ctx.run(in_ctx, "inside"), request_id.get(), ctx[request_id], request_id in ctx, len(ctx))
print(list(ctx.keys()) == [request_id], ctx.get(user, "no"))
try:
    ctx.run(lambda: ctx.run(lambda: 1))
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
try:
    ctx["x"]
except TypeError as e:
    print("TypeError", e)
try:
    ContextVar(5)
except TypeError as e:
    print(e)

async def handler(name, delay):
    request_id.set(name)
    await asyncio.sleep(delay)
    inner = await asyncio.create_task(child())
    return name, request_id.get(), inner

async def child():
    await asyncio.sleep(0)
    return "child sees " + request_id.get()

async def main():
    request_id.set("main")
    results = await asyncio.gather(handler("a", 0.02), handler("b", 0.01), handler("c", 0))
    print(results)
    print("main still", request_id.get())
    loop = asyncio.get_running_loop()
    seen = []
    request_id.set("at schedule")
    loop.call_soon(lambda: seen.append(request_id.get()))
    request_id.set("after schedule")
    c2 = copy_context()
    c2.run(request_id.set, "explicit")
    loop.call_soon(lambda: seen.append(request_id.get()), context=c2)
    await asyncio.sleep(0)
    print(seen)
    task = asyncio.create_task(child())
    await task
    async def setter():
        request_id.set("set in task")
    await asyncio.create_task(setter())
    print("after task", request_id.get())

asyncio.run(main())
print("outside", request_id.get())

# Runner.run with an explicit context, TaskGroup tasks, call_later.
ctx = copy_context()
ctx.run(request_id.set, "for runner")


async def read_it():
    return request_id.get()


with asyncio.Runner() as runner:
    print(runner.run(read_it(), context=ctx), runner.run(read_it()))


async def group():
    out = []

    async def worker(n):
        request_id.set("w%d" % n)
        await asyncio.sleep(0.001 * (3 - n))
        out.append((n, request_id.get()))

    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(worker(n))
    print(sorted(out), request_id.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    request_id.set("for later")
    loop.call_later(0.001, lambda: fut.set_result(request_id.get()))
    request_id.set("changed")
    print(await fut)
    done = loop.create_future()
    seen = []
    done.add_done_callback(lambda f: seen.append(request_id.get()))
    request_id.set("changed again")
    done.set_result(None)
    await asyncio.sleep(0)
    print(seen)


asyncio.run(group())
