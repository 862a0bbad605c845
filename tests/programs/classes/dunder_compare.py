class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"N({self.v})"
print(N(1) == N(1), N(1) != N(2), N(1) < N(2), N(3) > N(2))
print(N(1) == 5, 5 == N(1))
print(sorted([N(3), N(1), N(2)]))
print(N(2) in [N(1), N(2)], [N(1)].index(N(1)), [N(1), N(1)].count(N(1)))
class Rev:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return "Rev.__gt__"
class Plain:
    v = 0
print(Plain() < Rev(1))
class Base:
    def __eq__(self, o):
        return "Base.eq"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.eq"
print(Base() == Derived(), Derived() == Base())
class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
x = NI()
print(x == x, x == NI(), x != x)
try:
    x < x
except TypeError as e:
    print(e)
class TotalLe:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(TotalLe(1) <= TotalLe(2), TotalLe(1) >= TotalLe(2))
