"""HTML escaping: escape() and unescape() (named and numeric character
references, with the HTML5 rules for invalid and legacy references)."""

from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references to these code points give the windows-1252 character
# (the HTML5 "numeric character reference end state" table).
_invalid_charrefs = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a",
    0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
    0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152",
    0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018",
    0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013",
    0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
    0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}


def _invalid_codepoint(cp):
    if 0x1 <= cp <= 0x8 or cp == 0xb or 0xe <= cp <= 0x1f or 0x7f <= cp <= 0x9f:
        return True
    if 0xfdd0 <= cp <= 0xfdef:
        return True
    return (cp & 0xfffe) == 0xfffe and cp <= 0x10ffff


def _numeric(num):
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    if _invalid_codepoint(num):
        return ""
    return chr(num)


_name_stop = "\t\n\f <&#;"
_hex = "0123456789abcdefABCDEF"


def _reference(s, i):
    """s[i] == '&'.  Returns (replacement, end) or None if nothing matches."""
    n = len(s)
    j = i + 1
    if j < n and s[j] == "#":
        j += 1
        if j < n and s[j] in "xX":
            k = j + 1
            while k < n and s[k] in _hex:
                k += 1
            if k == j + 1:
                return None
            value = _numeric(int(s[j + 1:k], 16))
        else:
            k = j
            while k < n and "0" <= s[k] <= "9":
                k += 1
            if k == j:
                return None
            value = _numeric(int(s[j:k]))
        if k < n and s[k] == ";":
            k += 1
        return value, k
    k = j
    while k < n and k - j < 32 and s[k] not in _name_stop:
        k += 1
    if k == j:
        return None
    if k < n and s[k] == ";":
        k += 1
    name = s[j:k]
    if name in _html5:
        return _html5[name], k
    for x in range(len(name) - 1, 1, -1):
        if name[:x] in _html5:
            return _html5[name[:x]] + name[x:], k
    return "&" + name, k


def unescape(s):
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        r = _reference(s, j)
        if r is None:
            out.append("&")
            i = j + 1
        else:
            out.append(r[0])
            i = r[1]
    return "".join(out)
