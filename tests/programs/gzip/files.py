import gzip
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt.gz")
    with gzip.open(path, "wb") as f:
        f.write(b"first line\n")
        f.write(bytearray(b"second line\n"))
        f.write(memoryview(b"third"))
    raw = open(path, "rb").read()
    print(raw[:3].hex(), raw[3], raw[10:20], len(raw))
    with gzip.open(path) as f:
        print(f.read())
    with gzip.open(path, "rb") as f:
        print([line for line in f])
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    tpath = os.path.join(d, "text.gz")
    with gzip.open(tpath, "wt") as f:
        f.write("héllo\nwörld\n")
    with gzip.open(tpath, "rt") as f:
        print(f.readline(), f.readline(), repr(f.readline()))
    with open(path, "ab") as raw_append:
        raw_append.write(gzip.compress(b"\nappended member", mtime=1))
    with gzip.open(path) as f:
        print(f.read())
    g = gzip.GzipFile(path)
    print(g.mode == gzip.READ, g.name.endswith("notes.txt.gz"), g.readable(), g.writable())
    g.close()
    print(g.closed)
    for bad in [lambda: gzip.open(path, "rtb"), lambda: gzip.open(path, "rb", encoding="x"),
                lambda: gzip.open(12.5)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    w = gzip.open(os.path.join(d, "w.gz"), "wb")
    try:
        w.read()
    except OSError as e:
        print("OSError", e.args[1:])
    w.close()
    r = gzip.open(os.path.join(d, "w.gz"))
    print(r.read())
    try:
        r.write(b"x")
    except OSError as e:
        print("OSError", e.args[1:])
