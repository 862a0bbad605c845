for c in "abc":
    print(c, end=" ")
print()
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print(list(enumerate("ab")), list(zip("abc", "12")), sorted("cba"), list(reversed("abc")))
print("".join(sorted(set("mississippi"))), "-".join(map(str.upper, "ab")))
s = ""
for i in range(5):
    s += str(i)
print(s, s * 2, len(s))
