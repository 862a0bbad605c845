g = 1
def read():
    return g
def write():
    global g
    g = 2
def make_new():
    global fresh
    fresh = "new"
print(read()); write(); print(g); make_new(); print(fresh)
def shadow():
    g = 10
    return g
print(shadow(), g)
def unbound_local():
    try:
        print(g)
    except UnboundLocalError as e:
        print(e)
    g = 3
unbound_local()
def nested():
    a = 1
    def lvl2():
        nonlocal a
        a += 1
        def lvl3():
            nonlocal a
            a *= 10
        lvl3()
    lvl2()
    return a
print(nested())
x = 0
def f():
    global x
    for x in range(3):
        pass
f()
print(x)
def del_local():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(e)
del_local()
