import secrets
import random

t = secrets.token_bytes()
print(type(t).__name__, len(t), len(secrets.token_bytes(5)), len(secrets.token_bytes(0)))
h = secrets.token_hex(16)
print(len(h), all(c in "0123456789abcdef" for c in h))
u = secrets.token_urlsafe(30)
print(len(u), all(c.isalnum() or c in "-_" for c in u))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)))
print(sorted({secrets.randbelow(3) for _ in range(300)}))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice("a") , secrets.choice([4, 4, 4]))
print(secrets.compare_digest(b"a", b"a"), secrets.token_bytes(8) != secrets.token_bytes(8))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
r = random.SystemRandom()
x = r.random()
print(0.0 <= x < 1.0, 1 <= r.randint(1, 6) <= 6, len(r.randbytes(9)))
try:
    r.getstate()
except NotImplementedError as e:
    print(e)
