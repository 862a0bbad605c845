# Case bodies with break, continue, return, try/finally, generators, async.
import asyncio


def classify(items):
    out = []
    for item in items:
        match item:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                return out + ["negative"]
            case _:
                out.append(item)
    else:
        out.append("no break")
    return out


print(classify([1, "skip", 2, "stop", 3]))
print(classify([1, 2]))
print(classify([1, -5, 2]))


def with_finally(v):
    try:
        match v:
            case [x]:
                return f"one {x}"
            case _:
                raise ValueError(v)
    finally:
        print("  finally ran")


print(with_finally([1]))
try:
    with_finally(2)
except ValueError as e:
    print("ValueError", e)


def gen(values):
    for v in values:
        match v:
            case (a, b):
                yield a + b
            case [*xs]:
                yield from xs
            case _:
                yield v


print(list(gen([(1, 2), [3, 4, 5], 6])))


async def amatch(v):
    await asyncio.sleep(0)
    match v:
        case {"wait": n} if await asyncio.sleep(0, n) > 1:
            return "big wait"
        case {"wait": n}:
            return f"wait {n}"
    return "none"


async def main():
    print(await amatch({"wait": 2}), await amatch({"wait": 1}), await amatch(0))


asyncio.run(main())

# Exceptions raised while matching leave the case and can be caught.
class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparing")


try:
    match Bad():
        case 1:
            pass
except RuntimeError as e:
    print("RuntimeError", e)

# Nested matches.
def nested(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "both ints"
                case _:
                    return "int and other"
        case _:
            return "other"


print(nested(1, 2), nested(1, "x"), nested("x", 1))

# A long chain of cases in a loop (the stack stays balanced).
total = 0
for i in range(200):
    match i % 5, i % 3:
        case (0, 0):
            total += 15
        case (0, _):
            total += 5
        case (_, 0):
            total += 3
        case (a, b):
            total += a * b
print(total)

# Deep recursion through matches.
def depth(t):
    match t:
        case [left, right]:
            return 1 + max(depth(left), depth(right))
        case _:
            return 0


tree = 0
for _ in range(50):
    tree = [tree, 0]
print(depth(tree))

# Match statements in finally bodies (compiled once per way out).
def f(v):
    try:
        return "ret"
    finally:
        match v:
            case [x, *rest] if (lambda: x)() > 0:
                print("finally match", x, rest, [r * 2 for r in rest])
            case _:
                print("finally default")


print(f([1, 2, 3]), f(0))
for i in range(3):
    try:
        if i == 1:
            continue
    finally:
        match i:
            case 0 | 1:
                print("loop", i)
            case n:
                print("other", n)
