def f(x)
