# == and != between instances: identity unless a class in the MRO (or the
# other operand's) defines __eq__ or __ne__.
class Plain:
    pass
class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print("Eq.__eq__")
        return isinstance(other, Eq) and self.k == other.k
class NeOnly:
    def __ne__(self, other):
        print("NeOnly.__ne__")
        return True
class SubEq(Plain):
    def __eq__(self, other):
        print("SubEq.__eq__")
        return True
a, b = Plain(), Plain()
print(a == a, a == b, a != a, a != b)
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2))
print(a == Eq(1), Eq(1) == a, a != Eq(1))
n = NeOnly()
print(n == n, n != n, n != a, a != n)
print(a == SubEq(), SubEq() != a)
Plain.__eq__ = lambda self, other: "patched"
print(a == b, a != b)
del Plain.__eq__
print(a == b, a != b, [a, b].index(b), a in [b], b in [a, b])
class L(list):
    pass
print(L([1]) == L([1]), L() != [])
