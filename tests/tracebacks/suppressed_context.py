def f():
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("clean") from None
f()
