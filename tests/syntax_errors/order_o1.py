def f(x, x): pass
x = = 1
