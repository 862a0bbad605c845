a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = "same"
print(x, y, z)
[p, q] = "pq"
(r, (s, t)) = (1, (2, 3))
print(p, q, r, s, t)
first, *middle, last = range(6)
print(first, middle, last)
d = {}
d["k"] = d.get("k", 0) + 1
lst = [0] * 3
lst[1:] = [7, 8]
print(d, lst)
class O: pass
o = O()
o.attr = o.other = 5
print(o.attr, o.other)
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
n: int = 5
m: list
print(n, "m" in dir())
counter = {"a": 1}
counter["a"] += 10
o.attr *= 2
print(counter, o.attr)
del a, b
try:
    a
except NameError as e:
    print(e)
