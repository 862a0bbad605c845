s = "Hello, World"
print(s.center(20, "-"), s.ljust(15, "."), s.rjust(15, "."), s.zfill(15))
print(s.split(", "), s.rsplit("o", 1), s.lower().count("o"), s.index("W"), s.rfind("l"))
print("a\tb".expandtabs(4), "x".join("abc"), "ab".join(["1", "2", "3"]))
print("  spaces  ".strip(), "--x--".strip("-"), "xxabcxx".lstrip("x"), "xxabcxx".rstrip("x"))
print("hello world".title(), "HELLO".casefold(), "hEllO".swapcase(), "hello".capitalize())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".find("c", 1, 2), "abc".find("c", 1, 3))
print("one two three".split(" ", 1), "a,b;c".replace(";", ","), "tic-tac".partition("-"), "no sep".rpartition("-"))
print("Line1\nLine2\r\nLine3".splitlines(keepends=True), "a b".split(sep=" ", maxsplit=0))
print("{:^11}".format("mid"), "%-6s|" % "ab", "%6.2f|" % 3.14159, "%+05d" % 42, "%x" % 255)
print("ABC".isupper(), "abc".islower(), "Abc Def".istitle(), "123".isnumeric(), " \t".isspace(), "abc123".isalnum())
print(str(123).zfill(6), "3.14".replace(".", ","), "a" * 5, "-".join(str(i) for i in range(4)))
print("éa".encode("utf-8"), "naïve".encode(), "x".encode("ascii"), len("日本語"), "日本語"[1], "日本語".encode()[:3])
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("%s" % (1,), "%s-%s" % ("a", "b"), "%%d" % (), "%5.1f%%" % 99.44)
print("abc"[-10:10], "abc"[1:1], "abc"[2:0:-1], "abcdef"[::-2], "abcdef"[-2::-2])
