"""The password database (user accounts): getpwuid, getpwnam."""

import _os
from os import _StructSeq

__all__ = ["getpwuid", "getpwnam", "struct_passwd"]


class struct_passwd(_StructSeq):
    """One user account: pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos,
    pw_dir, pw_shell."""

    _fields = ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell")
    n_sequence_fields = 7
    n_fields = 7
    n_unnamed_fields = 0


struct_passwd.__module__ = "pwd"


def getpwuid(uid):
    """The account with user id uid; KeyError if there is none."""
    if not isinstance(uid, int):
        raise TypeError("uid should be integer, not %s" % type(uid).__name__)
    if not 0 <= uid < 2 ** 32 - 1:
        raise KeyError("getpwuid(): uid not found")
    r = _os.getpw(int(uid))
    if r is None:
        raise KeyError("getpwuid(): uid not found: %d" % uid)
    return struct_passwd(r)


def getpwnam(name):
    """The account named name; KeyError if there is none."""
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    r = _os.getpw(name)
    if r is None:
        raise KeyError("getpwnam(): name not found: %r" % name)
    return struct_passwd(r)
