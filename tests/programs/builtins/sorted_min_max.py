print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"), max((), default=None))
print(min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len), max([1, 3, 3], key=lambda x: x), min("b", "a", key=ord))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]), max(1, 2.5), min(True, 0))
words = ["pear", "fig", "apple", "kiwi"]
print(max(words, key=len), min(words, key=len))
for bad in [lambda: min([]), lambda: max(()), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(10), 5), sum([], start=7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(any([]), all([]), any([0, "", 1]), all([1, "a", 0]), any(x > 2 for x in range(4)))
