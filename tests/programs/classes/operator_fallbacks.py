class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"Money({self.cents})"
a, b = Money(100), Money(250)
print(a == Money(100), a != b, a < b, b > a, a <= a if hasattr(Money, "__le__") and False else "no le")
print(a == 100, 100 == a, a != "x")
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
print(sorted([b, a]), max(a, b), {a: 1}[Money(100)])
class R:
    def __radd__(self, other):
        return f"radd({other})"
    def __rsub__(self, other):
        return f"rsub({other})"
    def __rmul__(self, other):
        return f"rmul({other})"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
r = R()
print(1 + r, "s" - r if False else 2 - r, [1] * r, 1 / r, 1 // r, 1 % r, 2 ** r, 1 << r, 1 & r, 1 | r, 1 ^ r)
print("%s" % "x" if False else "fmt" % () if False else "skip")
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.radd"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(e)
class Sub(int):
    def __radd__(self, o):
        return "Sub.radd wins"
print(1 + Sub(2))
class IPlus:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = IPlus()
x += 1
print(x)
for op in ["-", "~", "+"]:
    try:
        eval(op + "object()")
    except TypeError as e:
        print(e)
try:
    [] < {}
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    {} + {}
except TypeError as e:
    print(e)
