print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(2)), repr("x".center(4, "*")))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), repr("abc".ljust(1)), repr("a".rjust(3, "é")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(3), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
print("a\tb\tc".expandtabs(), "ab\tc".expandtabs(4), "\t".expandtabs(2) == "  ")
