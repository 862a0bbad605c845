for a in b:
x = 1
