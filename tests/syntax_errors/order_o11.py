return 1
[a, f()] = 2
