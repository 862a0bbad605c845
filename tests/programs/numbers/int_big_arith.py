# arbitrary-precision integers crossing the i64 boundary
big = 2 ** 63
print(big, big - 1, -big, -big - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 3037000500 * 3037000500)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, divmod(b, a), divmod(-b, a), divmod(b, -a), divmod(-b, -a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(3 ** 100)
print((-3) ** 101)
print(2 ** 200 // 2 ** 100 == 2 ** 100)
print(10 ** 50 / 10 ** 48)
print(a / b)
print(abs(-a), -(-a), +a)
print(int("-" + "9" * 40) + 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 64), f % (2 ** 64))
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
