if x   # c
    pass
