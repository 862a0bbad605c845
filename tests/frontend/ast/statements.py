import os.path as p, sys
from ..mod import (a as b, c,)
from . import x
x = 1
a, *b = c = [1, 2.5, "s", b'x', None, True, ...]
x += 1
y: int = 3
(z): int
def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:
    return a
@dec
class A(B, metaclass=M):
    pass
async def g():
    async with a as b, c:
        await x ** 2
    async for i in y:
        yield i
    x = [i async for i in z if i]
for i in range(10):
    if i: continue
    elif j: break
    else: pass
else:
    pass
while x: pass
try:
    pass
except E as e:
    raise X from e
except:
    pass
else:
    pass
finally:
    del a[1:2, ::3], b.c
with (a as b, c as d):
    pass
print(f"x={x!r:>{w}} {y=} {{}}", *args, **kw)
lambda x, *y, z=1, **k: (x, y)
x = -a ** 2 if not b else c
global q
assert x, "m"
s = {1, 2}; d = {1: 2, **e}; g = (x for x in y)
t = 1 < 2 <= 3 != 4 is not 5 not in 6
asyncio.async(x)
n = 1e20 + 1.5e-7 + 0x_ff + 10**30 + 123456789012345678901234567890
