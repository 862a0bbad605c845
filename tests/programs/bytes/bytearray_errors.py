b = bytearray(b'abc')
tests = [lambda: b.extend('ab'), lambda: b.extend(5), lambda: b.append(256), lambda: b.append('a'), lambda: b.insert(0, -1),
 lambda: bytearray().pop(), lambda: b.pop(10), lambda: b.remove(120), lambda: b.__setitem__(0, 300), lambda: b.__setitem__(slice(0,1), 5),
 lambda: b.__setitem__(slice(0,3,2), b'xyz'), lambda: b.__getitem__(10), lambda: b.__setitem__(10, 1), lambda: b.__delitem__(10),
 lambda: hash(b), lambda: b + 'x', lambda: b.__iadd__('x'), lambda: bytearray([256]), lambda: bytearray(['a']), lambda: bytearray('abc'), lambda: bytearray(-1),
 lambda: b * 'x', lambda: 'x' in b, lambda: 300 in b, lambda: b < 'x', lambda: b.__setitem__('x', 1), lambda: b['x'], lambda: b.__setitem__(slice(0,1), 'ab'),
 lambda: b.__setitem__(slice(0,1), [300]), lambda: bytearray.fromhex('zz'), lambda: b.find('a'), lambda: b.join(['a']), lambda: b.pop('x'), lambda: bytearray(3.5),
 lambda: b.insert(10**30, 1), lambda: b'x' + 'y', lambda: b.index(b'z'), lambda: b.decode('nope')]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
