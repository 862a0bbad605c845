"""Interpret bytes as packed binary data: the native _struct functions,
with the Struct class and iter_unpack over them."""

import _struct
from _struct import (pack, pack_into, unpack, unpack_from, calcsize, error,
                     _clearcache)

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class Struct:
    """A compiled format: pack/unpack with the format and size it keeps."""
    __module__ = "_struct"
    __slots__ = ("_format", "_size")

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                            + type(format).__name__)
        self._size = calcsize(format)
        self._format = format.decode("ascii") if isinstance(format, bytes) else format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return unpack_iterator(self._format, buffer)


class unpack_iterator:
    """The items of a buffer unpacked one format-size piece at a time."""
    __module__ = "_struct"
    __slots__ = ("_format", "_buffer", "_step", "_pos", "_end")

    def __init__(self, format, buffer):
        step, end = _struct._iter_size(format, buffer)
        self._format = format
        self._buffer = buffer
        self._step = step
        self._pos = 0
        self._end = end

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        if pos >= self._end:
            raise StopIteration
        self._pos = pos + self._step
        return unpack_from(self._format, self._buffer, pos)

    def __length_hint__(self):
        return (self._end - self._pos) // self._step


def iter_unpack(format, buffer):
    """An iterator unpacking successive format-size pieces of buffer."""
    return unpack_iterator(format, buffer)
