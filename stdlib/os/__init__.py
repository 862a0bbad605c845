"""Operating-system access: the working directory, directory listings,
files and the environment. File and environment access follow the VM's
capabilities: with them off, these raise PermissionError.

os.environ is a mapping over the process environment; assigning to it
calls putenv, as in CPython."""

import _os
import sys
from os import path

__all__ = ["getcwd", "chdir", "listdir", "mkdir", "makedirs", "remove", "unlink",
           "rmdir", "removedirs", "rename", "stat", "walk", "environ", "getenv",
           "putenv", "unsetenv", "getpid", "sep", "linesep", "name", "curdir",
           "pardir", "extsep", "pathsep", "devnull", "path", "fspath", "PathLike"]

name = "posix"
sep = "/"
altsep = None
linesep = "\n"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
mkdir_ = _os.mkdir
remove = _os.remove
unlink = _os.remove
rmdir = _os.rmdir
rename = _os.rename
getpid = _os.getpid
error = OSError


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(path)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        _os.mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def getcwdb():
    return getcwd().encode()


class stat_result(tuple):
    """The parts of os.stat() that weft fills in: st_mode, st_size, st_mtime."""

    def __new__(cls, mode, size, mtime):
        return tuple.__new__(cls, (mode, 0, 0, 1, 0, 0, size, int(mtime), int(mtime), int(mtime)))

    st_mode = property(lambda self: self[0])
    st_size = property(lambda self: self[6])
    st_mtime = property(lambda self: float(self[8]))
    st_atime = property(lambda self: float(self[7]))
    st_ctime = property(lambda self: float(self[9]))

    def __repr__(self):
        return "os.stat_result(st_mode=%d, st_size=%d, st_mtime=%d)" % (self[0], self[6], self[8])


def stat(p):
    size, mtime, is_dir, is_file, mode = _os.stat(fspath(p))
    return stat_result(mode, size, mtime)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory under top."""
    try:
        names = sorted(listdir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class _Environ:
    """os.environ: read from the process environment on first use."""

    def __init__(self):
        self._data = None

    def _d(self):
        if self._data is None:
            self._data = _os.environ()
        return self._data

    def __getitem__(self, key):
        try:
            return self._d()[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        self._d()[key] = value

    def __delitem__(self, key):
        d = self._d()
        if key not in d:
            raise KeyError(key)
        _os.unsetenv(key)
        del d[key]

    def __contains__(self, key):
        return key in self._d()

    def __iter__(self):
        return iter(list(self._d()))

    def __len__(self):
        return len(self._d())

    def get(self, key, default=None):
        return self._d().get(key, default)

    def keys(self):
        return self._d().keys()

    def values(self):
        return self._d().values()

    def items(self):
        return self._d().items()

    def copy(self):
        return dict(self._d())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            v = self[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def __repr__(self):
        return "environ(%r)" % (self._d(),)


environ = _Environ()


def getenv(key, default=None):
    """environ.get(key, default)"""
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)
