# A finally body runs on every way out of its try (normal, exception,
# return, break, continue); each copy of it compiles its own lambdas,
# comprehensions, functions and classes.

def with_lambda():
    try:
        return "returned"
    finally:
        g = lambda v: v * 2
        print("lambda in finally:", g(21))


def with_comprehension():
    try:
        return [1, 2]
    finally:
        print("comprehension in finally:", [x * x for x in range(4)], {x for x in "aa"},
              {k: v for k, v in [(1, 2)]}, list(x for x in (3,)))


def with_function():
    try:
        return "value"
    finally:
        def helper(n=3):
            return n + 1
        print("function in finally:", helper())


def with_class():
    try:
        return "value"
    finally:
        class Local:
            attr = [i for i in range(3)]

            def method(self):
                return "method"
        print("class in finally:", Local.attr, Local().method())


def closure_over_local():
    captured = "captured"
    try:
        return captured
    finally:
        print("closure in finally:", (lambda: captured)())


def nested_try():
    try:
        try:
            return "inner"
        finally:
            print("inner finally", (lambda: 1)())
    finally:
        print("outer finally", [n for n in range(2)])


def loops():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                break
        finally:
            print("loop finally", i, (lambda: i * 10)(), [i for _ in range(2)])
    while True:
        try:
            break
        finally:
            def f():
                return "while break"
            print(f())


def with_handlers():
    try:
        f = lambda: "lambda in try body"
        print(f())
        return [y for y in "ab"]
    except ValueError:
        g = lambda: "in handler"
        print(g())
    else:
        print("else")
    finally:
        print("finally after handlers", (lambda: 0)())


def raising():
    try:
        raise KeyError("k")
    finally:
        print("exceptional path", (lambda: "lambda")(), [c for c in "xy"])


def generator():
    try:
        yield 1
        return
    finally:
        print("generator finally", (lambda: "g")())


async def coroutine():
    try:
        return "coroutine"
    finally:
        print("async finally", [x async for x in agen()], (lambda: 5)())


async def agen():
    yield 1


print(with_lambda())
print(with_comprehension())
print(with_function())
print(with_class())
print(closure_over_local())
print(nested_try())
loops()
print(with_handlers())
try:
    raising()
except KeyError as e:
    print("KeyError", e)
print(list(generator()))
import asyncio
print(asyncio.run(coroutine()))
