"""JSONDecoder and JSONDecodeError; the parsing itself is native (_json)."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]

scanstring = _json.scanstring


class JSONDecodeError(ValueError):
    """A ValueError with the position of the problem: msg, doc, pos,
    lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


class JSONDecoder:
    """Parses JSON text into Python data."""

    parse_string = staticmethod(scanstring)

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _constant_hook(self):
        # The default table gives what the native parser makes by itself.
        c = self.parse_constant
        if c == _CONSTANTS.__getitem__:
            return None
        return c

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str)."""
        if type(self).raw_decode is not JSONDecoder.raw_decode:
            obj, end = self.raw_decode(s, _skip_ws(s, 0))
            end = _skip_ws(s, end)
            if end != len(s):
                raise JSONDecodeError("Extra data", s, end)
            return obj
        return _json.decode(s, 0, True, self.strict, self.object_hook,
                            self.object_pairs_hook, self.parse_float,
                            self.parse_int, self._constant_hook())

    def raw_decode(self, s, idx=0):
        """The value starting at s[idx] and the index where it ends."""
        return _json.decode(s, idx, False, self.strict, self.object_hook,
                            self.object_pairs_hook, self.parse_float,
                            self.parse_int, self._constant_hook())

    def scan_once(self, s, idx):
        # The scanner protocol: a missing value is StopIteration(position).
        try:
            return JSONDecoder.raw_decode(self, s, idx)
        except JSONDecodeError as e:
            if e.msg == "Expecting value":
                raise StopIteration(e.pos) from None
            raise


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in " \t\n\r":
        i += 1
    return i
