def f(x, x): pass
yield 1
