import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(5); print(c, next(c), c, count(2, 3), count(), count(1.5), count(0, 2.5))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
r = repeat(1, 3); print(r, list(r), r, repeat("a"), list(islice(repeat("x"), 2)), list(repeat(0, -1)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)), list(islice("abc", 1, 10, 3)))
i = iter(range(10)); print(list(islice(i, 3)), next(i))
print(list(product("ab", [1, 2])), list(product(range(2), repeat=2)), list(product()), list(product([], [1])))
print(list(permutations("abc", 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("aabbcc")
k1, g1 = next(groups); k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [k for k, _ in groups])
print(list(groupby([])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
t = tee(iter("xyz"), 3); print([list(x) for x in t], tee([1], 0))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(pairwise("abcd")), list(pairwise([1])))
print(type(chain()).__name__, type(count()), it.count is count)
print(sum(1 for _ in product(range(10), repeat=3)))
for args in [("a",), ]:
    pass
for f in [lambda: count("a"), lambda: repeat(), lambda: islice([], -1), lambda: islice([], 1, 2, 0), lambda: islice([], -1, 2), lambda: permutations([1], -1), lambda: combinations([1], -2), lambda: product([1], repeat=-1), lambda: tee([], -1), lambda: list(chain(1)), lambda: islice([], "a"), lambda: combinations([1])]:
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
