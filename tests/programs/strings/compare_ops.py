print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "é" > "z", "abc" == "abc", "a" != "a")
print(sorted(["banana", "Apple", "cherry", "apple", "éclair", "Zed"]))
print(max("hello"), min("hello"), "abc" <= "abc", "b" >= "abc")
try:
    "a" < 1
except TypeError as e:
    print(e)
print("a" == 1, "1" == 1, hash("abc") == hash("ab" + "c"))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "x".__add__("y"))
