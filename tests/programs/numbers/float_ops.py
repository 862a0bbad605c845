for a in (7.5, -7.5, 0.0, 3.0):
    for b in (2.0, -2.0, 0.5, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % -0.5, -1e-20 % 1.0)
print(float("nan") == float("nan"), float("inf") - float("inf"), float("inf") * 0)
inf = float("inf")
print(inf // 1 if False else "skip", 1 // inf, -1 // inf, 1 % inf, -1 % inf)
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), (2.5).hex() if False else "")
print(abs(-2.5), -abs(2.5), 1e308 * 10, -1e308 * 10)
print(3.0 == 3, 0.1 + 0.2 == 0.3, 1e300 * 1e300 == inf)
print(float.__name__, type(1.0).__name__, 7 // 2.0, 7 % 2.0)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.sqrt(16), math.pi, math.isnan(float("nan")))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
