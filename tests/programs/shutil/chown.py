import os, shutil, tempfile, pwd, grp
d = tempfile.mkdtemp()
f = os.path.join(d, "f")
open(f, "w").close()
uid, gid = os.getuid(), os.getgid()
os.chown(f, uid, gid)
os.chown(f, -1, -1)
os.lchown(f, uid, -1)
st = os.stat(f)
print(st.st_uid == uid, st.st_gid == gid)
shutil.chown(f, user=pwd.getpwuid(uid).pw_name)
shutil.chown(f, group=gid)
shutil.chown(f, user=uid, group=grp.getgrgid(gid).gr_name)
for bad in [lambda: shutil.chown(f), lambda: shutil.chown(f, user="no_such_user_xyz"), lambda: shutil.chown(f, group="no_such_group_xyz"), lambda: os.chown(os.path.join(d, "nope"), uid, gid)]:
    try:
        bad()
    except (ValueError, LookupError, OSError) as e:
        print(type(e).__name__, str(e).replace(d, "D"))
shutil.rmtree(d)
