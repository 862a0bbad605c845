import os, tempfile, shutil, glob
from pathlib import Path
base = Path(tempfile.mkdtemp())
R = lambda p: os.path.relpath(os.fspath(p), base)
(base / "f").write_text("x")
(base / "d").mkdir()
(base / "d" / "g").write_text("y")
for name, f in [("mkdir under file", lambda: (base / "f" / "sub").mkdir(parents=True)),
                ("rename onto dir", lambda: (base / "f").rename(base / "d")),
                ("touch dir", lambda: (base / "d").touch(exist_ok=False)),
                ("rmdir nonempty", lambda: (base / "d").rmdir()),
                ("samefile missing", lambda: (base / "f").samefile(base / "nope")),
                ("open dir", lambda: (base / "d").open()),
                ("write to dir", lambda: (base / "d").write_text("x")),
                ("glob Path", lambda: glob.glob(base / "*")),
                ("mkdtemp Path dir", lambda: R(tempfile.mkdtemp(dir=base / "d"))[:5]),
                ("copy Paths", lambda: R(shutil.copy(base / "f", base / "d"))),
                ("copytree Paths", lambda: R(shutil.copytree(base / "d", base / "e"))),
                ("move Paths", lambda: R(shutil.move(base / "e", base / "d"))),
                ("listdir", lambda: sorted(n for n in os.listdir(base / "d") if not n.startswith("tmp"))),
                ("stat kw", lambda: os.stat(path=base / "f").st_size),
                ("stat extra", lambda: os.stat(base / "f", 1)),
                ("with_suffix type", lambda: (base / "f").with_suffix(1)),
                ("joinpath int", lambda: (base / "f").joinpath(1)),
                ("read_text enc", lambda: (base / "f").read_text(encoding="nope-enc")),
                ]:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "->", type(e).__name__, str(e).replace(str(base), "B"))
shutil.rmtree(base)
