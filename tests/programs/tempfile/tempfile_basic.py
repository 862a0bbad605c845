import os, stat, tempfile, shutil, re

td = tempfile.gettempdir()
print(os.path.isabs(td), os.path.isdir(td), tempfile.gettempdir() == td, tempfile.gettempprefix(), tempfile.gettempdirb() == td.encode(), tempfile.TMP_MAX)
base = tempfile.mkdtemp(prefix="weft_tf_", suffix=".d")
print(os.path.isdir(base), os.path.dirname(base) == td, re.fullmatch(r"weft_tf_[a-z0-9_]{8}\.d", os.path.basename(base)) is not None, oct(stat.S_IMODE(os.stat(base).st_mode)))
names = tempfile._get_candidate_names()
n1, n2 = next(names), next(names)
print(len(n1), n1 != n2, all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in n1 + n2))

fd, path = tempfile.mkstemp(dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, os.path.basename(path).startswith("tmp"), len(os.path.basename(path)), oct(stat.S_IMODE(os.stat(path).st_mode)))
print(os.write(fd, b"hello fd"), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
fd, path2 = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base, text=True)
os.close(fd)
print(os.path.basename(path2).startswith("pre_"), path2.endswith(".txt"))
d2 = tempfile.mkdtemp(dir=base)
print(os.path.dirname(d2) == base, os.listdir(d2))
print(tempfile.mktemp(dir=base).startswith(base))

with tempfile.NamedTemporaryFile(dir=base) as ntf:
    name = ntf.name
    print(os.path.exists(name), os.path.dirname(name) == base, ntf.write(b"abc"), ntf.delete)
    ntf.flush()
    print(open(name, "rb").read())
    ntf.seek(0)
    print(ntf.read())
print(os.path.exists(name))
ntf = tempfile.NamedTemporaryFile("w+", dir=base, suffix=".log", delete=False)
ntf.write("line1\nline2\n")
ntf.seek(0)
print([l for l in ntf], ntf.name.endswith(".log"))
ntf.close()
print(os.path.exists(ntf.name), open(ntf.name).read().split())
os.unlink(ntf.name)

with tempfile.TemporaryFile(dir=base) as tf:
    tf.write(b"temp data")
    tf.seek(0)
    print(tf.read())
with tempfile.TemporaryFile("w+", dir=base) as tf:
    tf.write("text")
    tf.seek(0)
    print(tf.read())

with tempfile.TemporaryDirectory(dir=base) as tdn:
    print(os.path.isdir(tdn), os.path.dirname(tdn) == base)
    os.makedirs(os.path.join(tdn, "a", "b"))
    open(os.path.join(tdn, "a", "b", "f"), "w").close()
print(os.path.exists(tdn))
t = tempfile.TemporaryDirectory(prefix="x", suffix="y", dir=base)
print(repr(t) == "<TemporaryDirectory %r>" % t.name, os.path.basename(t.name)[0], t.name[-1])
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
s.write(b"12345")
print(s._rolled)
s.write(b"6789012")
print(s._rolled)
s.seek(0)
print(s.read())
s.close()

for bad in [lambda: tempfile.mkstemp(dir=os.path.join(base, "missing")), lambda: tempfile.mkdtemp(dir=os.path.join(base, "missing"))]:
    try:
        bad()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.relpath(e.filename, base).split("/")[0])
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print("TypeError", e)
print(sorted(os.listdir(base)) == sorted([os.path.basename(path), os.path.basename(path2), os.path.basename(d2)]))
shutil.rmtree(base)
print(os.path.exists(base))
