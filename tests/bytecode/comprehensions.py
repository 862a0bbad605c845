# List, set and dict comprehensions and a generator expression, with
# conditions and nested loops.
xs = [1, 2, 3, 4]
squares = [x * x for x in xs if x % 2]
pairs = {(a, b) for a in xs for b in xs if a < b}
index = {v: i for i, v in enumerate(xs)}
total = sum(x for x in xs)
