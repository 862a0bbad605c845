"""Extract, format and print exceptions and stacks the way the
interpreter does (the formatting itself is the VM's, via _weft)."""

import sys
import _weft

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack",
           "walk_tb"]

_sentinel = object()


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += "    {}\n".format(f.line.strip())
            result.append(row)
        return result


def _summary(entries, limit):
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    return StackSummary.from_list(entries)


def _exc_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, BaseException):
        return exc
    return None


def extract_tb(tb, limit=None):
    if tb is None:
        return StackSummary()
    return _summary(_weft.tb_entries(tb), limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def _split_report(text):
    # One string per header, frame (with its source line) and message line.
    out = []
    for line in text.splitlines(True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception_only(exc, /, value=_sentinel):
    e = _exc_of(exc, value)
    if e is None:
        name = "NoneType" if exc is None else getattr(exc, "__name__", str(exc))
        return ["%s: None\n" % name if exc is None else name + "\n"]
    text = _weft.exception_line(e)
    lines = []
    if isinstance(e, SyntaxError):
        # The location, source and caret lines come first, one item each.
        parts = text.split("\n")
        while len(parts) > 1 and parts[0].startswith(("  File ", "    ")):
            lines.append(parts.pop(0) + "\n")
        text = "\n".join(parts)
    lines.append(text + "\n")
    notes = getattr(e, "__notes__", None)
    if notes is None:
        return lines
    if not isinstance(notes, (list, tuple, str)):
        try:
            text = repr(notes)
        except Exception:
            text = "<__notes__ repr() failed>"
        return lines + [text + "\n"]
    for note in notes:
        try:
            text = str(note)
        except Exception:
            text = "<note str() failed>"
        lines.extend(part + "\n" for part in text.split("\n"))
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _exc_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    if not chain or limit is not None:
        lines = []
        entries = _weft.tb_entries(e)
        if entries and limit != 0:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(_summary(entries, limit).format())
        lines.extend(format_exception_only(e))
        return lines
    return _split_report(_weft.format_exception(e))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_stack(f=None, limit=None):
    # Leave out this function's own frame.
    return _summary(_weft.stack_entries(1), limit)


def format_stack(f=None, limit=None):
    return _summary(_weft.stack_entries(1), limit).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in _summary(_weft.stack_entries(1), limit).format():
        print(item, file=file, end="")


def clear_frames(tb):
    pass


def walk_tb(tb):
    for entry in extract_tb(tb):
        yield entry, entry.lineno


def walk_stack(f):
    for entry in reversed(extract_stack()):
        yield entry, entry.lineno


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit) if exc_value is not None else StackSummary()
        self._str = str(exc_value) if exc_value is not None else ""
        self.__cause__ = None
        self.__context__ = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, chain=chain)
