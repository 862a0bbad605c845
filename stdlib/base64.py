"""Base16, base32, base64, Ascii85 and base85 encodings (RFC 4648 and
friends). The per-byte work is native: binascii for base64 and hex,
_base64 for the rest; this module checks arguments as CPython's does."""

import binascii
import _base64

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


# Decoders take ASCII text as well as any bytes-like object.
_bytes_from_decode_data = _base64.decode_data

# b64encode(s, altchars=None) and b64decode(s, altchars=None,
# validate=False) are native whole: they are called often on short data.
b64encode = _base64.b64encode
b64decode = _base64.b64decode


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')

urlsafe_b64encode = _base64.urlsafe_b64encode
urlsafe_b64decode = _base64.urlsafe_b64decode


def b32encode(s):
    return _base64.b32encode(s, False)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    return _base64.b32decode(s, False)


def b32hexencode(s):
    return _base64.b32encode(s, True)


def b32hexdecode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if casefold:
        s = s.upper()
    return _base64.b32decode(s, True)


def b16encode(s):
    return binascii.hexlify(s).upper()


b16decode = _base64.b16decode


_A85START = b"<~"
_A85END = b"~>"


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    return _base64.a85encode(b, foldspaces, wrapcol, pad, adobe)


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    return _base64.a85decode(b, foldspaces, adobe, ignorechars)


def b85encode(b, pad=False):
    return _base64.b85encode(b, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    return _base64.b85decode(b)


def encode(input, output):
    """Encode a binary file into base64 lines of MAXLINESIZE characters."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file of base64 lines into a binary file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        msg = "expected bytes-like object, not %s" % s.__class__.__name__
        raise TypeError(msg) from err
    if m.format not in ('c', 'b', 'B'):
        msg = ("expected single byte elements, not %r from %s" %
               (m.format, s.__class__.__name__))
        raise TypeError(msg)
    if m.ndim != 1:
        msg = ("expected 1-D data, not %d-D data from %s" %
               (m.ndim, s.__class__.__name__))
        raise TypeError(msg)


def encodebytes(s):
    """Base64 lines of at most MAXLINESIZE characters, each ending in a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode base64 lines, as encodebytes makes them."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
