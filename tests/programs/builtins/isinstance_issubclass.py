class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, (int, str)), isinstance(1, (int, (str, float))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance([], list))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, "x")
except TypeError as e:
    print(e)
print(isinstance("s", str), isinstance(b"b", bytes), isinstance({}, dict), isinstance(set(), frozenset), isinstance(1.0, (int, float)))
print(type(1) is int, type(b) is A, type(b) == B)
