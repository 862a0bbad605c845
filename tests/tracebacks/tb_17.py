(5).real = 1
