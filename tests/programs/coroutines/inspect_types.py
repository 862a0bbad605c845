# inspect predicates and states; types module names.
import inspect, types

def gen():
    yield

async def coro():
    pass

async def agen():
    yield

@types.coroutine
def gen_coro():
    yield

class AwaitMe:
    def __await__(self):
        yield

def plain():
    pass

g, c, a = gen(), coro(), agen()
objs = [("gen", gen), ("g", g), ("coro", coro), ("c", c), ("agen", agen), ("a", a),
        ("gen_coro", gen_coro), ("gen_coro()", gen_coro()), ("AwaitMe()", AwaitMe()),
        ("plain", plain), ("int", 5), ("lambda", lambda: 0)]
preds = ["isgenerator", "isgeneratorfunction", "iscoroutine", "iscoroutinefunction",
         "isawaitable", "isasyncgen", "isasyncgenfunction", "isfunction"]
for name, o in objs:
    print(name.ljust(12), " ".join("1" if getattr(inspect, p)(o) else "0" for p in preds))

print(type(g) is types.GeneratorType, type(c) is types.CoroutineType, type(a) is types.AsyncGeneratorType)
print(types.GeneratorType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(isinstance(g, types.GeneratorType), isinstance(c, types.GeneratorType))
print(types.FunctionType.__name__, isinstance(plain, types.FunctionType))

# generator states
def stateful():
    print("inside:", inspect.getgeneratorstate(s))
    yield 1

s = stateful()
print(inspect.getgeneratorstate(s), inspect.GEN_CREATED)
next(s)
print(inspect.getgeneratorstate(s))
try:
    next(s)
except StopIteration:
    pass
print(inspect.getgeneratorstate(s))

# coroutine states
async def cstate():
    print("inside:", inspect.getcoroutinestate(cs))
    await AwaitMe()

cs = cstate()
print(inspect.getcoroutinestate(cs))
cs.send(None)
print(inspect.getcoroutinestate(cs))
cs.close()
print(inspect.getcoroutinestate(cs))
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
c.close()

# code flags
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
print(bool(coro.__code__.co_flags & inspect.CO_COROUTINE))
print(bool(agen.__code__.co_flags & inspect.CO_ASYNC_GENERATOR))
print(bool(gen_coro.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))

# getgeneratorlocals
def loc(a):
    b = a * 2
    yield b
lg = loc(3)
print(inspect.getgeneratorlocals(lg))
next(lg)
print(sorted(inspect.getgeneratorlocals(lg).items()))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print("TypeError:", e)

# types.coroutine result
print(inspect.isgeneratorfunction(gen_coro), inspect.iscoroutinefunction(gen_coro))
gc_obj = gen_coro()
print(inspect.isgenerator(gc_obj), inspect.iscoroutine(gc_obj), inspect.isawaitable(gc_obj))
