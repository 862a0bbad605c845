"""Operating-system access: the working directory, directory listings,
files and the environment. File and environment access follow the VM's
capabilities: with them off, these raise PermissionError.

os.environ is a mapping over the process environment; assigning to it
calls putenv, as in CPython."""

from _weft import generic_alias as _GenericAlias
import _os
import abc as _abc
import sys
from os import path

__all__ = ["getcwd", "chdir", "listdir", "scandir", "mkdir", "makedirs", "remove",
           "unlink", "rmdir", "removedirs", "rename", "renames", "replace", "stat",
           "lstat", "stat_result", "uname", "uname_result", "DirEntry", "walk", "symlink", "link", "readlink",
           "chmod", "chown", "lchown", "utime", "access", "truncate", "open", "close", "read", "write",
           "lseek", "fsync", "umask", "urandom", "statvfs", "get_terminal_size",
           "terminal_size", "environ", "getenv", "putenv", "unsetenv", "getpid",
           "getuid", "getgid", "sep", "linesep", "name", "curdir", "pardir", "extsep", "pathsep",
           "devnull", "path", "fspath", "fsencode", "fsdecode", "PathLike"]

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
supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()

getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
mkdir = _os.mkdir
remove = _os.remove
unlink = _os.unlink
rmdir = _os.rmdir
rename = _os.rename
replace = _os.replace
stat = _os.stat
lstat = _os.lstat
symlink = _os.symlink
link = _os.link
readlink = _os.readlink
chmod = _os.chmod
chown = _os.chown
utime = _os.utime
access = _os.access
truncate = _os.truncate
open = _os.open
close = _os.close
read = _os.read
write = _os.write
lseek = _os.lseek
fsync = _os.fsync
umask = _os.umask
urandom = _os.urandom
getpid = _os.getpid
_exit = _os._exit
getuid = _os.getuid
getgid = _os.getgid


def lchown(path, uid, gid):
    chown(path, uid, gid, follow_symlinks=False)
error = OSError

O_RDONLY = _os.O_RDONLY
O_WRONLY = _os.O_WRONLY
O_RDWR = _os.O_RDWR
O_CREAT = _os.O_CREAT
O_EXCL = _os.O_EXCL
O_TRUNC = _os.O_TRUNC
O_APPEND = _os.O_APPEND
O_NOFOLLOW = _os.O_NOFOLLOW
O_CLOEXEC = _os.O_CLOEXEC
O_DIRECTORY = _os.O_DIRECTORY
O_NONBLOCK = _os.O_NONBLOCK
O_SYNC = _os.O_SYNC
F_OK = _os.F_OK
R_OK = _os.R_OK
W_OK = _os.W_OK
X_OK = _os.X_OK
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
TMP_MAX = 238328


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
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = curdir.encode()
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
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


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def getcwdb():
    return getcwd().encode()


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class _StructSeq(tuple):
    """A tuple with named fields, read-only, as CPython's struct sequences:
    the first n_sequence_fields are the tuple, the others attributes only."""

    _fields = ()
    n_sequence_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = cls.n_sequence_fields
        name = cls.__module__ + "." + cls.__name__
        if len(seq) < n:
            if n == len(cls._fields):
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (name, n, len(seq)))
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)" % (name, n, len(seq)))
        if len(seq) > len(cls._fields):
            if n == len(cls._fields):
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (name, n, len(seq)))
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)" % (name, len(cls._fields), len(seq)))
        self = tuple.__new__(cls, seq[:n])
        d = self.__dict__
        for i, f in enumerate(cls._fields):
            if i < len(seq):
                d[f] = seq[i]
            elif dict is not None and f in dict:
                d[f] = dict[f]
            else:
                d[f] = None
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        parts = ["%s=%r" % (f, v) for f, v in zip(self._fields, self)]
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__, ", ".join(parts))

    def __reduce__(self):
        extra = {f: self.__dict__[f] for f in self._fields[self.n_sequence_fields:]}
        return (self.__class__, (tuple(self), extra))


class uname_result(_StructSeq):
    """The result of uname(): sysname, nodename, release, version, machine."""

    _fields = ("sysname", "nodename", "release", "version", "machine")
    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0


uname_result.__module__ = "posix"


def uname():
    """The system's identity: uname_result(sysname, nodename, release,
    version, machine)."""
    return uname_result(_os.uname())


class stat_result(_StructSeq):
    """The result of stat() and lstat(): st_mode, st_ino, st_dev, st_nlink,
    st_uid, st_gid, st_size and the int times as the tuple; the float
    times, the nanosecond times, st_blksize, st_blocks, st_rdev as
    attributes."""

    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime",
               "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
               "st_rdev")
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % n)
        if n > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:10])
        d = self.__dict__
        names = cls._fields
        for i in range(7):
            d[names[i]] = seq[i]
        for i in range(7, 10):
            d[names[i]] = seq[i + 3] if n > i + 3 else seq[i]
        for i in range(13, 19):
            d[names[i]] = seq[i] if i < n else (dict or {}).get(names[i])
        return self

    def __repr__(self):
        parts = ["%s=%r" % (f, v) for f, v in zip(self._fields, self)]
        return "os.stat_result(%s)" % ", ".join(parts)


stat_result.__module__ = "os"
_os._register("stat_result", stat_result)


class statvfs_result(_StructSeq):
    _fields = ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
               "f_ffree", "f_favail", "f_flag", "f_namemax")
    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0


class terminal_size(_StructSeq):
    _fields = ("columns", "lines")
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0


statvfs_result.__module__ = "os"
terminal_size.__module__ = "os"


def fstat(fd):
    """stat() of an open file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return _os.stat(fd)


def statvfs(path):
    return statvfs_result(_os.statvfs(path))


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """One entry of scandir(): the name, the path, and the kind read with
    the directory (no stat call unless a symbolic link is followed or the
    stat result is asked for)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind:
            return self._kind == 3
        try:
            return self.stat(follow_symlinks=False).st_mode & _S_IFMT == _S_IFLNK
        except FileNotFoundError:
            return False

    def _is(self, kind, fmt, follow_symlinks):
        k = self._kind
        if k and (k != 3 or not follow_symlinks):
            return k == kind
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & _S_IFMT == fmt

    def is_dir(self, *, follow_symlinks=True):
        return self._is(1, _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(2, _S_IFREG, follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind != 3:
            follow_symlinks = False
        if follow_symlinks:
            if self._stat is None:
                self._stat = _os.stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = _os.lstat(self.path)
        return self._lstat

    __class_getitem__ = classmethod(_GenericAlias)


DirEntry.__module__ = "posix"
_os._register("DirEntry", DirEntry)


class ScandirIterator:
    """The iterator scandir() returns: also a context manager."""

    def __init__(self, entries):
        self._items = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._items is None:
            raise StopIteration
        return next(self._items)

    def close(self):
        self._items = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return "<posix.ScandirIterator object at %#x>" % id(self)


ScandirIterator.__module__ = "posix"


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    return ScandirIterator(_os.scandir_entries(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory under top."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks:
                walk_into = True
            else:
                try:
                    walk_into = not entry.is_symlink()
                except OSError:
                    walk_into = False
            if walk_into:
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


class PathLike(_abc.ABC):
    """The abstract base of path objects: a class with __fspath__ counts
    as a subclass."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            return hasattr(C, "__fspath__")
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


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
