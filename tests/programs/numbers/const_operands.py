# Operations with a constant operand take a fused fast path on small ints;
# every other operand type, overflow, negatives and unbound locals must
# behave exactly as the plain operations do.

def arith(x):
    return [x + 1, x - 3, x * 7, x % 5, x // 4, x & 6, x | 8, x ^ 3]

print(arith(10))
print(arith(-10))
print(arith(True))

def arithf(x):
    return [x + 1, x - 3, x * 7, x % 5, x // 4]

print(arithf(2.5), arithf(-7.25))
try:
    arith(2.5)
except TypeError as e:
    print("TypeError:", e)
print(arith(2 ** 62))
print(arith(-(2 ** 63)))
print(arith(10 ** 30))

def strs(s):
    return s * 3, s + "!" if isinstance(s, str) else s

print(strs("ab"))
print(strs([1]))
print("%d-%d" % (4, 5), "%s" % 7)

def inplace(v):
    v += 1
    v *= 3
    v -= 2
    v %= 1000
    return v

print(inplace(5), inplace(2.0), inplace(2 ** 63))
lst = [1]
lst2 = lst
lst2 *= 2
print(lst, lst is lst2)

def compare(x):
    out = []
    if x < 3:
        out.append("lt")
    if x == 3:
        out.append("eq")
    if x >= 3:
        out.append("ge")
    if not x != 3:
        out.append("not ne")
    while x > 0:
        x -= 1
    out.append(x)
    return out

print(compare(1), compare(3), compare(10), compare(3.0), compare(2.5))
try:
    compare("a")
except TypeError as e:
    print("TypeError:", e)

def joined(c, a, b):
    # both branches meet at the `+ 1`: one enters mid-sequence
    return (a if c else b) + 1

print(joined(True, 1, 2), joined(False, 1, 2), joined(False, 1, 2.5))

def unbound():
    if False:
        x = 1
    return x + 1

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def zero(x):
    return x // 0

try:
    zero(3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

class N:
    def __add__(self, o):
        return "N+%r" % (o,)
    def __radd__(self, o):
        return "%r+N" % (o,)
    def __lt__(self, o):
        return "truthy"

n = N()
print(n + 1, 1 + n)
if n < 3:
    print("custom compare is truthy")
total = 0
for i in range(10):
    if i % 3 == 0:
        total += i * 2
print(total)
