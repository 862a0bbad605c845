a, b = [1, 2], [3]
print(a + b, a * 3, 2 * b, [] * 5, a * -1, a == [1, 2], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9])
c = a
c += [9]
print(a, c is a)
c *= 2
print(a)
print(1 in a, 5 not in a, len(a), min(a), max(a), sum(a), list(reversed(a)))
try:
    a + (1,)
except TypeError as e:
    print(e)
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
x = [1, 2, 3]
x.append(x)
print(x, len(x))
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), [*"ab", *[1]])
print([1, [2, [3, [4]]]], [None, True, 1.5, "s"])
