print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 7), divmod(-(2 ** 70), 7))
print(round(3.14159, 3), round(-3.14159, 1), round(123.456, -1), round(1e300, 2))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(2 ** 70 + 5, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(0.125, 2), round(0.375, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print(abs(-7), abs(2 ** 70), abs(-0.0), abs(True))
