"""Reading and writing gzip files (RFC 1952), on the native zlib module.
GzipFile works over a file name or any binary file object; compress and
decompress work on bytes in memory."""

import io
import os
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 'rb', 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_CHUNK = 64 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _u32(n):
    return (n & 0xffffffff).to_bytes(4, "little")


def _xfl(level):
    # The "extra flags" byte tells readers how hard the compressor tried.
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(level, mtime, fname=b""):
    flags = FNAME if fname else 0
    out = b"\x1f\x8b\x08" + bytes([flags]) + _u32(int(mtime))
    out += bytes([_xfl(level), 255])
    if fname:
        out += fname + b"\x00"
    return out


class _HeaderReader:
    """Pulls bytes from a source of chunks for parsing member headers."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def until_nul(self):
        end = self.data.find(b"\x00", self.pos)
        if end < 0:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        b = self.data[self.pos:end]
        self.pos = end + 1
        return b


def _read_header(r):
    """Parse one member header at r.pos; returns its mtime, or None at the
    end of the data."""
    magic = r.data[r.pos:r.pos + 2]
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    r.take(2)
    method, flag = r.take(2)
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    mtime = int.from_bytes(r.take(4), "little")
    r.take(2)
    if flag & FEXTRA:
        n = int.from_bytes(r.take(2), "little")
        r.take(n)
    if flag & FNAME:
        r.until_nul()
    if flag & FCOMMENT:
        r.until_nul()
    if flag & FHCRC:
        r.take(2)
    return mtime


def _decompress_members(data):
    """Every member of gzip `data`, decompressed and checked, and the last
    member's mtime."""
    out = []
    r = _HeaderReader(data)
    mtime = None
    while True:
        # Zero bytes may pad the end of a file (and separate members).
        while r.pos < len(data) and data[r.pos] == 0:
            r.pos += 1
        m = _read_header(r)
        if m is None:
            return b"".join(out), mtime
        mtime = m
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        member = d.decompress(data[r.pos:])
        if not d.eof:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        crc = int.from_bytes(rest[:4], "little")
        size = int.from_bytes(rest[4:8], "little")
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != (len(member) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(member)
        r.pos = len(data) - len(rest) + 8


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip bytes."""
    if mtime == 0:
        # zlib's own gzip wrapper (it writes mtime 0 and its OS byte).
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    data = memoryview(data) if not isinstance(data, bytes) else data
    return (_header(compresslevel, mtime) + body
            + _u32(zlib.crc32(data)) + _u32(len(data)))


def decompress(data):
    """Decompress gzip data (every member) and return the bytes."""
    return _decompress_members(bytes(data))[0]


class GzipFile(io.IOBase):
    """A file in gzip format, read or written through another binary file
    (a file name or `fileobj`). Reading decompresses the whole of the
    remaining input lazily, member by member, as it is asked for."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = __builtins__open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self._closed = False
        if mode.startswith('r'):
            self.mode = READ
            self._raw = fileobj
            self._buf = b""
            self._pos = 0
            self._done = False
            self._mtime = None
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will "
                              "change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._level = compresslevel
            self._crc = 0
            self._size = 0
            self._offset = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                              -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        if self.mode == READ and self._mtime is None and not self._done:
            self._fill_all()
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, level):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(level, mtime, fname))

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self.fileobj is None

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _fill_all(self):
        """Decompress everything left in the underlying file."""
        raw = self._raw.read()
        if raw is None:
            raw = b""
        data, mtime = _decompress_members(bytes(raw))
        self._buf = self._buf[self._pos:] + data
        self._pos = 0
        self._mtime = mtime
        self._done = True

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        if not self._done:
            self._fill_all()
        if size is None or size < 0:
            out = self._buf[self._pos:]
            self._pos = len(self._buf)
        else:
            out = self._buf[self._pos:self._pos + size]
            self._pos += len(out)
        return out

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_not_closed()
        if not self._done:
            self._fill_all()
        return self._buf[self._pos:]

    def readline(self, size=-1):
        self._check_not_closed()
        if not self._done:
            self._fill_all()
        end = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(_u32(self._crc))
                fileobj.write(_u32(self._size))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset if self.mode == WRITE else self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self._offset + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        if not self._done:
            self._fill_all()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            offset = len(self._buf) + offset
        self._pos = max(0, min(offset, len(self._buf)))
        return self._pos

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


class _TextFile(io.IOBase):
    """Text over a GzipFile (gzip.open with 't' in the mode)."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self.newline = newline
        self._closed = False
        self._text = None
        self._pos = 0

    def _load(self):
        if self._text is None:
            t = self.buffer.read().decode(self.encoding, self.errors)
            if self.newline is None:
                t = t.replace("\r\n", "\n").replace("\r", "\n")
            self._text = t

    def read(self, size=-1):
        self._load()
        if size is None or size < 0:
            out = self._text[self._pos:]
        else:
            out = self._text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._load()
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self.newline not in (None, "", "\n"):
            text = text.replace("\n", self.newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self._closed:
            self._closed = True
            self.buffer.close()

    @property
    def closed(self):
        return self._closed

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary or text mode; returns a GzipFile, or a
    text wrapper over one."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


__builtins__open = __import__("builtins").open
