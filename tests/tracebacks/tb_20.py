def f():
    raise KeyError("in f")
f()
