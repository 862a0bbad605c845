import hashlib
from hashlib import blake2b, blake2s

print(blake2b.SALT_SIZE, blake2b.PERSON_SIZE, blake2b.MAX_KEY_SIZE, blake2b.MAX_DIGEST_SIZE)
print(blake2s.SALT_SIZE, blake2s.PERSON_SIZE, blake2s.MAX_KEY_SIZE, blake2s.MAX_DIGEST_SIZE)
for cls in (blake2b, blake2s):
    for kw in [{}, {"digest_size": 1}, {"digest_size": 20}, {"key": b"secret"},
               {"key": b"k" * cls.MAX_KEY_SIZE}, {"salt": b"salt"},
               {"salt": b"s" * cls.SALT_SIZE}, {"person": b"me"},
               {"key": b"k", "salt": b"s", "person": b"p", "digest_size": 16}]:
        h = cls(b"message", **kw)
        print(cls.__name__, sorted(kw), h.digest_size, h.hexdigest())
    h = cls(b"abc")
    print(h.name, h.block_size, h.hexdigest() == cls(b"abc").hexdigest())
    k = cls(key=b"key")
    k.update(b"a" * 300)
    print(k.hexdigest() == cls(b"a" * 300, key=b"key").hexdigest())
    print(hashlib.new(cls.__name__, b"x", digest_size=8).hexdigest())
    for kw in [{"digest_size": 0}, {"digest_size": cls.MAX_DIGEST_SIZE + 1},
               {"key": b"k" * (cls.MAX_KEY_SIZE + 1)}, {"salt": b"s" * 17 * 2},
               {"person": b"p" * 40}, {"key": "text"}, {"data": b"x"}]:
        try:
            cls(b"", **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

try:
    class Mine(blake2b):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(blake2b(b"x").copy()).__name__)
