class A:
    pass
A.raise = 5
