"""Shell-like splitting and quoting: split, quote, join.

split() follows POSIX shell rules (quotes, backslash escapes, optional
'#' comments); posix=False keeps quotes in the words as CPython's
non-POSIX mode does.
"""

__all__ = ["split", "quote", "join"]

_whitespace = " \t\r\n"


def _split(s, comments, posix):
    words = []
    i = 0
    n = len(s)
    token = None
    while i < n:
        c = s[i]
        if c in _whitespace:
            if token is not None:
                words.append(token)
                token = None
            i += 1
            continue
        if comments and c == "#":
            if not posix and token:
                # non-POSIX mode: the comment is skipped and the word goes on
                nl = s.find("\n", i)
                if nl < 0:
                    break
                i = nl + 1
                continue
            if token is not None:
                words.append(token)
                token = None
            nl = s.find("\n", i)
            if nl < 0:
                break
            i = nl + 1
            continue
        if token is None:
            token = ""
        if c in "'\"" and (posix or token == ""):
            quote = c
            i += 1
            if not posix:
                token += c
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                d = s[i]
                if d == quote:
                    i += 1
                    if not posix:
                        token += d
                    break
                if posix and quote == '"' and d == "\\":
                    if i + 1 >= n:
                        raise ValueError("No escaped character")
                    e = s[i + 1]
                    if e in '"\\':
                        token += e
                    else:
                        token += d + e
                    i += 2
                    continue
                token += d
                i += 1
            if not posix:
                # a quoted word ends at its closing quote in non-POSIX mode
                words.append(token)
                token = None
            continue
        if posix and c == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            token += s[i + 1]
            i += 2
            continue
        token += c
        i += 1
    if token is not None:
        words.append(token)
    return words


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    return _split(s, comments, posix)


_safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    if not s:
        return "''"
    for c in s:
        if c not in _safe:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)
