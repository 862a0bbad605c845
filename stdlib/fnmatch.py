"""Shell-style wildcard matching: fnmatch, fnmatchcase, filter, translate.

Matching is done by a small backtracking matcher over the parsed pattern,
not through `re`; translate() still returns the regular expression text
CPython produces.
"""

import os as _os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _normcase(s):
    # POSIX: case-sensitive, nothing to do
    return s


def _parse_set(pat, i, n):
    """At pat[i] just after '['.  Returns (token, next index) or None."""
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None
    body = pat[i:j]
    negate = False
    if body.startswith("!"):
        negate = True
        body = body[1:]
        if body == "":
            # '[!]' cannot happen here (']' would be taken as a member)
            pass
    items = []
    p = 0
    m = len(body)
    while p < m:
        c = body[p]
        if p + 2 < m and body[p + 1] == "-":
            items.append((c, body[p + 2]))
            p += 3
        else:
            items.append((c, c))
            p += 1
    return ("set", negate, items), j + 1


def _compile(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1][0] != "star":
                tokens.append(("star",))
        elif c == "?":
            tokens.append(("any",))
        elif c == "[":
            parsed = _parse_set(pat, i, n)
            if parsed is None:
                tokens.append(("lit", "["))
            else:
                tokens.append(parsed[0])
                i = parsed[1]
        else:
            tokens.append(("lit", c))
    return tokens


def _one(tok, ch):
    kind = tok[0]
    if kind == "lit":
        return tok[1] == ch
    if kind == "any":
        return True
    inside = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != tok[1]


def _match(tokens, name):
    ti = 0
    ni = 0
    star_ti = -1
    star_ni = 0
    nt = len(tokens)
    nn = len(name)
    while ni < nn:
        if ti < nt and tokens[ti][0] == "star":
            star_ti = ti
            star_ni = ni
            ti += 1
        elif ti < nt and _one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_ti >= 0:
            star_ni += 1
            ni = star_ni
            ti = star_ti + 1
        else:
            return False
    while ti < nt and tokens[ti][0] == "star":
        ti += 1
    return ti == nt


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) >= 32768:
            _cache.clear()
        tokens = _cache[pat] = _compile(pat)
    return tokens


def fnmatchcase(name, pat):
    if isinstance(pat, bytes):
        pat = pat.decode("latin-1")
        name = name.decode("latin-1")
    return _match(_tokens(pat), name)


def fnmatch(name, pat):
    name = _os.fspath(name) if hasattr(_os, "fspath") else name
    pat = _os.fspath(pat) if hasattr(_os, "fspath") else pat
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    tokens = _tokens(_normcase(pat))
    return [name for name in names if _match(tokens, _normcase(name))]


_special = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(s):
    return "".join("\\" + c if c in _special else c for c in s)


def translate(pat):
    STAR = object()
    res = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] is not STAR:
                res.append(STAR)
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
                continue
            stuff = pat[i:j]
            if "-" not in stuff:
                stuff = stuff.replace("\\", "\\\\")
            else:
                chunks = []
                k = i + 2 if pat[i] == "!" else i + 1
                while True:
                    k = pat.find("-", k, j)
                    if k < 0:
                        break
                    chunks.append(pat[i:k])
                    i = k + 1
                    k = k + 3
                chunk = pat[i:j]
                if chunk:
                    chunks.append(chunk)
                else:
                    chunks[-1] += "-"
                for k in range(len(chunks) - 1, 0, -1):
                    if chunks[k - 1][-1] > chunks[k][0]:
                        chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                        del chunks[k]
                stuff = "-".join(s.replace("\\", "\\\\").replace("-", "\\-") for s in chunks)
            stuff = "".join("\\" + ch if ch in "&~|" else ch for ch in stuff)
            i = j + 1
            if not stuff:
                res.append("(?!)")
            elif stuff == "!":
                res.append(".")
            else:
                if stuff[0] == "!":
                    stuff = "^" + stuff[1:]
                elif stuff[0] in ("^", "["):
                    stuff = "\\" + stuff
                res.append("[%s]" % stuff)
        else:
            res.append(_escape(c))
    out = []
    i = 0
    n = len(res)
    while i < n and res[i] is not STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and res[i] is not STAR:
            fixed.append(res[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return "(?s:%s)\\Z" % "".join(out)
