# Generators: yield, yield from, send, and a return value.
def gen(n):
    got = yield n
    yield from range(got or 0)
    return "done"


def relay():
    result = yield from gen(3)
    print(result)


g = relay()
next(g)
g.send(2)
