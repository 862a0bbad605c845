import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
d = {"x": [1], "y": (1, [2])}
e = copy.deepcopy(d); e["y"][1].append(3); print(d, e)
t = (1, 2, 3); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[1] is cyc, len(cc))
shared = [0]; both = [shared, shared]; bc = copy.deepcopy(both); print(bc[0] is bc[1])
class Pt:
    def __init__(self, x, tags): self.x = x; self.tags = tags
    def __repr__(self): return "Pt(%r, %r)" % (self.x, self.tags)
p = Pt(1, ["a"]); p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.tags.append("b"); print(p, p2, p3, p2.tags is p.tags)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("copy hook"); return Custom(self.v + 1)
    def __deepcopy__(self, memo): print("deepcopy hook", type(memo).__name__); return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
from collections import namedtuple, OrderedDict, defaultdict, deque
P = namedtuple("P", "a b")
print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
od = OrderedDict(a=[1]); od2 = copy.deepcopy(od); od["a"].append(2); print(od, od2)
dd = defaultdict(list, k=[1]); dd2 = copy.deepcopy(dd); dd2["z"]; print(dd, dd2)
dq = deque([[1], 2], maxlen=5); dq2 = copy.copy(dq); print(dq2, dq2[0] is dq[0])
class Sub(list): pass
sl = Sub([1, [2]]); sl.attr = "x"; sl2 = copy.deepcopy(sl); print(type(sl2).__name__, sl2, sl2.attr, sl2[1] is sl[1])
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(None))
class Slotted:
    __slots__ = ()
print(type(copy.copy(Slotted())).__name__)
memo = {}
x = [1]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, y[0] is y[1])
