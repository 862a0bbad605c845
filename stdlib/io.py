"""In-memory streams (StringIO, BytesIO) and open()."""

__all__ = ["StringIO", "BytesIO", "open", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "IOBase", "TextIOBase"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")


TextIOBase = IOBase


class _Buffer(IOBase):
    """Shared logic of StringIO and BytesIO: a list of chunks joined
    lazily, and a position."""

    _empty = ""

    def __init__(self, initial):
        self._value = initial
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_closed()
        return self._value

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and isinstance(self._value, str):
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and isinstance(self._value, str):
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._value)
        else:
            end = min(len(self._value), self._pos + size)
        start = min(self._pos, len(self._value))
        data = self._value[start:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_closed()
        v = self._value
        start = min(self._pos, len(v))
        nl = "\n" if isinstance(v, str) else b"\n"
        i = v.find(nl, start)
        end = len(v) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return v[start:end]

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        v = self._value
        n = len(s)
        if self._pos > len(v):
            v = v + self._pad(self._pos - len(v))
        if self._pos == len(v):
            v = v + s
        else:
            v = v[:self._pos] + s + v[self._pos + n:]
        self._value = v
        self._pos += n
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._value = self._value[:size]
        return size


class StringIO(_Buffer):
    """A text stream kept in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        super().__init__(initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def _pad(self, n):
        return "\0" * n

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_Buffer):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        super().__init__(bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def _check_closed(self):
        # CPython's BytesIO ends this message with a period; StringIO not.
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, b):
        # Any bytes-like object (bytearray, memoryview, array) is written
        # as its bytes.
        self._check_closed()
        if not isinstance(b, bytes):
            try:
                b = memoryview(b).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(b).__name__) from None
        return super().write(b)

    def _pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        return self._value

    def read1(self, size=-1):
        return self.read(size)
