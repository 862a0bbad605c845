# Powers and modular powers with huge results, exponents and moduli, and
# round() to a huge negative number of digits; results shown as digests.
P = (1 << 61) - 1
Q = 10**9 + 7


def digest(x):
    n = x.bit_length()
    top = abs(x) >> (n - 64) if n > 64 else abs(x)
    return (x < 0, n, x % P, x % Q, top)


def sample(bits, seed):
    words = []
    s = seed
    for _ in range(bits // 64 + 1):
        s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
        words.append(s.to_bytes(8, "little"))
    x = int.from_bytes(b"".join(words), "little")
    return (x >> (x.bit_length() - bits)) | (1 << (bits - 1))


print("3**", digest(3**1_000_000))
print("-7**", digest((-7) ** 300_001), digest((-7) ** 300_000))
print("2**", digest(2**1_000_003), digest(1024**100_001))
print("(2**64+1)**", digest((2**64 + 1) ** 9999))
print("sample**", digest(sample(5_000, 1) ** 37))
m = 10**20000 + 7
print("modpow", digest(pow(3, 10**5, m)), digest(pow(-3, 10**5 + 1, m)), digest(pow(3, 10**5, -m)))
x, e, mm = sample(3_000, 2), sample(3_000, 3), sample(3_000, 4) | 1
print("modpow odd", digest(pow(x, e, mm)))
print("modpow even", digest(pow(x, e, mm - 1)))
print("modpow big exp", digest(pow(x, sample(40_000, 5), mm)))
print("u64 modulus", pow(sample(10_000, 6), sample(20_000, 7), P), pow(-sample(999, 8), sample(999, 9), Q), pow(5, sample(5000, 10), -(2**64 - 59)))
mersenne = 2**4423 - 1
inv = pow(sample(5_000, 11), -1, mersenne)
print("inverse", digest(inv), inv * sample(5_000, 11) % mersenne)
print("inverse pow", digest(pow(sample(5_000, 11), -3, mersenne)))
try:
    pow(sample(1000, 12) * 6, -1, 2**3000 * 3)
except ValueError as err:
    print("not invertible:", err)
v = sample(100_000, 13)
print("round", digest(round(v, -20_000)), digest(round(-v, -30_101)), round(v, -30_200), round(-v, -40_000))
