# math.factorial, comb, perm, gcd, lcm and isqrt on big operands and results
# (product trees, Euclid and Newton steps on the metered arithmetic).
import math
P = (1 << 61) - 1
def dg(x): return (x.bit_length(), x % P, x % (10**9 + 7))
print(dg(math.factorial(20000)), math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(33))
print(dg(math.comb(100000, 40000)), math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(60, 30))
print(dg(math.perm(100000, 30000)), math.perm(10, 3), math.perm(5), math.perm(5, 0), math.perm(3, 5))
a = 3**200000 * 7**1000
b = 3**150000 * 5**2000
print(dg(math.gcd(a, b)), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, -18, 27), dg(math.gcd(a * 11, -b * 11, 3**100)))
print(dg(math.lcm(a, b)), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(4, 6, 10))
for v in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 2**128 - 1, 2**128, 3**5000, 3**5000 - 1, 7**40000, 7**40000 - 1, 10**60000 + 12345]:
    r = math.isqrt(v)
    print(dg(r) if r.bit_length() > 64 else r, r * r <= v < (r + 1) * (r + 1))
s = 10**100000 - 1
r = math.isqrt(s * s)
print(r == s, math.isqrt(s * s - 1) == s - 1, math.isqrt(s * s + 2 * s) == s)
