# Closures: cells, free variables, nonlocal, a lambda capturing a loop
# variable, and a class body reading an enclosing function's variable.
def counter():
    n = 0

    def bump(k=1):
        nonlocal n
        n += k
        return n

    return bump


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]


def outer():
    v = 1

    class Inner:
        w = v

    return Inner
