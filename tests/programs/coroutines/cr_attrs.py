# cr_frame, cr_running, cr_await, cr_code, __name__, __qualname__, repr.
import inspect, types

def mask(r):
    i = r.find(" at 0x")
    if i < 0:
        return r
    return r[:i] + " at ADDR" + r[r.find(">", i):]

@types.coroutine
def pause():
    yield "paused"

async def sub():
    await pause()
    return 1

async def main():
    print("running:", me.cr_running, inspect.getcoroutinestate(me))
    await sub()

me = main()
print(me.cr_running, me.cr_await, me.cr_frame is not None)
print(me.cr_code is main.__code__, me.cr_code.co_name)
print(me.__name__, me.__qualname__)
print(mask(repr(me)))
print(inspect.getcoroutinestate(me))
print(me.send(None))
print(inspect.getcoroutinestate(me))
aw = me.cr_await
print(mask(repr(aw)), aw.cr_await is not None)
print(type(aw.cr_await).__name__, aw.cr_await.gi_code.co_name)
print(me.cr_frame.f_lineno)
try:
    me.send(None)
except StopIteration:
    pass
print(me.cr_frame, me.cr_await, inspect.getcoroutinestate(me))

class A:
    async def meth(self):
        pass

    def factory(self):
        async def inner():
            pass
        return inner()

c1 = A().meth()
c2 = A().factory()
print(c1.__name__, c1.__qualname__, mask(repr(c1)))
print(c2.__name__, c2.__qualname__, mask(repr(c2)))
c1.close()
c2.close()
c3 = sub()
c3.__name__ = "new"
c3.__qualname__ = "X.new"
print(mask(repr(c3)))
c3.close()
print(type(c3).__name__, type(c3) is types.CoroutineType)
print(hasattr(c3, "gi_frame"), hasattr(c3, "cr_frame"), hasattr(c3, "__next__"))
print(mask(repr(c3.__await__())))
print(mask(repr(main)))
