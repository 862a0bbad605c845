print(chr(65), chr(0x1F600), ord("a"), ord("€"), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
print(format(255, "x"), format(3.14159, ".2f"), format("s", ">3"), format(12345, ","), format(0.5, "%"))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7.5), abs(-3), abs(-3.5), divmod(7, 2), divmod(-7.5, 2), pow(2, 10), pow(2, 10, 7))
print(bool(0), bool(""), bool([]), bool({}), bool(0.0), bool(None), bool("0"), bool([0]), bool(-1))
print(int("10"), float("2.5"), str(2.5), repr("s"), ascii("é"), list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), frozenset())
for bad in [lambda: chr(0x110000), lambda: ord(""), lambda: hex(1.5), lambda: bin("1"), lambda: abs("x"), lambda: round("x"), lambda: divmod("a", 1), lambda: ord(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), callable(len), callable(1), callable(str), callable(lambda: 0))
x = [1]
print(id(x) == id(x), id(x) != id([1]), type(id(x)).__name__)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
