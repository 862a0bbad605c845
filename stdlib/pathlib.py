"""Object-oriented file-system paths (POSIX flavour): PurePath and
PurePosixPath compute with paths, Path and PosixPath also reach the file
system. Windows paths (PureWindowsPath, WindowsPath) are not provided.

A path is kept as its root ('', '/' or '//'), its tail (a tuple of
names) and its text, all made when the path is made: children of a
directory (iterdir, glob) cost a tuple and a string concatenation."""

import _os
import fnmatch as _fnmatch
import io
import os
import re as _re
from errno import EBADF, ELOOP, ENOENT, ENOTDIR

_os_stat = os.stat
_os_lstat = os.lstat
_listdir = os.listdir
_new = object.__new__

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)

_S_IFMT = 0o170000


def _ignore_error(e):
    return getattr(e, "errno", None) in _IGNORED_ERRNOS


def _split_root(text):
    """(root, names) of a path string, POSIX rules: '//' stays a root of
    its own, three or more slashes are '/'; '.' and empty names drop."""
    if text[:1] == "/":
        root = "//" if text[:2] == "//" and text[2:3] != "/" else "/"
    else:
        root = ""
    return root, tuple(x for x in text.split("/") if x and x != ".")


def _parse_args(args):
    """(root, tail) of the joined arguments: str, PathLike or PurePath."""
    root = ""
    tail = ()
    for a in args:
        if isinstance(a, PurePath):
            r, t = a._root, a._tail
        else:
            if isinstance(a, str):
                s = a
            else:
                s = os.fspath(a)
                if not isinstance(s, str):
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % (type(s),))
            r, t = _split_root(s)
        if r:
            root = r
            tail = t
        else:
            tail = tail + t
    return root, tail


def _format(root, tail):
    if tail:
        return root + "/".join(tail)
    return root or "."


