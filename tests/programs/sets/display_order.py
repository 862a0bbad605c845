# Set displays iterate in CPython's order: displays of constants are made
# from a constant frozenset (merged into a new set), others element by
# element, left to right; `for` and `in` use the frozenset itself.
print({10, 3, 7, 100, -1, 33, 65})
print(set([10, 3, 7, 100, -1, 33, 65]))
x = 100
print({10, 3, 7, x, -1, 33, 65})
print(frozenset({10, 3, 7, 100, -1, 33, 65}))
print({*range(20, 0, -3), 100, 7})
for v in {1000, 8, 16, 24, 32, -8}:
    print(v, end=" ")
print()
print([v for v in {1000, 8, 16, 24, 32, -8}])
print([v for v in {1000, 8}], list({1000, 8}), list({8, 1000}))
print({(0, 1), (1, 0), (0, -1), (-1, 0)})
print({1, 1.0, True, 2, 2.0, -0.0, 0})
print({1.5, -2.25, 3j, 100000000000000000000, -100000000000000000000, (1, (2, 3))})
print(3 in {10, 3, 7, 100, -1, 33, 65}, 4 not in {1, 2, 3}, 1 in {1.0, 2})
print({n * 37 % 101 for n in range(20)})


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


gen = lcg(7)
for trial in range(300):
    n = 3 + next(gen) % 25
    span = [10, 100, 1000, 2**40][next(gen) % 4]
    elts = [next(gen) % (2 * span) - span for _ in range(n)]
    src = "{" + ", ".join(map(str, elts)) + "}"
    shown = eval(src)
    looped = eval(f"[v for v in {src}]")
    print(list(shown) == list(eval(f"set([{src[1:-1]}])")), list(shown)[:6], looped[:6])
