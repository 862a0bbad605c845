# array.array: construction, conversions, ranges and errors per typecode.
import array
from array import array as A


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

# Construction from each kind of initializer.
show(A, 'i', [1, 2, 3])
show(A, 'd', [1, 2.5, True])
show(A, 'f', [0.1, 1e40])
show(A, 'u', "abc")
show(A, 'u', ["a", "b"])
show(A, 'b', b"abc")
show(A, 'h', b"abcd")
show(A, 'B', bytearray(b"\x01\x02"))
show(A, 'B', memoryview(b"\x01\x02"))
show(A, 'd', A('i', [1, 2]))
show(A, 'i', range(5))
show(A, 'i', (x * x for x in range(4)))
show(A, 'b', {1: 2, 3: 4})
show(A, 'q', A('q', [5, 6]))

# Bad typecodes and initializers.
show(A, 'x')
show(A, 'bb')
show(A, 5)
show(A)
show(A, 'b', [1, 2], 3)
show(A, 'i', [1], foo=2)
show(A, 'b', "abc")
show(A, 'h', b"abc")
show(A, 'u', ["ab"])
show(A, 'u', [1])
show(A, 'u', A('i', [1, 2]))
show(A, 'i', A('u', "ab"))
show(A, 'b', 5)
show(A, 'b', [1.5])
show(A, 'b', ["a"])
show(A, 'd', ["a"])
show(A, 'd', [1 + 2j])
show(A, 'i', [None])
show(A, 'f', [10 ** 400])

# Integer ranges: the edges fit, one past them does not.
edges = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
         'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
         'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc, (lo, hi) in edges.items():
    print(tc, A(tc, [lo, hi]))
    show(A, tc, [lo - 1])
    show(A, tc, [hi + 1])
    show(A, tc, [2 ** 70])
    show(A, tc, [-2 ** 70])

# Reprs of floats and characters.
print(A('d', [0.1, 1e300, float('inf'), -0.0, float('nan')]))
print(A('f', [1 / 3, 0.5]))
print(repr(A('u', "it's")), repr(A('u', 'a"b')), str(A('u', 'hi')))
