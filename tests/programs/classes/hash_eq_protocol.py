class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__ is None, OnlyEq() == 5)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
class EqAndHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqAndHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s)
class InheritsHash(EqAndHash):
    pass
print(hash(InheritsHash(3)) == hash(3))
class OverridesEq(EqAndHash):
    def __eq__(self, o): return False
print(OverridesEq.__hash__ is None)
class Default:
    pass
a = Default()
print(a == a, a != a, a == Default(), hash(a) == hash(a), {a: 1}[a])
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class Contains:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Contains(), 5 in Contains())
class LenBool:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenBool(0)), bool(LenBool(2)), [x for x in [LenBool(0), LenBool(1)] if x].__len__())
class Morph:
    def who(self): return "Morph"
class Other:
    def who(self): return "Other"
m = Morph()
m.__class__ = Other
print(m.who(), type(m).__name__, isinstance(m, Other))
