"""Regular expressions, as CPython 3.11's re: the engine is the native
_sre module; flags, Pattern and Match objects and replacement templates
live here."""

from _weft import generic_alias as _GenericAlias
import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        return _flags_repr(int(self))

    __str__ = __repr__

    def __invert__(self):
        return self.__class__(~int(self) & 511)


RegexFlag.__module__ = "re"

_FLAG_NAMES = [
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"),
    (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"),
    (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"),
]


_FLAG_ORDER = [_FLAG_NAMES[k] for k in (8, 1, 2, 5, 3, 4, 6, 0, 7)]


def _flags_repr(value):
    if value == 0:
        return "re.NOFLAG"
    parts = []
    rest = value & 511 if value < 0 else value
    for b, n in _FLAG_ORDER:
        if rest & b:
            parts.append(n)
            rest &= ~b
    if rest:
        parts.append(hex(rest))
    return "|".join(parts)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _fix_flags(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= 32
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_kflags")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            parts = [n for b, n in _FLAG_NAMES if flags & b]
            if flags & ~511:
                parts.append(hex(flags & ~511))
            return "re.compile(%s, %s)" % (text, "|".join(parts))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        r = _sre.match(self.pattern, self._kflags, string, pos, endpos, 0, -1)
        return None if r is None else _new_match(self, string, pos, endpos, r)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        r = _sre.match(self.pattern, self._kflags, string, pos, endpos, 1, -1)
        return None if r is None else _new_match(self, string, pos, endpos, r)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        r = _sre.match(self.pattern, self._kflags, string, pos, endpos, 2, -1)
        return None if r is None else _new_match(self, string, pos, endpos, r)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self.pattern, self._kflags, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(_Scanner(self, string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return _sre.split(self.pattern, self._kflags, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if not callable(repl):
            tpl = _template(self, repl)
            if type(tpl[0]) is type(string) or type(tpl[0]) is int or len(tpl) > 1:
                if count < 0:
                    return string[:0] + string, 0
                return _sre.sub(self.pattern, self._kflags, string, count, tpl)
            fn = None
        else:
            fn = repl
        if count < 0:
            found = []
        else:
            found = _sre.scan(self.pattern, self._kflags, string, 0, _MAXSIZE, count)
        parts = []
        last = 0
        for sp in found:
            if sp[1] > last:
                parts.append(string[last:sp[1]])
            if fn is None:
                parts.append(repl)
            else:
                parts.append(fn(_new_match(self, string, 0, _MAXSIZE, sp)))
            last = sp[2]
        parts.append(string[last:])
        return string[:0].join(parts), len(found)


def _expand(tpl, string, sp):
    out = []
    for t in tpl:
        if isinstance(t, int):
            s = sp[2 * t + 1]
            if s >= 0:
                out.append(string[s:sp[2 * t + 2]])
        else:
            out.append(t)
    return string[:0].join(out)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DEC = "0123456789"


def _template(pattern, repl):
    """The parts of a replacement template: texts and group numbers."""
    is_bytes = isinstance(pattern.pattern, bytes)
    if not isinstance(repl, bytes if is_bytes else str):
        # The join of the parts reports the wrong type, as in CPython.
        return [repl]
    text = repl.decode("latin-1") if is_bytes else repl
    if "\\" not in text:
        return [repl]
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def group_ref(num, at):
        if num > groups:
            raise error("invalid group reference %d" % num, repl, at)
        parts.append("".join(lit))
        lit.clear()
        parts.append(num)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", repl, i)
            i += 1
            name_at = i
            close = text.find(">", i)
            if close < 0:
                if i >= n:
                    raise error("missing group name", repl, name_at)
                raise error("missing >, unterminated name", repl, name_at)
            name = text[i:close]
            i = close + 1
            if not name:
                raise error("missing group name", repl, name_at)
            if name.isdigit() and name.isascii():
                group_ref(int(name), name_at)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group_ref(pattern._groupindex[name], name_at)
            else:
                raise error("bad character in group name '%s'" % name, repl, name_at)
        elif c == "0":
            v = 0
            for _ in range(2):
                if i < n and text[i] in _OCT:
                    v = v * 8 + int(text[i])
                    i += 1
            lit.append(chr(v))
        elif c in _DEC:
            if (i < n and text[i] in _DEC):
                if (c in _OCT and text[i] in _OCT and i + 1 < n and text[i + 1] in _OCT):
                    v = int(text[i - 1:i + 2], 8)
                    i += 2
                    if v > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377"
                                    % text[start:i], repl, start)
                    lit.append(chr(v))
                    continue
                num = int(text[i - 1:i + 1])
                i += 1
            else:
                num = int(c)
            group_ref(num, start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, repl, start)
        else:
            lit.append("\\" + c)
    parts.append("".join(lit))
    if is_bytes:
        return [p if isinstance(p, int) else p.encode("latin-1") for p in parts if p != ""]
    return [p for p in parts if p != ""] or [""]


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "_sp", "lastindex")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                i = -1
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._sp[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:self._sp[2 * i + 2]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        sp = self._sp
        s = self.string
        out = []
        for k in range(3, len(sp), 2):
            a = sp[k]
            out.append(s[a:sp[k + 1]] if a >= 0 else default)
        return tuple(out)

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._sp[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._sp[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._sp[2 * i + 1], self._sp[2 * i + 2])

    @property
    def regs(self):
        return tuple((self._sp[2 * i + 1], self._sp[2 * i + 2])
                     for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand(_template(self.re, template), self.string, self._sp)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._sp[1], self._sp[2], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(_GenericAlias)


Pattern.__module__ = "re"
Match.__module__ = "re"


def _new_match(pattern, string, pos, endpos, sp):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    if pos != 0 or endpos != _MAXSIZE:
        n = len(string)
        pos = 0 if pos < 0 else (n if pos > n else pos)
        endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
        m.pos = pos
        m.endpos = endpos if endpos > pos else pos
    else:
        m.pos = 0
        m.endpos = len(string)
    m._sp = sp
    m.lastindex = sp[0]
    return m


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._no_empty = -1

    def _next(self, mode):
        p = self.pattern
        sp = _sre.match(p.pattern, p._kflags, self._string, self._pos, self._endpos,
                        mode, self._no_empty)
        if sp is None:
            return None
        self._no_empty = sp[2] if sp[1] == sp[2] else -1
        self._pos = sp[2]
        return _new_match(p, self._string, self._pos, self._endpos, sp)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    r = _sre.compile(pattern, flags)
    if r[0] is None:
        kind, msg, pos = r[1], r[2], r[3]
        if kind == "overflow":
            raise OverflowError(msg)
        if kind == "recursion":
            raise RecursionError(msg)
        if pos is None:
            raise error(msg)
        raise error(msg, pattern, pos)
    final = _fix_flags(pattern, r[0])
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = int(final)
    p.groups = r[1]
    p._groupindex = dict(r[2])
    p._kflags = flags
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()


def template(pattern, flags=0):
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = str(pattern, "latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
