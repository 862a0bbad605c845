import math, json
print(isinstance(1j, (int, float)), isinstance(1j, complex), complex in (complex,), type(1j) is complex, 1j.__class__.__name__)
for f in [lambda: sorted([1j, 2j]), lambda: math.sqrt(1j), lambda: json.dumps(1j), lambda: max(1j, 2j), lambda: 1j & 1, lambda: ~1j, lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: {1j: 2}[1j]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(str(1+2j), f"{1+2j}", f"{1+2j:>12}", "%s %r" % (1j, 2j), [1j, -1j], {'a': complex(1, -0.0)})
print(1j.real.__class__, (1+2j).__getnewargs__(), complex('infj'), complex('-nanj'), complex('1e500+1e500j'), complex(' 1_0.5e1_0+2j '))
x = 3
x += 2j; x *= 1j; x -= 1; x /= 2j; x **= 2
print(x, abs(-3-4j), bool(complex(0, -0.0)), -(1j), 0j == 0, 0j == False, 1j != None)
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, c.real, isinstance(c, complex))
print(eval('2j'), eval('-1.5J'), 1_000j, 0o17 + 1j, 1e-3j, .5j + 1, 5j.imag, (1+0j) ** 0.5, (2+0j) ** 100)
print(round(abs(complex(1e154, 1e154)) / 1e154, 6), 2 ** 0.5j, 0 ** 0j, 0j ** 2, (-1) ** 0.5 == 1j)
vals = [1+2j, -1-2j, 1.5j, -0.5+1e300j, complex(2**61, 3), complex(-1, 0), complex(0, -1), complex(1e-300, -1e-300), complex(float('inf'), -float('inf')), 3.25-7j]
print([hash(v) for v in vals])
print(hash(complex(5, 0)) == hash(5), hash(complex(2.5, 0)) == hash(2.5), hash(-1+0j))
