def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def make():
    v = "a"
    def get():
        return v
    def set_(nv):
        nonlocal v
        v = nv
    return get, set_
get, set_ = make()
set_("b")
print(get())
def cell_in_loop():
    out = []
    for i in range(3):
        def f(i=i):
            return i * 10
        out.append(f)
    return [f() for f in out]
print(cell_in_loop())
print(counter.__name__, c1.__name__, c1.__qualname__)
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
