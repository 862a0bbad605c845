"""HMAC (keyed hashing for message authentication), RFC 2104, over any
hashlib algorithm. The one-shot `digest()` by name runs natively."""

import _hashlib
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The module does not fix one digest size (PEP 247 asks for the name).
digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object (optionally fed `data`) for
    any of the forms `digestmod` may take."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        import hashlib
        return lambda d=b'': hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC. Use `hmac.new()` to make one."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _final(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object, as bytes; the
        object stays usable."""
        return self._final().digest()

    def hexdigest(self):
        """Like digest(), as a string of hexadecimal digits."""
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline HMAC of `msg` with `key`; `digest` is a hash name, a
    hash constructor or a module with `new`."""
    if isinstance(digest, str):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except ValueError:
            pass
    return HMAC(key, msg, digest).digest()
