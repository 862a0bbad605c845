"""JSONEncoder. encode() is native (_json.encode) unless a subclass
replaces iterencode(); iterencode() yields the text in pieces, lazily, as
CPython's does (json.dump uses the native encoder unless iterencode() is
replaced)."""

import _json

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


def encode_basestring(s):
    """The JSON literal of s, non-ASCII characters kept."""
    return _json.encode_str(s, False)


def encode_basestring_ascii(s):
    """The JSON literal of s with everything outside ASCII escaped."""
    return _json.encode_str(s, True)


class JSONEncoder:
    """Turns Python data into JSON text; override default() for more types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} "
                        f"is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return _json.encode_str(o, self.ensure_ascii)
        if type(self).iterencode is JSONEncoder.iterencode:
            return self._encode(o, False)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def _encode(self, o, partial):
        return _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                            self.allow_nan, self.sort_keys, self.indent,
                            (self.item_separator, self.key_separator), self.default,
                            partial)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as a generator of pieces."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        markers = {} if self.check_circular else None
        return _Pieces(self, markers, indent).value(o, 0)


class _Pieces:
    """One iterencode() run: its options, markers and indentation."""

    def __init__(self, enc, markers, indent):
        self.enc = enc
        self.markers = markers
        self.indent = indent
        self.ascii = enc.ensure_ascii

    def float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: "
                             + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        if isinstance(o, str):
            yield _json.encode_str(o, self.ascii)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.float(o)
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(o)

    def opening(self, bracket, level):
        if self.indent is None:
            return bracket, self.enc.item_separator, ""
        newline = "\n" + self.indent * (level + 1)
        return (bracket + newline, self.enc.item_separator + newline,
                "\n" + self.indent * level)

    def array(self, o, level):
        if not o:
            yield "[]"
            return
        self.enter(o)
        first, sep, last = self.opening("[", level)
        head = first
        for v in o:
            yield head
            head = sep
            yield from self.value(v, level + 1)
        yield last + "]"
        self.leave(o)

    def object(self, o, level):
        if not o:
            yield "{}"
            return
        self.enter(o)
        first, sep, last = self.opening("{", level)
        yield first
        head = ""
        items = sorted(o.items()) if self.enc.sort_keys else o.items()
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self.float(k)
            elif k is True:
                k = "true"
            elif k is False:
                k = "false"
            elif k is None:
                k = "null"
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {k.__class__.__name__}")
            yield head
            head = sep
            yield _json.encode_str(k, self.ascii) + self.enc.key_separator
            yield from self.value(v, level + 1)
        yield last + "}"
        self.leave(o)
