import os.path as P, os, tempfile, shutil
for f in [P.join, lambda *a: P.split(a[0]), lambda *a: P.basename(a[0]), lambda *a: P.dirname(a[0]), lambda *a: P.splitext(a[0]), lambda *a: P.normpath(a[0]), lambda *a: P.isabs(a[0]), lambda *a: P.splitdrive(a[0])]:
    for args in [(b"a", b"b"), (b"/x/y.tar.gz", b"/z"), (b"", b"q"), (b"a//b/../c/.", b""), (b".bashrc", b"x")]:
        print(f(*args))
try: P.join("a", b"b")
except TypeError as e: print("TypeError", e)
try: P.join(b"a", "b")
except TypeError as e: print("TypeError", e)
print(P.abspath(b"x").endswith(b"/x"))
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "s"))
open(os.path.join(d, "s", "f"), "w").close()
bd = os.fsencode(d)
print(sorted(os.listdir(bd)), [(e.name, e.path == bd + b"/s", e.is_dir()) for e in os.scandir(bd)])
print([(x[len(bd):], y, z) for x, y, z in os.walk(bd)])
shutil.rmtree(d)
