print("a b  c\t d\n".split())
print("  lead and trail  ".split())
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a b c d".split(None, 1), "a b c d".rsplit(None, 1))
print("  a b c  ".split(maxsplit=1), "  a b c  ".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("aXXbXXc".split("XX"), "aXXbXXc".rsplit("XX", 1), "x".split("x"))
print("a b".split(" ", 0), "a b".split(" ", -1))
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("abc"), "x".join(("1",)))
print("\n".join(str(i) for i in range(3)))
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
print("1\n2\r\n3\r4\n\n".splitlines(), "1\n2\n".splitlines(True), "".splitlines(), "x".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
