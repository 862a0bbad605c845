"""Secure hashes and message digests. The algorithms are native (the
`_hashlib` module, built on RustCrypto's crates); this module names them
as CPython's hashlib does."""

import _hashlib
from _hashlib import pbkdf2_hmac, blake2b, blake2s

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset(_hashlib._guaranteed)
algorithms_available = frozenset(_hashlib._guaranteed + _hashlib._available_extra)

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm, optionally initialized with data."""
    if name == 'blake2b':
        return blake2b(data, **kwargs)
    if name == 'blake2s':
        return blake2s(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for binary reading;
    `digest` is a hash name or a callable making a hash object."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        # BytesIO: hash its buffer in one go.
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readable') and fileobj.readable()
            and hasattr(fileobj, 'read')):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )
    while True:
        chunk = fileobj.read(_bufsize)
        if isinstance(chunk, str):
            raise ValueError(
                f"'{fileobj!r}' is not a file-like object in binary reading mode."
            )
        if not chunk:
            break
        h.update(chunk)
    return h
