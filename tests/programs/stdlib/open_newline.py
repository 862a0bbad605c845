import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "wb") as f: f.write(b"a\r\nb\rc\nd")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f: print(repr(nl), repr(f.read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f: f.write("x\ny\n")
    with open(p, "rb") as f: print(repr(nl), f.read())
try: open(p, newline="x")
except ValueError as e: print(e)
with open(p, "wb") as f: f.write(b"a\r\nb\n")
with open(p, "a") as f: f.write("c\n")
with open(p, "rb") as f: print(f.read())
