"""Path manipulation (POSIX rules): join, split, dirname, basename,
splitext, exists, isdir, isfile, abspath, normpath, ..."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"


def _fs(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is not None:
        r = f(p)
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def isabs(s):
    s = _fs(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components, restarting at any absolute one."""
    path = _fs(a)
    sep = _sep(path)
    try:
        for b in map(_fs, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except TypeError:
        if all(isinstance(x, (str, bytes)) for x in (path,) + tuple(map(_fs, p))):
            raise TypeError("Can't mix strings and bytes in path components") from None
        raise
    return path


def split(p):
    p = _fs(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def basename(p):
    p = _fs(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _fs(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def normpath(path):
    """Collapse redundant separators and up-level references."""
    path = _fs(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial = 1 if path.startswith(sep) else 0
    if initial and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial = 2
    comps = path.split(sep)
    new = []
    for comp in comps:
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not new) or (new and new[-1] == dotdot):
            new.append(comp)
        elif new:
            new.pop()
    path = sep.join(new)
    if initial:
        path = sep * initial + path
    return path or dot


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The path with every symbolic link resolved; with strict, a missing
    component or a link loop raises OSError."""
    p = abspath(filename)
    pending = p.split("/")[::-1]
    resolved = ""
    hops = 0
    while pending:
        comp = pending.pop()
        if comp in ("", "."):
            continue
        if comp == "..":
            resolved = resolved[:resolved.rfind("/")]
            continue
        candidate = resolved + "/" + comp
        try:
            st = _os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if st.st_mode & 0o170000 != 0o120000:
            resolved = candidate
            continue
        hops += 1
        if hops > 40:
            if strict:
                raise OSError(40, "Too many levels of symbolic links", candidate)
            resolved = candidate
            for rest in pending[::-1]:
                resolved = normpath(resolved + "/" + rest)
            return resolved
        target = _os.readlink(candidate)
        if target.startswith("/"):
            resolved = ""
        pending.extend(target.split("/")[::-1])
    return resolved or "/"


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = abspath(start if start is not None else curdir)
    path = abspath(path)
    s = [x for x in start.split("/") if x]
    p = [x for x in path.split("/") if x]
    i = 0
    while i < min(len(s), len(p)) and s[i] == p[i]:
        i += 1
    rel = [pardir] * (len(s) - i) + p[i:]
    return join(*rel) if rel else curdir


def exists(path):
    try:
        return _os.exists(path)
    except (OSError, ValueError):
        return False


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    try:
        return _os.isdir(s)
    except (OSError, ValueError):
        return False


def isfile(path):
    try:
        return _os.isfile(path)
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _os.lstat(path).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError, AttributeError):
        return False


def ismount(path):
    try:
        s1 = _os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    parent = join(_fs(path), "..")
    try:
        s2 = _os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_os.stat(f1), _os.stat(f2))


def expanduser(path):
    """~ and ~user at the start replaced by the home directory ($HOME, or
    the password database); unchanged when it cannot be found."""
    path = _fs(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get("HOME")
        if userhome is None:
            import pwd
            try:
                userhome = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        import pwd
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode()
        try:
            userhome = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


supports_unicode_filenames = False
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def normcase(s):
    """POSIX paths are case-sensitive: s itself (checked to be a path)."""
    return _fs(s)


def sameopenfile(fp1, fp2):
    return samestat(_os.stat(fp1), _os.stat(fp2))


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all
    relative)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fs, paths))
    try:
        split_paths = [p.split("/") for p in paths]
        try:
            isabs_, = set(p[:1] == "/" for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != "."] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = "/" if isabs_ else ""
        return prefix + "/".join(common)
    except (TypeError, AttributeError):
        raise


def expandvars(path):
    """$name and ${name} replaced by environment variables; unknown names
    stay as they are."""
    path = _fs(path)
    if "$" not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() and path[j].isascii() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)
