# global and nonlocal, a deleted global, and names read at module level,
# in a function (LoadGlobal with its cache) and in a class body.
counter = 0


def bump():
    global counter
    counter += 1
    return len(str(counter))


def reset():
    global counter
    del counter


def outer():
    x = 1

    def inner():
        nonlocal x
        x = 2

    inner()
    return x
