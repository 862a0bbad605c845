print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.numerator, type(True.real).__name__)
print((2.5).real, (2.5).imag, (7).__divmod__(2), (7).__rdivmod__(2), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (7).__divmod__(2.5), (7).__divmod__('x'))
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex(' 0x1.fffffffffffffp+1023 '), float.fromhex('0x10'), float.fromhex('1.8p1'), float.fromhex('-nan'), float.fromhex('0x.8'))
print((1.5).hex(), (-0.0).hex(), (5e-324).hex(), float('inf').hex(), (0.1).hex())
print(float.__getformat__('double'), (5).__getnewargs__(), (2.5).__getnewargs__(), (7).bit_count(), (-7).bit_length(), (6).as_integer_ratio(), (2.5).as_integer_ratio(), (3.0).is_integer())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (-1).to_bytes(2, 'big', signed=True), (5).to_bytes(), int.from_bytes(b'\x01\x00'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\x01'), 'big'))
print(round(2.5), round(3.5), (2.5).__round__(), (2.567).__round__(2), (7).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (-2.5).__trunc__(), (2.1).__ceil__(), (2.9).__floor__(), (5).conjugate(), (2.5).conjugate())
for f in [lambda: float.fromhex('0x1p99999'), lambda: float.fromhex('zz'), lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: float.__getformat__('x'), lambda: (5).real.__class__, lambda: (1.5).__divmod__(0.0), lambda: (1).__divmod__(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
names = ['__divmod__', '__rdivmod__', '__getnewargs__', '__round__', '__trunc__', '__floor__', '__ceil__', 'conjugate',
         'real', 'imag', 'numerator', 'denominator', 'bit_count', 'as_integer_ratio', 'is_integer', 'to_bytes', 'from_bytes',
         'fromhex', 'hex', '__getformat__']
for t in (int, float, bool, complex):
    print(t.__name__, [n for n in names if hasattr(t, n)])
for o, n in [(5, 'imag'), (1j, 'real'), (memoryview(b''), 'nbytes'), (5, 'conjugate'), (2.0, 'real'), (True, 'numerator')]:
    try:
        setattr(o, n, 1)
    except AttributeError as e:
        print(e)
