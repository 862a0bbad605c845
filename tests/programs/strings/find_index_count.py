s = "hello world, hello moon"
print(s.find("hello"), s.find("hello", 1), s.find("zz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.count("o"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.rfind(""), s.find("", 100), "abc".find("c", -1), "abc".find("a", -1))
print(s.count("l", 3, 10), s.find("o", -5), s.startswith("hello"), s.endswith("moon"))
print(s.startswith(("x", "he")), s.endswith(("moon", "x")), s.startswith("world", 6), s.endswith("hello", 0, 5))
print("abc".startswith(""), "".startswith(""), "abc".endswith(""), "abc".startswith("abcd"))
try:
    s.index("zz")
except ValueError as e:
    print(e)
try:
    s.rindex("zz")
except ValueError as e:
    print(e)
try:
    s.startswith(["he"])
except TypeError as e:
    print(e)
print("a" in s, "moon" in s, "" in s, "xyz" not in s)
