print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3)
print(1 << 10, 1 << 63, 1 << 64, 1 << 100, -1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100, (1 << 100) >> 99)
big = (1 << 100) + 12345
print(big & 0xFFFF, big | 1, big ^ big, ~big, -big & 0xFF, big >> 64)
print((1 << 200) - 1 & (1 << 150), -(1 << 80) | 7)
print(0xff, 0o17, 0b1011, 1_000_000, 0x_ff)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (1 << 100).bit_length())
print(True & False, True | False, True ^ True, ~True)
