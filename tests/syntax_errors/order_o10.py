for f() in x:
    y = = 1
