for a in b:
    pass
else:
x = 1
