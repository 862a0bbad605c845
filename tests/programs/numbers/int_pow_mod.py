print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, -1, 13), pow(3, -2, 11), pow(10 ** 30, 3, 97))
print(pow(2, 0, 1), pow(0, 0, 7), pow(5, 1, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 4), (2, 1.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, -1), pow(2.5, 2), pow(-8, 1 / 3) if False else "skip")
print(2 ** -1, (-2) ** -2, 0.5 ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)

