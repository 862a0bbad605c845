s = {3, 1, 2}
print(s, len(s), 1 in s, 5 not in s, sorted(s), set(), set("aab") == {"a", "b"}, {1, 1.0, True})
s.add(4); s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {2} <= a, {2} < a, a < a, a >= {1}, a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}))
c = set(a); c |= {10}; c &= {1, 10}; print(c)
c -= {1}; c ^= {5}; print(c)
c.update([7], (8,)); print(sorted(c))
c.intersection_update({5, 7}); print(c)
c.difference_update({5}); print(c)
c.symmetric_difference_update({7, 9}); print(c)
print(c.pop(), c)
c.clear(); print(c, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
print({x % 3 for x in range(10)}, set([1, 2]) == frozenset([1, 2]))
d = a.copy(); d.add(0); print(a, d)
try:
    a | [1]
except TypeError as e:
    print(e)
