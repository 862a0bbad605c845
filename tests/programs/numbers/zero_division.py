cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
    lambda: 1 / 0.0, lambda: 2 ** 100 // 0, lambda: 2 ** 100 % 0, lambda: (2 ** 100) / 0,
    lambda: 5 // 0.0, lambda: 0 / 0, lambda: 0.0 / 0.0,
]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(repr(e))
x = 0
try:
    x /= 0
except ZeroDivisionError as e:
    print(e, isinstance(e, ArithmeticError))
