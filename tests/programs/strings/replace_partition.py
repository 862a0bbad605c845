s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
print(s.partition(" "), s.rpartition(" "), s.partition("zz"), s.rpartition("zz"), "abc".partition("abc"))
try:
    s.partition("")
except ValueError as e:
    print(e)
print("Hello"[::-1], "abc" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "b")
