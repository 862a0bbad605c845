# Coroutines suspended inside match statements: in guards (with the
# subject's copies on the stack), in case bodies and in subjects.
import asyncio


async def check(v, delay):
    await asyncio.sleep(delay)
    return v


async def classify(item):
    match await check(item, 0.01):
        case [x, y] if await check(x < y, 0.02):
            return f"ascending pair {x} {y}"
        case [x, y]:
            await asyncio.sleep(0.01)
            return f"pair {x} {y}"
        case {"kind": kind, **rest} if await check(bool(rest), 0.01):
            return f"{kind} with {sorted(rest)}"
        case {"kind": kind}:
            return f"bare {kind}"
        case str(s) | bytes(s) if await check(len(s) > 2, 0):
            return f"long text {s!r}"
        case _:
            return "other"


async def main():
    items = [[1, 2], [2, 1], {"kind": "a", "x": 1}, {"kind": "b"}, "text", b"ab", 5]
    results = await asyncio.gather(*(classify(i) for i in items))
    for item, r in zip(items, results):
        print(item, "->", r)
    total = 0
    for i in range(6):
        match i % 3:
            case 0:
                await asyncio.sleep(0)
                total += 1
            case n if await check(n == 1, 0.001):
                total += 10
            case _:
                total += 100
    print("total", total)


asyncio.run(main())
