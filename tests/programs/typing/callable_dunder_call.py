print(hasattr(len, "__call__"), hasattr(lambda: 0, "__call__"), hasattr(print, "__call__"))
print(hasattr(int, "__call__"), hasattr(3, "__call__"))


def f(a, b=2, *, c=3):
    return a + b + c


class K:
    def m(self, x):
        return x * 2


print(f.__call__(1, c=10), K().m.__call__(4), len.__call__([1, 2]), print.__call__("hi", end="!\n"))
print([].append.__call__(1), f.__call__.__call__(1))
print(callable(f.__call__), "__call__" in dir(f))
