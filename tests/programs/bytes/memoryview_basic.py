ba = bytearray(b'hello')
m = memoryview(ba)
m2 = m[1:]
m.release()
try: ba.append(1)
except Exception as e: print(type(e).__name__, e)
print(m2.tobytes())
m2.release()
ba.append(33); print(ba)
try: m[0]
except Exception as e: print(type(e).__name__, e)
print(repr(m)[:16])
m = memoryview(b'abcdef')
print(m[::2].tobytes(), m[::2][1:].tolist(), m[::-1].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes, m.obj, len(m), m[0], m[-1], m[1:3] == b'bc')
try: m[0] = 1
except Exception as e: print(type(e).__name__, e)
try: m[::2].cast('B')
except Exception as e: print(type(e).__name__, e)
x = memoryview(bytearray(8)).cast('i'); x[0] = -2; x[1] = 7; print(x.tolist(), x.obj, x.format, x.itemsize, len(x), x.nbytes, x.shape, x.strides, x.ndim, x.contiguous, x.c_contiguous)
print(x.cast('B').tolist(), x.cast('c')[0], memoryview(b'ab').cast('b').tolist(), hash(memoryview(b'ab')) == hash(b'ab'))
try: hash(memoryview(bytearray(b'ab')))
except Exception as e: print(type(e).__name__, e)
try: memoryview(b'abc').cast('i')
except Exception as e: print(type(e).__name__, e)
try: memoryview('abc')
except Exception as e: print(type(e).__name__, e)
with memoryview(b'xy') as q: print(q.tobytes())
print(repr(q)[:17])
try: len(q)
except Exception as e: print(type(e).__name__, e)
mv = memoryview(bytearray(b'abcdef'))
mv[1:3] = b'XY'; print(mv.obj)
try: mv[1:3] = b'XYZ'
except Exception as e: print(type(e).__name__, e)
try: mv[0] = 300
except Exception as e: print(type(e).__name__, e)
try: mv[0] = b'a'
except Exception as e: print(type(e).__name__, e)
try: del mv[0]
except Exception as e: print(type(e).__name__, e)
print(mv.hex(), mv.hex(':'), mv == bytearray(b'aXYdef'), mv != b'x', list(mv), bytes(mv), bytearray(mv), b'-'.join([mv, b'z']), mv.toreadonly().readonly)
try: memoryview(b'a') < memoryview(b'b')
except Exception as e: print(type(e).__name__, e)
# writes through views of views
buf = bytearray(b'0123456789')
v = memoryview(buf)
w = v[2:8]
w[0] = 65
w[1:3] = b'BC'
w[::2][2] = 90
v[-1] = 0x7a
print(buf, w.tobytes(), w[::-2].tolist(), len(w[::3]), len(w[10:]), w[-3:].tobytes())
try: buf.extend(b'x')
except BufferError as e: print('BufferError', e)
for op in (lambda: buf.pop(), lambda: buf.clear(), lambda: buf.__delitem__(0), lambda: buf.__setitem__(slice(0, 2), b'abc'), lambda: buf.__iadd__(b'q'), lambda: buf.insert(0, 1), lambda: buf.remove(48)):
    try: op(); print('no error')
    except BufferError as e: print('BufferError', e)
buf[0] = 49; buf[0:2] = b'xy'; print(buf)
del v, w
buf.extend(b'!'); print(buf)
h = memoryview(bytearray(4)).cast('H'); h[1] = 65535; print(h.tolist(), h.obj)
try: h[0] = -1
except Exception as e: print(type(e).__name__, e)
q = memoryview(bytearray(16)).cast('d'); q[0] = 1.5; print(q.tolist(), q.cast('B').cast('q').tolist()[:1])
try: memoryview(bytearray(4)).cast('i').cast('h')
except Exception as e: print(type(e).__name__, e)
try: memoryview(b'ab').cast('xx')
except Exception as e: print(type(e).__name__, e)
print(memoryview(b'abc') == memoryview(bytearray(b'abc')), memoryview(b'ab') == 'ab', isinstance(memoryview(b''), memoryview))
