# What await accepts: coroutines, __await__ objects, types.coroutine generators.
import types

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("awaitable yields", self.v)
        return ("awaitable result", got)

class GenAwait:
    def __await__(self):
        return iter(["a", "b"])

class BadAwait:
    def __await__(self):
        return 5

class CoroAwait:
    def __await__(self):
        async def c():
            pass
        return c()

class NoAwait:
    pass

@types.coroutine
def gen_coro():
    x = yield "from gen_coro"
    return x * 2

def plain_gen():
    yield "plain"

async def user():
    r = await Awaitable(1)
    print("got", r)
    r = await GenAwait()
    print("gen await result", r)
    r = await gen_coro()
    print("gen_coro result", r)
    return "user done"

c = user()
print(c.send(None))
print(c.send("sent"))
print(c.send(None))
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_it(obj):
    return await obj

for obj in [5, "s", None, NoAwait(), BadAwait(), CoroAwait(), plain_gen(), [1]]:
    try:
        print(run(await_it(obj)))
    except TypeError as e:
        print("TypeError:", e)

# types.coroutine on a plain function returning a generator
def returns_gen():
    return plain_gen()
wrapped = types.coroutine(returns_gen)
async def use_wrapped():
    await wrapped()
c = use_wrapped()
print(c.send(None))
c.close()

# types.coroutine keeps identity for async def functions
async def native():
    pass
print(types.coroutine(native) is native)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)

# generator marked with types.coroutine can yield from a coroutine
@types.coroutine
def delegating():
    r = yield from native_val()
    return r

async def native_val():
    return "native value"

print(run(delegating()))

# a plain generator cannot yield from a coroutine
def bad_delegate():
    yield from native_val()

g = bad_delegate()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)

# reusing an awaited coroutine
async def once():
    return 1

async def twice():
    c = once()
    await c
    await c

try:
    run(twice())
except RuntimeError as e:
    print("RuntimeError:", e)

# awaiting a coroutine that's currently running
async def self_await():
    await me

me = self_await()
try:
    run(me)
except ValueError as e:
    print("ValueError:", e)

# __await__ returning a coroutine wrapper of another coroutine
class Delegating:
    def __await__(self):
        return once().__await__()
print(run(await_it(Delegating())))
