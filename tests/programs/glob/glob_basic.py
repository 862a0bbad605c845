import glob, os, tempfile, shutil

base = tempfile.mkdtemp()
for name in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/e.txt", "sub/deeper/f.py", ".dot/i.py", "x[1].py", "sub/.h/j.py"]:
    p = os.path.join(base, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(name)
os.mkdir(os.path.join(base, "emptydir"))
os.symlink("sub", os.path.join(base, "lnk"))

def show(pat, **kw):
    full = sorted(x[len(base) + 1:] for x in glob.glob(os.path.join(base, pat), **kw))
    rel = sorted(glob.glob(pat, root_dir=base, **kw))
    print(repr(pat), kw, full, full == rel or rel)

for pat in ["*.py", "*", "?.py", "[ab].py", "[!a].py", "*/*.py", "sub/*", "**", "**/*.py", "*/", "**/", "sub", "sub/", "nope", "nope/*", "x[[]1].py", ".*", "*/.*", "a.py", "sub/*/*.py", "*.py/"]:
    show(pat)
for pat in ["**", "**/*.py", "**/", "sub/**", "sub/**/*.py", "**/deeper"]:
    show(pat, recursive=True)
for pat in ["*", "**/*.py"]:
    show(pat, recursive=True, include_hidden=True)
print(glob.escape("a*b?c[d].py"), glob.escape("plain"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("abc"))
it = glob.iglob(os.path.join(base, "*.txt"))
print(type(it).__name__ in ("generator", "chain"), [os.path.basename(p) for p in it])
cwd = os.getcwd()
os.chdir(base)
try:
    print(sorted(glob.glob("*.py")), sorted(glob.glob("**", recursive=True)), glob.glob(""), sorted(glob.glob("./sub/*")))
finally:
    os.chdir(cwd)
shutil.rmtree(base)
print(glob.glob(os.path.join(base, "*")))
