# Binary operators on two local variables: ints that stay small, ints that
# overflow into big ints, and every other kind of operand, which take the
# general path with the same results and errors.
def arith(a, b):
    return [a + b, a - b, a * b, a & b, a | b, a ^ b, b % a if a else None]


print(arith(6, 7))
print(arith(2**62, 2**62))
print(arith(-7, 3))
print(arith(9223372036854775807, 1))


def mixed(a, b):
    return a * b, b * a


print(mixed(1.5, 2))
print(mixed("ab", 3))
print(mixed([1], 2))
print(mixed(True, True))


def mods(a, b):
    out = []
    out.append(a % b)
    out.append(a // b)
    a %= b
    out.append(a)
    return out


print(mods(17, 5), mods(-17, 5), mods(17, -5))


def unbound(flag):
    if flag:
        x = 1
    y = 2
    return x + y


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def bad(a, b):
    return a - b


try:
    bad("s", 1)
except TypeError as e:
    print("TypeError:", e)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + other.v)

    def __repr__(self):
        return "V(%r)" % self.v


def vsum(a, b):
    c = a + b
    c += b
    return c


print(vsum(V(1), V(2)))

total = 0
for i in range(1, 50):
    j = i * 3
    total = total + i * j
    total ^= j
print(total)
