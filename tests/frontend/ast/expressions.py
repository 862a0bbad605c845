# Precedence ladder, from the top.
r = lambda: a if b else c
r = not a == b
r = a or b and not c
r = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
r = -x ** 2
r = (await_ := 1)
r = a < b < c
r = a[1:2, ::3, x:y:z, ...]
r = a[*b]
r = f(x for x in y)
r = f(*a, *b, c=1, **d, **e)
r = [*a, *b], {**a, 'k': v}, {*a, b}
r = [x for x in y if x for z in x]
r = {k: v for k, v in d.items()}
async def h(): r = {x async for x in y}
def gen(): r = (yield)
r = x.y.z(1)(2)[3]
r = ~+-x
r = a if b else c if d else e
r = 'a' 'b' "c"
r = b'a' b'b'
r = ()
r = (1,)
r = 1,
(a, b), [c, *d] = e
for x, in y: pass
with a as (b, c): pass
del (a), [b]
