"""Lines of source files, read once and cached: getline, getlines,
clearcache, checkcache, updatecache, lazycache."""

import os as _os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = _os.stat(fullname)
        except (OSError, ValueError, AttributeError):
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _read(fullname):
    with open(fullname, encoding="utf-8") as fp:
        return fp.readlines()


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    if filename in cache and len(cache[filename]) == 1:
        lines = cache[filename][0]()
        if lines is not None:
            lines = [line if line.endswith("\n") else line + "\n"
                     for line in lines.splitlines(True)] if isinstance(lines, str) else lines
            cache[filename] = (len("".join(lines)), None, lines, filename)
            return lines
    fullname = filename
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size = len("".join(lines))
    mtime = None
    try:
        st = _os.stat(fullname)
        size, mtime = st.st_size, st.st_mtime
    except Exception:
        pass
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if module_globals and "__name__" in module_globals:
        loader = module_globals.get("__loader__")
        get_source = getattr(loader, "get_source", None)
        if get_source is not None:
            name = module_globals["__name__"]
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
