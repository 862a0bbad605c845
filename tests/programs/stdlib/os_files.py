import os, os.path, io
from os.path import join, dirname, basename, splitext, exists, isdir, isfile, normpath, split
print(join("a", "b", "c.txt"), join("/x", "/abs", "y"), join("a/", "b"), join("", "x"))
print(dirname("/a/b/c.txt"), basename("/a/b/c.txt"), splitext("x/y.tar.gz"), splitext(".bashrc"), splitext("noext"), split("a/b/"), split("/"), split("file"))
print(normpath("a//b/./c/../d"), normpath("/../x"), normpath(""), normpath("./"), os.path.isabs("/a"), os.path.relpath("/a/b/c", "/a/x"))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.path.commonprefix(["abcd", "abxy"]))
d = "tmp_os_files_dir"
if exists(d):
    for n in os.listdir(d):
        os.remove(join(d, n))
    os.rmdir(d)
os.makedirs(join(d, "sub"), exist_ok=True)
os.makedirs(join(d, "sub"), exist_ok=True)
p = join(d, "data.txt")
with open(p, "w") as f:
    print(f.write("line one\n"), f.writable(), f.readable(), f.closed, f.name, f.mode)
    f.write("line two\nline three")
    f.writelines(["\nx", "y"])
print(f.closed, exists(p), isfile(p), isdir(p), isdir(d), os.path.getsize(p))
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(p) as f:
    print([line.rstrip("\n") for line in f])
f = open(p, "a"); f.write("\nappended"); f.close()
print(open(p).read().splitlines()[-1])
with open(p, "rb") as f:
    b = f.read(4); print(b, type(b).__name__, f.read(3), f.tell())
    f.seek(0); print(f.readline())
with open(join(d, "bin.dat"), "wb") as f:
    f.write(b"\x00\x01hello")
print(open(join(d, "bin.dat"), "rb").read())
with open(p, "r", encoding="utf-8") as f:
    print(f.read(5), f.read(4))
u = join(d, "uni.txt")
with open(u, "w", encoding="utf-8") as f:
    f.write("héllo wörld ☃\n")
print(open(u, encoding="utf-8").read(), end="")
print(sorted(os.listdir(d)), sorted(os.listdir(join(d, "sub"))))
print([(dirname_.replace(d, "D"), sorted(dirs), sorted(files)) for dirname_, dirs, files in os.walk(d)])
os.rename(u, join(d, "renamed.txt")); print(exists(u), exists(join(d, "renamed.txt")))
for bad in [lambda: open(join(d, "missing.txt")), lambda: open(d), lambda: os.remove(join(d, "nope")), lambda: open(p, "q"), lambda: open(p, "rw"), lambda: open(p, "w").write(b"x"), lambda: os.listdir("no_such_dir_x"), lambda: os.mkdir(d)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
g = open(p); g.close()
try:
    g.read()
except ValueError as e:
    print("ValueError", e)
st = os.stat(p); print(st.st_size == os.path.getsize(p), type(os.getcwd()).__name__, os.path.abspath("x").endswith("/x"))
for n in os.listdir(join(d, "sub")):
    pass
os.rmdir(join(d, "sub"))
for n in os.listdir(d):
    os.remove(join(d, n))
os.rmdir(d)
print(exists(d))
os.environ["WEFT_TEST_VAR"] = "v1"
print(os.environ["WEFT_TEST_VAR"], os.getenv("WEFT_TEST_VAR"), os.getenv("WEFT_NOPE_VAR", "dflt"), "WEFT_TEST_VAR" in os.environ)
del os.environ["WEFT_TEST_VAR"]
print(os.getenv("WEFT_TEST_VAR"), isinstance(os.getpid(), int))
try:
    os.environ["NOPE_NOT_SET_X"]
except KeyError as e:
    print("KeyError", e)
