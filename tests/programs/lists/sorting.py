a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])])
print(sorted([3.5, 1, 2.25, -1]), sorted([]), sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}))
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
x = [3, 1, 2]
print(x.sort(), x)
big = list(range(1000, 0, -1))
big.sort(key=lambda v: v % 10)
print(big[:12])
