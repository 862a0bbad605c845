# array.array as a mutable sequence: items, slices, methods, operators.
import copy
import io
from array import array as A


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


a = A('i', [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-100:2])
show(a.__getitem__, 5)
show(a.__getitem__, "x")
show(a.__getitem__, 2 ** 70)
show(a.__getitem__, slice(None, None, 0))
a[1] = 10
print(a)
show(a.__setitem__, 10, 1)
show(a.__setitem__, 0, "x")
show(a.__setitem__, 0, 2 ** 40)
a[1:3] = A('i', [7, 8, 9])
print(a)
show(a.__setitem__, slice(0, 2), [1, 2])
show(a.__setitem__, slice(0, 2), A('d', [1.0]))
show(a.__setitem__, slice(0, 1), 5)
a[::2] = A('i', [0, 0, 0])
print(a)
show(a.__setitem__, slice(0, None, 2), A('i', [1]))
del a[0]
print(a)
del a[::2]
print(a)
del a[5:100]
print(a)
show(a.__delitem__, 10)
x = A('i', range(10))
del x[1:8:3]
print(x)
x[::-1] = A('i', range(7))
print(x)
x = A('i', [1, 2, 3])
x[1:2] = x
print(x)

# Methods.
a = A('d', [1.0, 2.0])
a.append(3)
show(a.append, "x")
show(a.append)
a.extend([4, 5])
a.extend(A('d', [6]))
show(a.extend, A('i', [6]))
show(a.extend, 5)
a.insert(0, -1)
a.insert(100, 99)
a.insert(-100, -99)
print(a)
print(a.pop(), a.pop(0), a)
show(a.pop, 100)
show(A('i').pop)
a.remove(3.0)
print(a)
show(a.remove, 42)
print(a.index(4.0), a.count(4.0), a.index(4.0, 0, 10), a.index(4.0, -4))
show(a.index, 42)
show(a.index, 4.0, 5)
a.reverse()
print(a)
print(a.tobytes()[:8], a.tolist())
b = A('h')
b.frombytes(b"\x01\x00\x02\x00")
show(b.frombytes, b"\x01")
show(b.frombytes, "ab")
b.fromlist([3, 4])
show(b.fromlist, (1,))
show(b.fromlist, [5, "x"])
print(b)
b.byteswap()
print(b, b.tolist())
info = b.buffer_info()
print(type(info), type(info[0]), info[1])
u = A('u', 'ab')
u.fromunicode("xyz")
print(u, u.tounicode())
show(A('b').tounicode)
show(A('b').fromunicode, "x")
e = A('l', [1, 2])
e.extend(e)
print(e)

# Files.
buf = io.BytesIO()
A('h', [1, 2, 3]).tofile(buf)
print(buf.getvalue())
r = A('h')
r.fromfile(io.BytesIO(buf.getvalue()), 2)
print(r)
show(r.fromfile, io.BytesIO(b"\x05\x00"), 2)
print(r)
show(r.fromfile, io.BytesIO(b"\x01\x00\x02"), 2)
show(r.fromfile, io.BytesIO(b""), -1)

# Operators and comparisons.
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]))
print(A('i', [1]) < A('i', [2]), A('i', [1, 2]) < A('i', [1]), A('i', [1]) == [1])
print(A('i', [1, 2]) <= A('i', [1, 2]), A('i', [1, 2]) > A('i', [1]), A('i', [2]) >= A('d', [2.5]))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('d', [0.0]) == A('d', [-0.0]))
print(float('nan') in A('d', [float('nan')]), A('d', [1.0, float('nan')]) < A('d', [1.0, 2.0]))
print(A('i', [1]) + A('i', [2]))
show(lambda: A('i', [1]) + A('d', [2]))
show(lambda: A('i', [1]) + [2])
print(A('i', [1, 2]) * 2, 2 * A('i', [1]), A('i', [1]) * -1, A('i', [1]) * 0)
show(lambda: A('i', [1]) * 2 ** 70)
show(lambda: A('b') * "x")
c = A('b', [1])
c += A('b', [2])
c *= 2
print(c)
c += c
print(c)
show(c.__iadd__, [1])
show(c.__imul__, "x")
print(A.__hash__ is None)
print(2 in A('i', [1, 2]), 5 in A('i', [1]), 2.0 in A('i', [2]), None in A('i', [2]), "x" in A('i'))

# The sequence protocol around it.
print(list(reversed(A('i', [1, 2, 3]))), sorted(A('i', [3, 1, 2])), sum(A('d', [0.5, 0.25])))
print(list(enumerate(A('u', 'ab'))), max(A('B', [3, 9, 2])), min(A('b', [-3, 9])))
for v in A('H', [7, 8]):
    print(v, end=" ")
print()
print(copy.copy(A('d', [1.5])), copy.deepcopy(A('d', [2.5])), A('i', [3, 1]).__copy__())


class Sub(A):
    def __init__(self, tc, init=()):
        self.note = "sub"


s = Sub('d', [1.0])
s.foo = 3
print(s, s.foo, s.note, isinstance(s, A), len(s), s.typecode, s.itemsize)
print(type(s[0:1]).__name__, type(s + s).__name__, s == A('d', [1.0]))
show(A.append, [1], 2)

# Iteration sees items appended meanwhile; subscripts in loops.
a = A('i', [1, 2, 3])
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out)
it = iter(A('d', [1.5]))
print(next(it), next(it, 'end'))
b = A('B', [0] * 5)
b[1] = 255
b[-1] = 7
b[2] = True
print(b, b[-1], b[0], b[-5])
show(b.__setitem__, 1, 256)
show(b.__setitem__, -6, 1)
f = A('f', [0.0])
f[0] = 0.1
d = A('d', [0.0, 0.0])
d[0] = 3
d[-1] = 2.5
print(f, d)
n = A('i', [0])
show(n.__setitem__, 0, 2 ** 31)
for tc in "bBhHiIlLqQfd":
    z = A(tc, [1, 2])
    z[0] = z[1] + 1
    z[-1] = 0
    print(tc, z, z[0], z[-2])

import collections.abc
print(isinstance(A('b'), collections.abc.MutableSequence), issubclass(Sub, collections.abc.Sequence))
