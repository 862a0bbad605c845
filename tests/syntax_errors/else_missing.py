x = 42 if True
