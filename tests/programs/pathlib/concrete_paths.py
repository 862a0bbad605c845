import os, stat, tempfile, shutil
from pathlib import Path, PosixPath, PurePosixPath

base = Path(tempfile.mkdtemp(prefix="weftpl"))
print(type(base).__name__, base.is_absolute(), base.is_dir(), base.exists(), base.name.startswith("weftpl"))
rel = lambda p: p.relative_to(base).as_posix()
a = base / "a"
a.mkdir()
print(a.is_dir(), a.is_file(), a.is_symlink(), a.exists())
try:
    a.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, rel(Path(e.filename)))
a.mkdir(exist_ok=True)
deep = base / "x" / "y" / "z"
try:
    deep.mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, rel(Path(e.filename)))
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
print(deep.is_dir(), rel(deep))
f = a / "hello.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size)
print((a / "bin.dat").write_bytes(b"\x00\x01\x02"), (a / "bin.dat").read_bytes(), (a / "bin.dat").write_bytes(bytearray(b"ab")))
try:
    f.write_text(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    f.write_bytes("x")
except TypeError as e:
    print("TypeError", e)
with f.open() as fh:
    print(fh.readline().strip(), fh.read())
with f.open("a") as fh:
    fh.write("more\n")
print(f.read_text().splitlines())
with (a / "new.txt").open("w", encoding="utf-8") as fh:
    fh.write("é")
print((a / "new.txt").read_text(encoding="utf-8"), len((a / "new.txt").read_bytes()))
st = f.stat()
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(a.stat().st_mode), st.st_size, st.st_nlink, type(st.st_mtime).__name__, st.st_ino == os.stat(str(f)).st_ino)
print(sorted(rel(p) for p in a.iterdir()), sorted(p.name for p in base.iterdir()))
t = base / "touched"
t.touch()
print(t.exists(), t.stat().st_size, stat.S_IMODE(t.stat().st_mode) & 0o600)
t.touch()
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
t.chmod(0o640)
print(oct(stat.S_IMODE(t.stat().st_mode)))
t.unlink()
print(t.exists())
try:
    t.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, rel(Path(e.filename)))
t.unlink(missing_ok=True)
missing = base / "nope"
for fn in [missing.stat, missing.read_text, missing.read_bytes, missing.rmdir, lambda: list(missing.iterdir()), lambda: missing.open(), lambda: missing.rename(base / "q"), lambda: missing.lstat()]:
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(Path(e.filename)), e.filename2 and rel(Path(e.filename2)))
for fn in [lambda: list(f.iterdir()), lambda: (f / "x").mkdir(), lambda: a.rmdir(), lambda: a.unlink(), lambda: a.read_text(), lambda: (f / "x").exists()]:
    try:
        print(fn())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(Path(e.filename)))
print(missing.exists(), missing.is_dir(), missing.is_file(), missing.is_symlink(), (f / "sub").is_dir(), Path("bad\0name").exists())
r = f.rename(base / "renamed.txt")
print(type(r).__name__, rel(r), f.exists(), r.exists())
r2 = r.replace(a / "hello.txt")
print(rel(r2), r.exists(), r2.read_text().count("\n"))
link = base / "link"
link.symlink_to(a / "hello.txt")
print(link.is_symlink(), link.is_file(), link.exists(), link.lstat().st_size != link.stat().st_size, rel(link.readlink()), rel(link.resolve()), link.samefile(a / "hello.txt"), link.samefile(str(a / "hello.txt")))
dl = base / "dirlink"
dl.symlink_to("a", target_is_directory=True)
print(dl.is_dir(), dl.is_symlink(), str(dl.readlink()), rel(dl.resolve()), sorted(p.name for p in dl.iterdir()))
broken = base / "broken"
broken.symlink_to("does-not-exist")
print(broken.is_symlink(), broken.exists(), broken.is_file(), rel(broken.resolve()))
try:
    broken.resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
loop = base / "loop"
loop.symlink_to("loop")
try:
    loop.resolve()
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("Symlink loop from"))
try:
    link.symlink_to("x")
except FileExistsError as e:
    print("FileExistsError", rel(Path(e.filename)) if e.filename.startswith("/") else e.filename, rel(Path(e.filename2)))
cwd = os.getcwd()
os.chdir(base)
try:
    print(Path.cwd() == base.resolve(), Path("a").absolute() == base.resolve() / "a", Path("a/../a/hello.txt").resolve() == (base / "a" / "hello.txt").resolve(), Path("a").resolve().is_absolute())
    print(Path(".").absolute() == Path.cwd(), Path("x/..").resolve() == Path.cwd())
finally:
    os.chdir(cwd)
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x", Path("x/~").expanduser(), Path("/~").expanduser())
print(Path("~").expanduser().is_absolute())
e = base / "empty"
e.mkdir()
e.rmdir()
print(e.exists())
print(base.is_mount(), Path("/").is_mount(), a.is_mount(), f.is_block_device(), f.is_char_device(), f.is_fifo(), f.is_socket(), Path("/dev/null").is_char_device())
shutil.rmtree(base)
print(base.exists())
