print(len("abc"), len([1, 2]), len({1: 2}), len(range(10)), len(b"xy"), len((1,)), len(set()))
try:
    len(5)
except TypeError as e:
    print(e)
print(repr(None), repr(...), repr(NotImplemented), Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__)
print(object(), "object" in repr(object())) if False else print(type(object()).__name__)
print(list(map(bool, [NotImplemented]))) if False else print("skip")
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5][s], slice(3), slice(None, None, -1).indices(5))
print(abs(-0.0), max(-0.0, 0.0), min([0, -0.0]))
print(divmod(2 ** 65, 3), pow(3, 4, 5), pow(-1, 0.5) if False else "", round(1e16 + 1))
print(sorted({3: "c", 1: "a"}.items()), sorted(["b", "a"], reverse=True))
print(ord(chr(1234)), chr(ord("z")), str(bytes([104, 105]), "ascii"))
