import hashlib

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog",
          bytes(range(256)) * 5, b"a" * 1000003]
names = sorted(hashlib.algorithms_guaranteed)
print(names)
for name in names:
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(name, len(data), h.hexdigest(20), h.digest(3))
        else:
            print(name, len(data), h.hexdigest())
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)

# Incremental updates equal one update; copies are independent.
for ctor in (hashlib.md5, hashlib.sha1, hashlib.sha256, hashlib.sha512,
             hashlib.sha3_256, hashlib.blake2b, hashlib.blake2s):
    whole = ctor(b"hello world" * 100).hexdigest()
    h = ctor()
    for i in range(100):
        h.update(b"hello ")
        h.update(memoryview(b"world"))
    c = h.copy()
    c.update(b"more")
    print(ctor.__name__ if hasattr(ctor, "__name__") else ctor, whole == h.hexdigest(),
          c.hexdigest() != h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))

# Every bytes-like input.
ref = hashlib.sha256(b"bytes-like").hexdigest()
print(hashlib.sha256(bytearray(b"bytes-like")).hexdigest() == ref,
      hashlib.sha256(memoryview(b"xbytes-likex")[1:-1]).hexdigest() == ref)
import array
print(hashlib.md5(array.array("B", b"abc")).hexdigest())

# Constructor forms.
print(hashlib.sha256(b"x", usedforsecurity=False).hexdigest()[:16])
print(hashlib.sha1(string=b"x").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512_256").name,
      hashlib.new("sha512_224", b"q").hexdigest())
print(hashlib.md5().hexdigest(), hashlib.sha256().digest()[:4])

for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"),
            lambda: hashlib.sha256().update(3), lambda: hashlib.md5(1, 2),
            lambda: hashlib.sha256(data=b"a"), lambda: hashlib.shake_128().hexdigest(),
            lambda: hashlib.new(5)]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
