def make():
    items = []
    total = 0
    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total
    def get():
        return items, total
    return add, get
add, get = make()
add(1); add(5)
print(get())
def shared():
    v = 0
    def inc():
        nonlocal v
        v += 1
    def dec():
        nonlocal v
        v -= 1
    inc(); inc(); dec()
    return v
print(shared())
def param_cell(p):
    def g():
        return p * 2
    p += 1
    return g()
print(param_cell(10))
def loop_closure():
    fns = []
    for i in range(3):
        def f(j=i):
            return j
        fns.append(f)
    return [f() for f in fns]
print(loop_closure())
def comp_closure():
    k = 10
    return [(lambda: k + i)() for i in range(3)]
print(comp_closure())
def outer():
    x = 1
    def middle():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
    middle()
    return x
print(outer())
