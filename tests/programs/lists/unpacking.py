a, b = [1, 2]
c, *d = [1, 2, 3]
*e, f = "xyz"
g, *h, i = range(5)
print(a, b, c, d, e, f, g, h, i)
(j, k), l = [1, 2], 3
print(j, k, l)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    s, t = 5
except TypeError as e:
    print(e)
first, *rest = [10]
print(first, rest)
v = w = [1]
v.append(2)
print(w)
a, b = b, a
print(a, b)
