print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5, 7 // 2 * 2)
print(not True, not 0, True and False, True or False, 0 or "default", "" and "x", None or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3, 0 or None, [] or {})
print(1 < 2 and 2 < 3, 1 if True else 2, ~5 & 0xff, 6 & 3 | 8, 1 << 2 + 1, -7 % 3, 5 ^ 1 == 4)
x = [1, 2]
y = x
print(x is y, x is not [1, 2], x == [1, 2], None is None, 1 in x, 3 not in x)
a = b = c = 0
a += 1; b -= 1; c ^= 7
print(a, b, c)
s = "ab"
s *= 2
print(s)
print(3 < 5 > 4, 1 == 1.0 != 2, "a" < "b" < "c", (1, 2) < (1, 3))
print(True + True, True * 3, -True, 3 - True)
def side(v):
    print("eval", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) < side(2) < side(0))
