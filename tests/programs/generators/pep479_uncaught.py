def gen():
    yield 1
    raise StopIteration("leaked")

for v in gen():
    print(v)
