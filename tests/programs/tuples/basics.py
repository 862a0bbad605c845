t = (1, "a", 2.5)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t + (3,), t * 2, (1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), 2.5 in t, t.index("a"), t.count(1))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
x = 1, 2
y = x,
print(x, y, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    hash(([1],))
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t.append(1)
except AttributeError as e:
    print(e)
print(tuple(x for x in range(3)), (1, (2, (3,))), max((3, 1), (2, 9)), sorted([(2, 1), (1, 2)]))
a, b, c = t
print(a, b, c)
print(((1, 2),) + ((3,),), (1, 2) + ())
