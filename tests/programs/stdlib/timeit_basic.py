import timeit
t = timeit.Timer("x = sum(range(10))")
r = t.timeit(number=100); print(type(r).__name__, r >= 0)
print(len(timeit.repeat("pass", repeat=3, number=10)))
n, tt = timeit.Timer("pass").autorange(); print(n >= 1, tt >= 0.2)
print(timeit.timeit(lambda: None, number=5) >= 0)
acc = []
print(timeit.timeit("acc.append(1)", globals={"acc": acc}, number=7) >= 0, len(acc))
print(timeit.timeit("y", setup="y = 5", number=3) >= 0)
try: timeit.Timer(5)
except ValueError as e: print(e)
try: timeit.Timer("1 +")
except SyntaxError as e: print("SyntaxError")
