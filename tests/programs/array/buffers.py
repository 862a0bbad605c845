# array.array as a buffer: bytes(), memoryview, binascii and base64.
import base64
import binascii
from array import array as A


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes(A('h', [1, 2])), bytearray(A('B', [1, 2])), bytes(A('d', [1.0])))
print(b''.join([A('B', [65]), b'x']), b'ab' + A('B', [67]), bytearray(b'z') + A('B', [66]))
a = A('h', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.readonly, m.tolist(), m[1], bytes(m), len(m))
m[0] = 100
print(a)
show(a.append, 4)
show(a.extend, [4])
show(a.pop)
show(a.__delitem__, 0)
show(a.__iadd__, A('h', [1]))
a[1] = 7
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(A('B', [1, 2, 3])) as mb:
    print(mb.tolist(), mb[::2].tolist())
print(memoryview(A('d', [1.5, 2.5])).tolist(), memoryview(A('q', [-5])).tolist())
print(memoryview(A('B', [65, 66])).cast('c').tolist())
print(memoryview(A('b', [1, 2, 3, 4])).cast('B').tolist())
print(binascii.hexlify(A('H', [0x0102, 0x0304])), binascii.crc32(A('B', b'hello')))
print(base64.b64encode(A('i', [1])), base64.b32encode(A('i', [1])))
print(base64.encodebytes(A('B', [1])))
show(base64.encodebytes, A('i', [1]))
