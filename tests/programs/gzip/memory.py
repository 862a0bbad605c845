import gzip, io, zlib
data = b"gzip me " * 1000
c = gzip.compress(data, mtime=0)
print(len(c), c[:10].hex(), gzip.decompress(c) == data)
print(gzip.compress(b"", mtime=5).hex())
print(gzip.compress(b"abc", 1, mtime=0).hex(), gzip.compress(b"abc", 6, mtime=0).hex())
print(gzip.decompress(c + c) == data * 2, gzip.decompress(c + b"\0\0\0") == data)
print(gzip.decompress(zlib.compress(b"via zlib", wbits=31)))
for bad in [b"not gzip", c[:-4], c[:-10], c[:5], c[:-8] + b"\0\0\0\0" + c[-4:], c[:-4] + b"\1\0\0\0"]:
    try:
        gzip.decompress(bad); print("no error")
    except Exception as e:
        print(type(e).__name__, e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    print(f.write(b"line one\n"), f.write(b"line two\nthree"))
raw = buf.getvalue()
print(raw.hex())
g = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(g.readline(), list(g), g.mtime)
g = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(g.read(4), g.read(), g.read())
print(issubclass(gzip.BadGzipFile, OSError))