class _PathParents:
    """The logical ancestors of a path, as a sequence (p.parents)."""

    __slots__ = ("_pathcls", "_root", "_tail")

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed(self._root, self._tail[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self._tail)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path that does not touch the file system. PurePath(...) makes a
    PurePosixPath."""

    __slots__ = ("_root", "_tail", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        root, tail = _parse_args(args)
        return cls._from_parsed(root, tail)

    @classmethod
    def _from_parsed(cls, root, tail):
        self = _new(cls)
        self._root = root
        self._tail = tail
        self._str = _format(root, tail)
        self._hash = None
        return self

    def _make_child_relpath(self, name):
        p = _new(type(self))
        p._root = self._root
        tail = self._tail
        p._tail = tail + (name,)
        p._str = self._str + "/" + name if tail else self._root + name
        p._hash = None
        return p

    def _make_child(self, args):
        root, tail = _parse_args(args)
        if root:
            return self._from_parsed(root, tail)
        return self._from_parsed(self._root, self._tail + tail)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        """The path with forward slashes (always, for POSIX paths)."""
        return self._str

    def __bytes__(self):
        return os.fsencode(self._str)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._str)

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(self._str))

    @property
    def _cparts(self):
        if self._root:
            return [self._root] + list(self._tail)
        return list(self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash((self._root,) + self._tail)
        return h

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive: always '' for POSIX paths."""
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        """The final component, or ''."""
        tail = self._tail
        return tail[-1] if tail else ""

    @property
    def suffix(self):
        """The final component's last suffix ('.gz' of 'a.tar.gz'), or ''."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _split_root(name)
        if not name or name[-1] == "/" or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + (name,))

    def relative_to(self, *other):
        """The path relative to other; ValueError if it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        root = self._root
        abs_parts = ["", root] + list(self._tail) if root else list(self._tail)
        to_root, to_tail = _parse_args(other)
        to_abs = ["", to_root] + list(to_tail) if to_root else list(to_tail)
        n = len(to_abs)
        if (root if n == 0 else abs_parts[:n] != to_abs):
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(self._str, to_root + "/".join(to_tail)))
        return self._from_parsed(root if n == 1 else "", tuple(abs_parts[n:]))

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        tail = self._tail
        if not tail:
            return self
        return self._from_parsed(self._root, tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob-style pattern, from the right
        (from the root for an absolute pattern)."""
        root, pat = _split_root(path_pattern)
        if not pat:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        tail = self._tail
        if root:
            if len(pat) != len(tail):
                return False
        elif len(pat) > len(tail):
            return False
        for part, p in zip(reversed(tail), reversed(pat)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True



class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""

    __slots__ = ()


# ---------------------------------------------------------------- globbing

def _is_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _make_selector(parts):
    # A pattern ending in '/' ends in '': its last component must be a
    # directory, and that directory is the match.
    if not parts or parts == ("",):
        return _Terminating()
    pat = parts[0]
    rest = parts[1:]
    if pat == "**":
        return _RecursiveWildcard(rest)
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard(pat):
        return _Wildcard(pat, rest)
    return _Precise(pat, rest)


def _entries(path, need_dirs=True):
    """(name, is_dir, is_link) for the entries of a directory; is_dir
    follows symbolic links, and is False when the target cannot be
    reached (or, without need_dirs, for anything not known to be a
    directory without a stat call)."""
    out = []
    for name, kind, ino in _os.scandir(path._str):
        if need_dirs and (kind == 3 or kind == 0):
            try:
                d = _os_stat(path._str + "/" + name).st_mode & _S_IFMT == 0o040000
            except OSError as e:
                if not _ignore_error(e):
                    raise
                d = False
            out.append((name, d, kind == 3))
        else:
            out.append((name, kind == 1, False))
    return out


class _Selector:
    def __init__(self, rest):
        self.successor = _make_selector(rest)
        self.dironly = bool(rest)

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _Terminating:
    def _select_from(self, parent_path):
        yield parent_path


class _Precise(_Selector):
    def __init__(self, name, rest):
        self.name = name
        _Selector.__init__(self, rest)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                yield from self.successor._select_from(path)
        except PermissionError:
            return


def _compile_pattern(pat):
    """A function telling whether a name matches a wildcard pattern; '*'
    followed by literal text is an endswith test."""
    rest = pat[1:]
    if pat[:1] == "*" and not _is_wildcard(rest):
        if not rest:
            return lambda name: True
        return lambda name: name.endswith(rest)
    return _re.compile(_fnmatch.translate(pat)).fullmatch


class _Wildcard(_Selector):
    def __init__(self, pat, rest):
        self.match = _compile_pattern(pat)
        _Selector.__init__(self, rest)

    def _select_from(self, parent_path):
        try:
            entries = _entries(parent_path, self.dironly)
            match = self.match
            dironly = self.dironly
            successor = self.successor
            terminal = isinstance(successor, _Terminating)
            cls = type(parent_path)
            root = parent_path._root
            tail = parent_path._tail
            prefix = parent_path._str + "/" if tail else root
            for name, is_dir, is_link in entries:
                if dironly and not is_dir:
                    continue
                if match(name):
                    path = _new(cls)
                    path._root = root
                    path._tail = tail + (name,)
                    path._str = prefix + name
                    path._hash = None
                    if terminal:
                        yield path
                    else:
                        yield from successor._select_from(path)
        except PermissionError:
            return


class _RecursiveWildcard(_Selector):
    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            for name, is_dir, is_link in _entries(parent_path):
                if is_dir and not is_link:
                    path = parent_path._make_child_relpath(name)
                    yield from self._iterate_directories(path)
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            yielded = set()
            successor_select = self.successor._select_from
            for start in self._iterate_directories(parent_path):
                for p in successor_select(start):
                    if p not in yielded:
                        yield p
                        yielded.add(p)
        except PermissionError:
            return


# ---------------------------------------------------------------- concrete

class Path(PurePath):
    """A path on the file system. Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal "
                      "in Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The directory's entries as paths (no '.' or '..')."""
        # _make_child_relpath, inlined: this loop makes one path per entry.
        cls = type(self)
        root = self._root
        tail = self._tail
        prefix = self._str + "/" if tail else root
        for name in _listdir(self._str):
            p = _new(cls)
            p._root = root
            p._tail = tail + (name,)
            p._str = prefix + name
            p._hash = None
            yield p

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """The paths below this one that match a relative pattern
        ('**' for this directory and every directory below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _split_root(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == "/":
            parts = parts + ("",)
        return _make_selector(parts).select_from(self)

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        root, parts = _split_root(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == "/":
            parts = parts + ("",)
        return _make_selector(("**",) + parts).select_from(self)

    def absolute(self):
        """The path made absolute from the current directory (without
        normalizing or resolving links)."""
        if self._root:
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with symbolic links resolved."""
        try:
            s = os.path.realpath(self._str, strict=strict)
        except OSError as e:
            if getattr(e, "errno", None) == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if getattr(e, "errno", None) == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return _os_stat(self._str)
        return _os_lstat(self._str)

    def lstat(self):
        return _os_lstat(self._str)

    def owner(self):
        """The name of the file's owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self._str),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times if it exists."""
        if exist_ok:
            try:
                os.utime(self._str, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self._str, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self._str, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def rename(self, target):
        """Rename to target; returns the new path."""
        os.rename(self._str, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self._str, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self._str)

    def hardlink_to(self, target):
        os.link(target, self._str)

    def link_to(self, target):
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for "
                      "removal in Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(self._str, target)

    def exists(self):
        try:
            _os_stat(self._str)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        """The file-type bits, or None when there is nothing there."""
        try:
            st = _os_stat(self._str) if follow else _os_lstat(self._str)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None
        return st.st_mode & _S_IFMT

    def is_dir(self):
        return self._mode() == 0o040000

    def is_file(self):
        return self._mode() == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def is_block_device(self):
        return self._mode() == 0o060000

    def is_char_device(self):
        return self._mode() == 0o020000

    def is_fifo(self):
        return self._mode() == 0o010000

    def is_socket(self):
        return self._mode() == 0o140000

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        """The path with a leading '~' replaced by the home directory."""
        tail = self._tail
        if not self._root and tail and tail[0][:1] == "~":
            home = os.path.expanduser(tail[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts((home,) + tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()
