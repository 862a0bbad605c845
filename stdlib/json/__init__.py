"""JSON encoding and decoding with CPython's output format and error
messages: dumps/dump, loads/load, JSONEncoder, JSONDecoder, JSONDecodeError.
The work is native (_json); this module picks the path and keeps the
classes' override points."""

import _json
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError",
           "JSONEncoder"]

# Tracebacks name it as CPython's does.
JSONDecodeError.__module__ = "json.decoder"

_encode = _json.encode
_loads = _json.loads


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None and not kw:
        return _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
                       sort_keys, indent, separators, default)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize obj as JSON to the file-like fp."""
    if cls is None and not kw:
        text, err = _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
                            sort_keys, indent, separators, default, True)
    else:
        if cls is None:
            cls = JSONEncoder
        enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
        if type(enc).iterencode is not JSONEncoder.iterencode:
            for piece in enc.iterencode(obj):
                fp.write(piece)
            return
        text, err = enc._encode(obj, True)
    # What CPython's piecewise encoder had written when it failed is
    # written before the error is raised.
    if text:
        fp.write(text)
    if err is not None:
        raise err


detect_encoding = _json.detect_encoding


def _text(s):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                        f"not {s.__class__.__name__}")
    encoding = detect_encoding(s)
    if encoding == "utf-8":
        return s.decode(encoding, "surrogatepass")
    return _json.decode_utf(s, encoding)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize a JSON document (str, bytes or bytearray) to Python data."""
    if cls is None and not kw:
        return _loads(s, object_hook, object_pairs_hook, parse_float, parse_int,
                      parse_constant)
    s = _text(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize JSON read from the file-like fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                 **kw)
