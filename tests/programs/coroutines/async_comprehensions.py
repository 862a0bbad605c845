# Async comprehensions and await inside comprehensions.
import types

@types.coroutine
def tick(v=None):
    return (yield v)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def arange(n):
    for i in range(n):
        await tick()
        yield i

async def double(x):
    await tick()
    return x * 2

async def main():
    print([x async for x in arange(4)])
    print({x % 2 async for x in arange(5)})
    print({x: x * x async for x in arange(3)})
    print([x async for x in arange(6) if x % 2 if x > 1])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in arange(3)])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in arange(2)] if False else "skip")
    print([y async for x in arange(3) async for y in arange(x)])
    print({await double(k): v for k, v in [(1, "a"), (2, "b")]})
    print([x for x in [await double(5)]])
    ag = (x * 10 async for x in arange(3))
    print(type(ag).__name__)
    print([v async for v in ag])
    gen = (await double(i) for i in range(2))
    print(type(gen).__name__, [v async for v in gen])
    total = 0
    async for v in (a + 1 async for a in arange(3)):
        total += v
    print("total", total)
    return "ok"

print(run(main()))

# async comprehension outside async function is a SyntaxError
for src in ["[x async for x in y]", "def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
