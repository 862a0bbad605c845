"""The group database: getgrgid, getgrnam."""

import _os
from os import _StructSeq

__all__ = ["getgrgid", "getgrnam", "struct_group"]


class struct_group(_StructSeq):
    """One group: gr_name, gr_passwd, gr_gid, gr_mem (member names)."""

    _fields = ("gr_name", "gr_passwd", "gr_gid", "gr_mem")
    n_sequence_fields = 4
    n_fields = 4
    n_unnamed_fields = 0


struct_group.__module__ = "grp"


def getgrgid(id):
    """The group with id id; KeyError if there is none."""
    if not isinstance(id, int):
        raise TypeError("gid should be integer, not %s" % type(id).__name__)
    if not 0 <= id < 2 ** 32 - 1:
        raise OverflowError("gid is less than minimum")
    r = _os.getgr(int(id))
    if r is None:
        raise KeyError("getgrgid(): gid not found: %d" % id)
    return struct_group(r)


def getgrnam(name):
    """The group named name; KeyError if there is none."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s" % type(name).__name__)
    r = _os.getgr(name)
    if r is None:
        raise KeyError("getgrnam(): name not found: %r" % name)
    return struct_group(r)
