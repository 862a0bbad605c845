import zlib

texts = [b"", b"a", b"hello hello hello " * 100, bytes(range(256)) * 40,
         "naïve café ☕ ".encode() * 300, bytes((i * 7919) % 251 for i in range(20000))]
for t in texts:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(t, level)
        assert zlib.decompress(c) == t
        print(len(t), level, len(c), c[:6].hex(), zlib.crc32(c))
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(t, wbits=wbits)
        back = zlib.decompress(c, wbits=wbits)
        print(len(t), wbits, len(c), c[:4].hex(), back == t)
        if wbits > 0:
            print(" auto", zlib.decompress(c, 47) == t)

print(zlib.compress(b"keyword", level=9) == zlib.compress(b"keyword", 9))
print(zlib.decompress(bytearray(zlib.compress(b"ba"))), zlib.decompress(memoryview(zlib.compress(b"mv"))))
print(zlib.decompress(zlib.compress(b"trailing") + b"junk"))
print(zlib.decompress(zlib.compress(b"small buffer" * 50), bufsize=1)[:12])

print(zlib.crc32(b""), zlib.crc32(b"abc"), zlib.crc32(b"abc", 12345), zlib.crc32(b"abc", -1),
      zlib.crc32(b"abc", 2**40 + 7), zlib.crc32(bytearray(b"x")))
print(zlib.adler32(b""), zlib.adler32(b"abc"), zlib.adler32(b"abc", 99), zlib.adler32(b"q" * 100000))
part = zlib.crc32(b"hello ")
print(zlib.crc32(b"world", part) == zlib.crc32(b"hello world"))

good = zlib.compress(b"some data to break" * 20)
for args in [(b"not zlib",), (good[:-4],), (good[:10],), (good, -15), (good, 99),
             (good, 15, -1), ("text",)]:
    try:
        zlib.decompress(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
for args in [(b"x", 10), (b"x", 6, 99), (b"x", -2), ("text",), (b"x", 1.5)]:
    try:
        zlib.compress(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE,
      zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE,
      zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION[:2])
