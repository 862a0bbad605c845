from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os
P = PurePosixPath
cases = ["", ".", "/", "//", "///", "a", "a/b", "/a/b/", "//a/b", "///a/b", "a/./b", "a/../b", "./a", "a//b", "~/x", "a.tar.gz", ".bashrc", "a/b.", "a/..b", "/usr/lib/x.so.1"]
for c in cases:
    p = P(c)
    print(repr(c), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute(), len(p.parents), list(p.parents))
print(P("a", "b", "c"), P("a", "/b", "c"), P(P("x"), "y"), P("/a", P("b")), P(), PurePath("x"), type(PurePath("x")).__name__)
print(P("a") / "b" / "c", "x" / P("y"), P("a") / "/b", P("a").joinpath("b", "c"), P("a").joinpath("/z", "w"), P("/") / "a")
class PL:
    def __fspath__(self): return "from/fspath"
print(P(PL()), P("a") / PL(), Path(PL()), repr(Path("a/b")), repr(Path()))
for bad in [1, None, b"bytes", 3.5]:
    try: P(bad)
    except TypeError as e: print("TypeError", e)
    try: P("a") / bad
    except TypeError as e: print("TypeError", e)
    try: bad / P("a")
    except TypeError as e: print("TypeError", e)
print(bytes(P("a/b")), os.fspath(P("/x")), P("a/b").as_posix(), P("/a b/c%d").as_uri(), P("/é").as_uri())
try: P("a").as_uri()
except ValueError as e: print("ValueError", e)
print(P("a") == P("a"), P("a") == P("a/"), P("a") == "a", P("/a") == P("//a"), P("a") != P("b"), P("a") == Path("a"), hash(P("a/b")) == hash(P("a//b")), P("a") < P("b"), P("/a") < P("a"), sorted([P("b"), P("/z"), P("a/c"), P("a")]))
try: P("a") < "b"
except TypeError as e: print("TypeError", e)
p = P("/usr/lib/python3.11/os.py")
print(p.with_name("x.txt"), p.with_stem("y"), p.with_suffix(".pyc"), p.with_suffix(""), P("a.tar.gz").with_suffix(".bz2"), P("noext").with_suffix(".c"))
for f in [lambda: P("/").with_name("x"), lambda: P("").with_name("x"), lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.with_name("."), lambda: p.with_suffix("c"), lambda: p.with_suffix("."), lambda: p.with_suffix("/x"), lambda: P("/").with_suffix(".x"), lambda: p.with_stem("")]:
    try: print(f())
    except ValueError as e: print("ValueError", e)
print(p.relative_to("/usr"), p.relative_to("/usr/lib", "python3.11"), p.relative_to(p), P("a/b").relative_to("a"), P("a/b").relative_to(""), p.relative_to("/"))
for a, b in [("/a/b", "/c"), ("a/b", "/a"), ("/a/b", "a"), ("a", "a/b"), ("/a", "")]:
    try: print(P(a).relative_to(b))
    except ValueError as e: print("ValueError", e)
    print(P(a).is_relative_to(b))
try: P("a").relative_to()
except TypeError as e: print("TypeError", e)
par = p.parents
print(par, par[0], par[-1], par[1:3], par[::-1], par[-2:], len(par))
try: par[10]
except IndexError as e: print("IndexError", e)
try: par[-10]
except IndexError as e: print("IndexError", e)
for path, pat in [("a/b.py", "*.py"), ("/a/b/c.py", "b/*.py"), ("/a/b/c.py", "a/*.py"), ("/a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"), ("a/b.py", "/*.py"), ("b.py", "a/b.py"), ("a/b.PY", "*.py"), ("x/y", "[xy]/?"), ("//a/b", "//a/*")]:
    print(path, pat, P(path).match(pat))
try: P("a").match("")
except ValueError as e: print("ValueError", e)
print(P("a").is_reserved(), P("a").__reduce__(), isinstance(P("a"), os.PathLike), issubclass(PosixPath, PurePosixPath), issubclass(PosixPath, Path), isinstance(Path("x"), PurePath))
print({P("a"): 1}[P("a")], P("a/b") in {P("a/b")}, P("x").parent.parent, P("/").parent)
