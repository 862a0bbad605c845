import os, stat, tempfile, shutil

os.umask(0o022)
base = tempfile.mkdtemp()
J = lambda *p: os.path.join(base, *p)
R = lambda p: os.path.relpath(p, base) if isinstance(p, str) and p.startswith("/") else p
os.mkdir(J("d"), 0o750)
print(oct(stat.S_IMODE(os.stat(J("d")).st_mode) & 0o750))
with open(J("f.txt"), "w") as f:
    f.write("0123456789")
st = os.stat(J("f.txt"))
print(type(st).__name__, len(st), st.st_size, st[stat.ST_SIZE], st[6], st.st_nlink, stat.S_ISREG(st.st_mode), st.st_uid == os.getuid())
print(type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8], st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
print(st == os.stat(J("f.txt")) or "times moved", isinstance(st, tuple), st.st_ino == os.lstat(J("f.txt")).st_ino, st.st_dev == os.stat(base).st_dev)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size, nlink)
try:
    st.st_size = 1
except AttributeError as e:
    print("AttributeError", e)
print(repr(os.stat_result(range(10))), os.stat_result(range(10)).st_mtime, os.stat_result(range(13)).st_mtime)
os.utime(J("f.txt"), (1500000000.5, 1600000000.25))
st = os.stat(J("f.txt"))
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
os.utime(J("f.txt"), ns=(1000000000123456789, 1100000000987654321))
print(os.stat(J("f.txt")).st_mtime_ns, os.stat(J("f.txt")).st_atime_ns)
os.utime(J("f.txt"))
print(os.stat(J("f.txt")).st_mtime > 1600000000)
for bad in [lambda: os.utime(J("f.txt"), (1, 2), ns=(1, 2)), lambda: os.utime(J("f.txt"), 5), lambda: os.utime(J("f.txt"), (1,))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.chmod(J("f.txt"), 0o604)
print(oct(os.stat(J("f.txt")).st_mode), stat.filemode(os.stat(J("f.txt")).st_mode), os.access(J("f.txt"), os.R_OK), os.access(J("nope"), os.F_OK), os.access(J("f.txt"), os.F_OK))
os.chmod(J("f.txt"), 0o644)
os.symlink("f.txt", J("ln"))
print(os.readlink(J("ln")), os.path.islink(J("ln")), os.path.islink(J("f.txt")), stat.S_ISLNK(os.lstat(J("ln")).st_mode), stat.S_ISREG(os.stat(J("ln")).st_mode), os.stat(J("ln"), follow_symlinks=False) == os.lstat(J("ln")))
print(os.path.realpath(J("ln")) == os.path.realpath(J("f.txt")), os.path.lexists(J("ln")), os.path.samefile(J("ln"), J("f.txt")), os.readlink(os.fsencode(J("ln"))))
os.link(J("f.txt"), J("hard"))
print(os.stat(J("f.txt")).st_nlink, os.path.samefile(J("hard"), J("f.txt")))
for name, f in [("stat", lambda: os.stat(J("nope"))), ("lstat", lambda: os.lstat(J("nope"))), ("readlink", lambda: os.readlink(J("f.txt"))),
                ("symlink", lambda: os.symlink("x", J("ln"))), ("link", lambda: os.link(J("nope"), J("n2"))), ("rename", lambda: os.rename(J("nope"), J("n2"))),
                ("replace", lambda: os.replace(J("d"), J("f.txt"))), ("rename2", lambda: os.rename(J("f.txt"), J("d"))), ("rmdir", lambda: os.rmdir(J("f.txt"))),
                ("remove", lambda: os.remove(J("d"))), ("mkdir", lambda: os.mkdir(J("d"))), ("chmod", lambda: os.chmod(J("nope"), 0o777)),
                ("utime", lambda: os.utime(J("nope"))), ("open", lambda: os.open(J("nope"), os.O_RDONLY)), ("excl", lambda: os.open(J("f.txt"), os.O_CREAT | os.O_EXCL | os.O_WRONLY)),
                ("scandir", lambda: os.scandir(J("nope"))), ("listdir", lambda: os.listdir(J("f.txt"))), ("truncate", lambda: os.truncate(J("nope"), 0))]:
    try:
        f()
        print(name, "ok")
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror, R(e.filename), R(getattr(e, "filename2", None)), str(e).replace(base, "B"))
for bad in [lambda: os.stat(None), lambda: os.stat(3.5), lambda: os.stat("a\0b"), lambda: os.stat()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.replace(J("hard"), J("h2"))
os.rename(J("h2"), J("h3"))
print(sorted(os.listdir(base)))
os.truncate(J("h3"), 4)
print(open(J("f.txt")).read())
fd = os.open(J("new.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.write(fd, b"abc"), os.write(fd, memoryview(b"de")), os.fstat(fd).st_size if hasattr(os, "fstat") else 5)
os.close(fd)
fd = os.open(J("new.bin"), os.O_RDONLY)
print(os.read(fd, 2), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 10), os.stat(fd).st_size)
os.close(fd)
open(J("d", "x.py"), "w").close()
os.mkdir(J("d", "sub"))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, R(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.inode() == os.lstat(e.path).st_ino, e.stat().st_size == os.stat(e.path).st_size, os.fspath(e) == e.path)
print(sorted(e.name for e in os.scandir(J("d"))), isinstance(entries[0], os.DirEntry), os.PathLike in type(entries[0]).__mro__ or isinstance(entries[0], os.PathLike))
cwd = os.getcwd()
os.chdir(base)
try:
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir(".")), sorted(os.listdir()))
    print(sorted((d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk(".")))
    print(sorted((d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk("d", topdown=False)))
    walked = []
    for d, ds, fs in os.walk("."):
        ds[:] = [x for x in ds if x != "d"]
        walked.append(d)
    print(walked)
    errs = []
    print(list(os.walk("nope", onerror=errs.append)), [type(e).__name__ for e in errs])
finally:
    os.chdir(cwd)
os.makedirs(J("m", "n", "o"), mode=0o755)
os.makedirs(J("m", "n", "o"), exist_ok=True)
try:
    os.makedirs(J("m", "n", "o"))
except FileExistsError as e:
    print("FileExistsError", R(e.filename))
os.removedirs(J("m", "n", "o"))
print(os.path.exists(J("m")))
os.renames(J("new.bin"), J("r1", "r2", "new.bin"))
print(os.path.exists(J("r1", "r2", "new.bin")))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(16) != os.urandom(16), os.getpid() > 0)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
print(os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.fspath(b"x"), os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep, os.linesep == "\n")
print(os.path.getsize(J("f.txt")), os.path.getmtime(J("f.txt")) == os.stat(J("f.txt")).st_mtime, os.path.isfile(J("ln")), os.path.isdir(J("d")), os.path.ismount("/"), os.path.ismount(base))
os.symlink("loop", J("loop"))
print(os.path.realpath(J("loop")) == J("loop"), os.path.realpath(J("d", "..", "ln")) == os.path.realpath(J("f.txt")))
try:
    os.path.realpath(J("loop"), strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.path.realpath(J("nope"), strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
sv = os.statvfs(base)
print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_frsize == sv[1])
shutil.rmtree(base)
print(os.path.exists(base))
