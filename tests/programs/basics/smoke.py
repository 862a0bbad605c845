print("hello", 1 + 2)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
x = [i * i for i in range(10)]
print(x, sum(x), len(x))
d = {"a": 1, "b": [1, 2.5, None]}
print(d, d["b"])
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v * 2
    def __repr__(self):
        return f"A({self.v!r})"
a = A(21)
print(a.get(), a, str(a))
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print({1, 2, 3}, (1,), "x".join(["a", "b"]))
