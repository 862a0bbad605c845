d = {"a": 1}
for bad in [lambda: d["b"], lambda: d.pop("b"), lambda: {}.popitem(), lambda: d[[1]], lambda: {[1]: 2}, lambda: dict(1), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print(e)
try:
    d < d
except TypeError as e:
    print(e)
print({(1, 2): 1}[(1, 2)], {1.0: "f"}[1], {True: "t"}[1], {"": 0}[""])
try:
    {}[()]
except KeyError as e:
    print(repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print(repr(e), e)
