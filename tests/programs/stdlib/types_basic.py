import types
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.NoneType)
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, repr(ns))
ns.c = ns
print(ns)
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
class N(types.SimpleNamespace): pass
print(N(x=1), N(x=1) == types.SimpleNamespace(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e: print(e)
@types.coroutine
def sleep0():
    x = yield "tick"
    return x
async def main():
    r = await sleep0()
    return r
c = main()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("done", e.value)
@types.coroutine
def plain():
    return 5
print(plain.__name__, plain())
def gen():
    yield 1
    return 2
w = types.coroutine(lambda: gen())
async def m2():
    return await w()
c = m2()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done2", e.value)
async def ac(): return 3
print(types.coroutine(ac) is ac)
try:
    types.coroutine(1)
except TypeError as e: print(e)
print(isinstance(len, types.BuiltinFunctionType), isinstance(sleep0, types.FunctionType))
