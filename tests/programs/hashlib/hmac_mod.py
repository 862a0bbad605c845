import hashlib
import hmac

key, msg = b"key", b"The quick brown fox jumps over the lazy dog"
for mod in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b",
            hashlib.sha256, hashlib.md5):
    h = hmac.new(key, msg, mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(hmac.digest(key, msg, mod) == h.digest())

long_key = b"k" * 200
print(hmac.new(long_key, b"data", "sha256").hexdigest())
print(hmac.new(bytearray(b"ba"), b"data", "sha1").hexdigest())

h = hmac.new(b"k", digestmod=hashlib.sha256)
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest() == hmac.new(b"k", b"part one, part two", "sha256").hexdigest())
print(c.hexdigest() == hmac.new(b"k", b"part one, ", "sha256").hexdigest())

for bad in [lambda: hmac.new(b"k", b"m"), lambda: hmac.new("k", b"m", "sha256"),
            lambda: hmac.new(b"k", b"m", "nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

cd = hmac.compare_digest
print(cd(b"abc", b"abc"), cd(b"abc", b"abd"), cd(b"abc", b"ab"), cd("abc", "abc"),
      cd(bytearray(b"x"), b"x"), cd(memoryview(b"xy"), b"xy"))
for a, b in [("abc", b"abc"), (1, 2), ("é", "é")]:
    try:
        cd(a, b)
    except TypeError as e:
        print("TypeError", e)
