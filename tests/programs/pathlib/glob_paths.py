import os, tempfile, shutil
from pathlib import Path

base = Path(tempfile.mkdtemp())
for name in ["a.py", "b.py", "c.txt", ".hidden.py", "data.tar.gz", "sub/d.py", "sub/e.txt", "sub/deeper/f.py", "sub/deeper/g.md", "other/h.py", ".dot/i.py", "x[1].py"]:
    p = base / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(name)
(base / "emptydir").mkdir()
(base / "lnk").symlink_to("sub")

def show(pat, fn="glob"):
    try:
        got = getattr(base, fn)(pat)
        print(fn, repr(pat), sorted(p.relative_to(base).as_posix() for p in got))
    except Exception as e:
        print(fn, repr(pat), type(e).__name__, e)

for pat in ["*.py", "*", "*.txt", "?.py", "[ab].py", "[!a].py", "sub/*.py", "*/*.py", "sub/*", "**", "**/*.py", "**/", "*/", "sub/**/*.py", "sub", "nope", "nope/*.py", "x[[]1].py", "*.tar.gz", "**/deeper/*", "lnk/*.py", "a.py/*", "", "/abs/*", "a**b", "sub/deeper", "*/deeper/*.md", ".*"]:
    show(pat)
for pat in ["*.py", "*.txt", "deeper/*", "*", "", "sub/", "*.md"]:
    show(pat, "rglob")
print(type(base.glob("*")).__name__ in ("generator", "map", "chain"))
shutil.rmtree(base)
print(base.exists(), list(base.glob("*")))
