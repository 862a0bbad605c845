import os
for name in ["stat", "lstat", "mkdir", "rmdir", "remove", "unlink", "readlink", "chmod", "utime", "access", "truncate", "open", "scandir", "listdir", "statvfs", "symlink", "link", "rename", "replace", "chdir"]:
    f = getattr(os, name)
    extra = {"chmod": (0o777,), "access": (0,), "truncate": (0,), "open": (0,), "symlink": ("x",), "link": ("x",), "rename": ("x",), "replace": ("x",)}.get(name, ())
    for arg in [None, 3.5, "a\0b"]:
        try:
            f(arg, *extra)
        except Exception as e:
            print(name, type(e).__name__, e)
    if extra and isinstance(extra[0], str):
        try:
            f("x", None)
        except Exception as e:
            print(name, "2nd", type(e).__name__, e)
