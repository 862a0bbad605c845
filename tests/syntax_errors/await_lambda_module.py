x = lambda: await y
