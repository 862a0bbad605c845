class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 10)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
d = {K(1): "one", K(11): "eleven", K(2): "two"}
print(d[K(11)], d[K(1)], K(21) in d, len(d), d)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(len({1: 0, 1.0: 1, True: 2}), {1: 0, 1.0: 1, True: 2})
