print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", "cd")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2))))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
z = zip("ab", "12")
print(next(z), list(z))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(type(e).__name__, type(z).__name__, type(m).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e2:
    print(e2)
try:
    zip(1)
except TypeError as e2:
    print(e2)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e2:
    print(e2)
it = iter([1, 2, 3])
print(list(zip(it, it)))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(5)[2], range(0, 10, 2)[-1], len(range(3, 30, 7)))
print(range(3), range(1, 5), range(0, 10, 2), 4 in range(5), 10 in range(0, 10, 2), range(5)[1:3], range(5).index(3), range(10).count(3))
try:
    range(1, 2, 0)
except ValueError as e2:
    print(e2)
try:
    range(3)[5]
except IndexError as e2:
    print(e2)
