print(int("42"), int("-42"), int("  7  "), int("+3"), int("1_000"), int("0"), int("-0"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36))
print(int("10", 2), int("777", 8), int("-0x10", 16), int(" 0b1_1 ", 0), int("٣"))
print(int(3.99), int(-0.5), int(True), int("00012"), int(b"12" if False else "12"))
bad = [("", 10), ("abc", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("_1", 10), ("012", 0), ("9", 8), ("  ", 10), ("1 2", 10)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
print(int(), float(), int(x=5) if False else "")
