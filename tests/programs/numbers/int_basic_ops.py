# small-int arithmetic and Python's floor semantics
for a in (7, -7, 0, 1, -1, 13):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, 0 ** 0, 10 ** -1, 2 ** -2)
print(-3 // 2, 3 // -2, -3 % 2, 3 % -2)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
