import types, sys
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(sys, types.ModuleType), isinstance(None, types.NoneType))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
del ns.x
print(ns, vars(ns), ns == types.SimpleNamespace(y="two", z=[3]), hasattr(ns, "x"))
m = types.ModuleType("dyn", "doc"); m.x = 1; print(m.__name__, m.__doc__, m.x, isinstance(m, types.ModuleType))
N = types.new_class("N", (object,), {}, lambda ns: ns.update({"v": 5}))
print(N.__name__, N.v)
@types.coroutine
def ticker(n):
    for i in range(n):
        yield i
    return "ticked"
async def run():
    return await ticker(3)
c = run()
out = []
try:
    while True:
        out.append(c.send(None))
except StopIteration as e:
    out.append(e.value)
print(out)
