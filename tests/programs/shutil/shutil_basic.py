import os, shutil, stat, tempfile

base = tempfile.mkdtemp()
J = lambda *p: os.path.join(base, *p)
R = lambda p: os.path.relpath(p, base) if isinstance(p, str) else p

def tree(top):
    out = []
    for d, dirs, files in os.walk(top):
        for n in dirs + files:
            p = os.path.join(d, n)
            kind = "L" if os.path.islink(p) else "D" if os.path.isdir(p) else "F"
            out.append(kind + ":" + os.path.relpath(p, top))
    return sorted(out)

os.makedirs(J("src", "sub", "deep"))
for name, text in [("src/a.txt", "alpha"), ("src/b.py", "print(1)"), ("src/sub/c.txt", "gamma"), ("src/sub/deep/d.log", "delta"), ("src/sub/x.pyc", "junk")]:
    with open(J(name), "w") as f:
        f.write(text)
os.chmod(J("src", "b.py"), 0o754)
os.utime(J("src", "a.txt"), (1000000000, 1200000000))
os.symlink("a.txt", J("src", "link"))

print(R(shutil.copyfile(J("src", "a.txt"), J("copy.txt"))), open(J("copy.txt")).read())
print(R(shutil.copy(J("src", "b.py"), J("copied.py"))), oct(stat.S_IMODE(os.stat(J("copied.py")).st_mode)))
os.mkdir(J("dest"))
print(R(shutil.copy(J("src", "a.txt"), J("dest"))), os.listdir(J("dest")))
print(R(shutil.copy2(J("src", "a.txt"), J("c2.txt"))), os.stat(J("c2.txt")).st_mtime, os.stat(J("copy.txt")).st_mtime == 1200000000)
shutil.copymode(J("src", "b.py"), J("copy.txt"))
print(oct(stat.S_IMODE(os.stat(J("copy.txt")).st_mode)))
shutil.copystat(J("src", "a.txt"), J("copy.txt"))
print(os.stat(J("copy.txt")).st_mtime)
print(R(shutil.copyfile(J("src", "link"), J("fromlink.txt"))), os.path.islink(J("fromlink.txt")))
print(R(shutil.copyfile(J("src", "link"), J("keptlink"), follow_symlinks=False)), os.path.islink(J("keptlink")), os.readlink(J("keptlink")))
for f in [lambda: shutil.copyfile(J("src", "a.txt"), J("src", "a.txt")), lambda: shutil.copyfile(J("nope"), J("x")), lambda: shutil.copyfile(J("src", "a.txt"), J("dest")), lambda: shutil.copyfile(J("src", "a.txt"), J("no", "such", "dir"))]:
    try:
        f()
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(base, "B"))
    except OSError as e:
        print(type(e).__name__, e.errno, R(e.filename))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

print(R(shutil.copytree(J("src"), J("tree1"))), tree(J("tree1")))
print(os.path.islink(J("tree1", "link")), os.stat(J("tree1", "a.txt")).st_mtime)
shutil.copytree(J("src"), J("tree2"), symlinks=True, ignore=shutil.ignore_patterns("*.pyc", "deep"))
print(tree(J("tree2")), os.readlink(J("tree2", "link")))
try:
    shutil.copytree(J("src"), J("tree1"))
except FileExistsError as e:
    print("FileExistsError", e.errno, R(e.filename))
shutil.copytree(J("src"), J("tree1"), dirs_exist_ok=True)
seen = []
def logging_copy(s, d):
    seen.append(os.path.basename(d))
    return shutil.copy2(s, d)
shutil.copytree(J("src"), J("tree3"), copy_function=logging_copy)
print(sorted(seen))
try:
    shutil.copytree(J("nope"), J("tree4"))
except FileNotFoundError as e:
    print("FileNotFoundError", R(e.filename))

print(R(shutil.move(J("c2.txt"), J("moved.txt"))), os.path.exists(J("c2.txt")))
print(R(shutil.move(J("moved.txt"), J("dest"))), sorted(os.listdir(J("dest"))))
try:
    shutil.move(J("copy.txt"), J("dest")); shutil.move(J("src", "a.txt"), J("dest"))
except shutil.Error as e:
    print("Error", str(e).replace(base, "B"))
print(R(shutil.move(J("tree3"), J("dest"))), tree(J("dest"))[:3])
try:
    shutil.move(J("tree2"), J("tree2", "inner"))
except shutil.Error as e:
    print("Error", str(e).replace(base, "B"))

shutil.rmtree(J("tree1"))
print(os.path.exists(J("tree1")))
try:
    shutil.rmtree(J("tree1"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, R(e.filename))
shutil.rmtree(J("tree1"), ignore_errors=True)
errs = []
shutil.rmtree(J("tree1"), onerror=lambda fn, p, ei: errs.append((fn.__name__, R(p), ei[0].__name__)))
print(errs)
try:
    shutil.rmtree(J("src", "link"))
except OSError as e:
    print("OSError", e)
try:
    shutil.rmtree(J("src", "a.txt"))
except NotADirectoryError as e:
    print("NotADirectoryError", R(e.filename))
print(shutil.rmtree.avoids_symlink_attacks in (True, False))

print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"), shutil.which("sh", path=""))
with open(J("tool"), "w") as f:
    f.write("#!/bin/sh\n")
print(shutil.which("tool", path=base), shutil.which(J("tool")) is None)
os.chmod(J("tool"), 0o755)
print(R(shutil.which("tool", path=base)), R(shutil.which(J("tool"))), R(shutil.which("tool", path=os.pathsep.join(["/nonexistent", base]))))
du = shutil.disk_usage(base)
print(type(du).__name__, du._fields, du.total >= du.used >= 0, du.free >= 0, du.total == du[0])
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "30"
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
del os.environ["COLUMNS"], os.environ["LINES"]
print(shutil.get_terminal_size((33, 44)))
import io
src, dst = io.StringIO("x" * 100000), io.StringIO()
shutil.copyfileobj(src, dst, 1000)
print(len(dst.getvalue()))
shutil.rmtree(base)
print(os.path.exists(base))
