# Products and floor divisions of ints far past the sizes where the work is
# split into pieces (Toom-3 products, recursive and blockwise division),
# with every sign combination; results are shown as digests.
P = (1 << 61) - 1
Q = 10**9 + 7


def digest(x):
    n = x.bit_length()
    top = abs(x) >> (n - 64) if n > 64 else abs(x)
    return (x < 0, n, x % P, x % Q, top)


def sample(bits, seed):
    # A deterministic int of exactly `bits` bits from a 64-bit LCG.
    words = []
    s = seed
    for _ in range(bits // 64 + 1):
        s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
        words.append(s.to_bytes(8, "little"))
    x = int.from_bytes(b"".join(words), "little")
    return (x >> (x.bit_length() - bits)) | (1 << (bits - 1))


a = sample(400_000, 1)
b = sample(350_000, 2)
print("a*b", digest(a * b))
print("-a*b", digest(-a * b))
print("a*-b", digest(a * -b))
print("a*a", digest(a * a))
print("ones", digest((2**320_000 - 1) * (2**300_000 - 1)))
big = sample(1_000_000, 3)
c = sample(70_000, 4)
print("unbalanced", digest(big * c), digest(c * big))
print("by small", digest(big * 12345678901234567890123), digest(-big * 3))

n = sample(900_000, 5)
d = sample(300_000, 6)
q, r = divmod(n, d)
print("divmod", digest(q), digest(r), q * d + r == n, 0 <= r < d)
print("floordiv", n // d == q, n % d == r)
for x, y in [(-n, d), (n, -d), (-n, -d)]:
    q, r = divmod(x, y)
    print("signs", x < 0, y < 0, digest(q), digest(r), q * y + r == x, x // y == q, x % y == r)
print("exact", (a * b) // b == a, (a * b) % b, (-(a * b)) // b == -a)
print("just under", digest(((2**200_000 - 1) << 200_000) - 1) == digest((2**200_000 - 1) * 2**200_000 - 1))
u = (2**200_000 - 1) << 200_000
print("saturated", digest((u - 1) // (2**200_000 - 1)), digest((u - 1) % (2**200_000 - 1)))
m = sample(20_000, 7)
q, r = divmod(big, m)
print("blocks", digest(q), digest(r), q * m + r == big)
q, r = divmod(-big, 1_000_003)
print("one limb", digest(q), r)
print("truediv", n / sample(899_950, 8), -d / n, (n >> 600_000) / d)
print("shifts", digest((a << 3_000_000) >> 2_999_990), digest(-a >> 399_990))
