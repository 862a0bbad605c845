print(b'%s and %b' % (b'x', bytearray(b'y')), b'%d-%i-%5.2f-%x-%X-%o-%e' % (1, 2, 3.14159, 255, 255, 8, 12345.678))
print(b'%r %a' % ('é', b'q'), b'%c%c' % (65, b'B'), b'%-5s|' % b'ab', b'%5s|' % memoryview(b'mv'), b'100%%' % ())
print(b'%(a)s %(b)d' % {b'a': b'A', b'b': 2}, b'%s' % b'only', b'\xff%s' % b'\xfe')
class B:
    def __bytes__(self): return b'BYTES'
print(b'%s' % B(), b'%s' % (B(),))
for f in [lambda: b'%s' % 'str', lambda: b'%c' % 256, lambda: b'%c' % 'a', lambda: b'%d' % b'x', lambda: b'%s %s' % (b'a',), lambda: b'%s' % (b'a', b'b'), lambda: b'%(a)s' % (b'x',), lambda: b'%z' % 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b'ab', b'AB')
print(len(t), t[97:99], b'abcab'.translate(t), b'abc'.translate(None, b'b'), b'abc'.translate(t, b'c'), b'abc'.translate(bytearray(t)))
for f in [lambda: bytes.maketrans(b'a', b'bc'), lambda: b'x'.translate(b'short'), lambda: bytes.maketrans('a', 'b')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b'Hello World'.swapcase(), b'hello world'.title(), b'hELLO'.capitalize(), b'\xe9a'.upper(), b'A\xc9'.lower(), b'abc'.isascii(), b'\x80'.isascii())
print(b'ABC'.isupper(), b'abc'.islower(), b'Ab'.istitle(), b'\xe9'.isalpha(), b'12'.isdigit(), b' \t'.isspace(), b''.isalnum(), b'a1'.isalnum())
print(b'abc'.rindex(b'c'), b'a-b-c'.rpartition(b'-'), b'x'.zfill(3), b'a\tb'.expandtabs(), b'abc'.removesuffix(b'c'), b'abc'.find(98), b'aXa'.count(97))
for f in [lambda: b'abc'.find('a'), lambda: b'abc'.split('a'), lambda: b'abc'.startswith('a'), lambda: b'abc'.rindex(b'z'), lambda: 'a' in b'abc', lambda: 256 in b'a', lambda: b'a'.ljust(3, 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes.fromhex('0a 0B'), b'\x00\xff'.__bytes__(), b'ab'.__getnewargs__(), b'a' in bytearray(b'cab'), bytearray(b'ab') in b'xaby')
for s in ['abc', 'a b', ' 0a zz', 'ab\u00e9']:
    try:
        print(bytes.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
