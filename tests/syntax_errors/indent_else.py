if a:
    pass
else:
x = 1
