import pwd, grp, os, os.path, tempfile, shutil
from pathlib import Path
r = pwd.getpwuid(0)
print(repr(r).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="), r.pw_name, r[0], r.pw_uid, type(r).__name__, len(r), isinstance(r, tuple))
print(pwd.getpwnam("root") == r, pwd.getpwnam("root").pw_dir == r[5])
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g, type(g).__name__)
for f in [lambda: pwd.getpwuid(987654), lambda: pwd.getpwnam("no_such_user_xyz"), lambda: grp.getgrgid(987654), lambda: grp.getgrnam("no_such_group_xyz"), lambda: pwd.getpwuid("0"), lambda: pwd.getpwnam(0), lambda: pwd.getpwuid(-5)]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
home = r.pw_dir.rstrip("/")
print(os.path.expanduser("~root/x") == home + "/x", os.path.expanduser("~root") == (home or "/"), os.path.expanduser("~no_such_user_xyz/a"), os.path.expanduser(b"~root/b") == home.encode() + b"/b", Path("~root/q").expanduser() == Path(home, "q"))
d = tempfile.mkdtemp()
p = Path(d) / "f"
p.write_text("x")
print(p.owner() == pwd.getpwuid(os.getuid()).pw_name, p.group() == grp.getgrgid(os.getgid() if hasattr(os, "getgid") else p.stat().st_gid).gr_name)
shutil.rmtree(d)
for f in [lambda: grp.getgrgid('0'), lambda: grp.getgrgid(-5), lambda: pwd.getpwuid(2**40), lambda: grp.getgrgid(2**40), lambda: grp.getgrnam(0), lambda: pwd.getpwuid(1.5), lambda: pwd.getpwuid(True).pw_uid]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
