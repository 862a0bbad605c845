# CPython 3.11 limits int<->str conversion of huge decimals to 4300 digits
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-3:])
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(int("7" * 4300))))
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
x = 2 ** 10000
print(x % 1000007, x.bit_length())
try:
    print(x)
except ValueError as e:
    print("ValueError:", e)
print(len(repr(-(10 ** 4299))))
try:
    f"{10**5000}"
except ValueError as e:
    print("ValueError:", e)
