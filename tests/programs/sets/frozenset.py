f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, {1} | f, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "x"}[frozenset({1, 2, 3})], frozenset(), frozenset("a"))
try:
    f.add(1)
except AttributeError as e:
    print(e)
print(f.union([7]), f.issubset({1, 2, 3, 4}), f == {1, 2, 3}, {frozenset([1]), frozenset([1])})
print(sorted({frozenset([1, 2]): 1, frozenset([2, 1]): 2}.values()))
s = {1, 2}
s.add(frozenset([1]))
print(len(s), frozenset([1]) in s)
