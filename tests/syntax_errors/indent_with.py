with a:
x = 1
