import zlib

data = b"".join(b"line %d of the stream, " % i for i in range(3000))

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    out = b"".join(co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)) + co.flush()
    print(strategy, len(out), zlib.decompress(out) == data, out == zlib.compress(data) if strategy == 0 else "")

co = zlib.compressobj(level=9, wbits=-12, memLevel=9)
pieces = [co.compress(b"first "), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"second "),
          co.flush(zlib.Z_FULL_FLUSH), co.compress(b"third"), co.flush()]
print([len(p) for p in pieces], pieces[1][-4:].hex())
joined = b"".join(pieces)
print(zlib.decompress(joined, -12))
print(co.flush(zlib.Z_NO_FLUSH))
for f in (lambda: co.compress(b"more"), lambda: co.flush(), lambda: co.copy()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# Decompressing a byte at a time, and with max_length.
c = zlib.compress(data)
d = zlib.decompressobj()
got = b"".join(d.decompress(c[i:i + 1]) for i in range(len(c)))
print(got == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
chunks = []
buf = c + b"EXTRA"
while buf and not d.eof:
    chunk = d.decompress(buf, 4096)
    chunks.append(len(chunk))
    buf = d.unconsumed_tail
print(len(chunks), max(chunks), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"after"), d.unused_data, d.flush())

d = zlib.decompressobj()
first = d.decompress(c[:500], 100)
print(len(first), len(d.unconsumed_tail), d.eof)
rest = d.flush()
print(len(first) + len(rest) > 100, d.eof)

# Copies are independent.
co = zlib.compressobj()
head = co.compress(b"shared prefix ")
co2 = co.copy()
a = head + co.compress(b"A" * 50) + co.flush()
b = head + co2.compress(b"B" * 50) + co2.flush()
print(zlib.decompress(a), zlib.decompress(b)[:20])
d = zlib.decompressobj()
d.decompress(a[:10])
d2 = d.copy()
print(d.decompress(a[10:]) == d2.decompress(a[10:]))
import copy
print(type(copy.copy(zlib.compressobj())).__name__, type(copy.deepcopy(zlib.decompressobj())).__name__)

# Dictionaries.
zd = b"common words: stream compression dictionary"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"stream compression with a dictionary") + co.flush()
print(len(c), zlib.decompressobj(zdict=zd).decompress(c))
try:
    zlib.decompress(c)
except zlib.error as e:
    print(e)
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(b"dictionary words") + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(raw))

# gzip and auto-detecting wrappers.
for wb in (31, 15):
    co = zlib.compressobj(wbits=wb)
    c = co.compress(b"wrapped") + co.flush()
    print(wb, zlib.decompressobj(47).decompress(c), c[:2].hex())

for kw in [dict(level=11), dict(wbits=99), dict(method=3), dict(memLevel=10),
           dict(strategy=9), dict(zdict="x")]:
    try:
        zlib.compressobj(**kw)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(wbits=99), dict(zdict="x"), dict(wbits=7)]:
    try:
        zlib.decompressobj(**kw)
    except Exception as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
for f in (lambda: d.decompress(b"x", -1), lambda: d.flush(0), lambda: d.decompress(b"bad data")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(type(zlib.compressobj()), type(zlib.decompressobj()))
