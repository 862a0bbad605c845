print(1 + 2.5, 2 * True, 3.0 - False, 7 // True, 2 ** 0.5 * 2 ** 0.5)
print(isinstance(True, int), isinstance(1, float), issubclass(bool, int))
print(int.__mro__ if False else bool.__mro__)
print(True + 0.5, -True, +False, ~False)
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
x = 10
print(x.real, x.imag if hasattr(x, "imag") else 0, (3).numerator, (3).denominator, 2.5.real)
print((5).conjugate() if hasattr(5, "conjugate") else 5)
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
