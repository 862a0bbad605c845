"""Reading and writing CSV files, with CPython's dialects, quoting rules,
errors and messages (the parser and writer are written here in weft)."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


def field_size_limit(*args):
    """Set the largest field the parser accepts; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Params:
    """A checked, complete set of dialect parameters."""

    _names = ("delimiter", "quotechar", "escapechar", "doublequote",
              "skipinitialspace", "lineterminator", "quoting", "strict")

    def __init__(self, dialect=None, **kwargs):
        base = dialect
        if isinstance(dialect, str):
            base = get_dialect(dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if base is not None and hasattr(base, name):
                return getattr(base, name)
            return default

        for k in kwargs:
            if k not in self._names:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        self.delimiter = _char("delimiter", pick("delimiter", ","), False)
        self.doublequote = bool(pick("doublequote", True))
        self.escapechar = _char("escapechar", pick("escapechar", None), True)
        self.lineterminator = pick("lineterminator", "\r\n")
        self.quoting = pick("quoting", QUOTE_MINIMAL)
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        quotechar = pick("quotechar", '"')
        if not isinstance(self.quoting, int) or self.quoting not in range(4):
            raise TypeError('bad "quoting" value')
        if quotechar is None:
            if self.quoting != QUOTE_NONE and "quoting" in kwargs:
                raise TypeError("quotechar must be set if quoting enabled")
            self.quotechar = None
            if self.quoting != QUOTE_NONE:
                self.quoting = QUOTE_NONE
        else:
            self.quotechar = _char("quotechar", quotechar, False)
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string, not %s'
                            % type(self.lineterminator).__name__)


def _char(name, value, optional):
    if value is None and optional:
        return None
    if not isinstance(value, str):
        if value is None:
            raise TypeError('"%s" must be a 1-character string' % name)
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Params(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _Params(dialect if dialect is not None else excel, **fmtparams)
    _dialects[name] = _DialectValue(params)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


class _DialectValue:
    """A dialect as readers, writers and get_dialect show it."""

    def __init__(self, p):
        for n in _Params._names:
            setattr(self, n, getattr(p, n))


(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """The iterator reader() returns: one list of fields per record."""

    def __init__(self, lines, params):
        self._lines = iter(lines)
        self._p = params
        self.dialect = _DialectValue(params)
        self.line_num = 0

    def __iter__(self):
        return self

    def _add(self, field, c):
        if len(field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        field.append(c)

    def __next__(self):
        p = self._p
        fields = []
        field = []
        quoted = False
        state = START_RECORD
        delim, quote, esc = p.delimiter, p.quotechar, p.escapechar
        quoting = p.quoting

        def save():
            text = ''.join(field)
            field.clear()
            if quoting == QUOTE_NONNUMERIC and not quoted and text:
                text = float(text)
            fields.append(text)

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in (IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD, ESCAPED_CHAR) \
                        and (field or fields or state != START_RECORD):
                    if p.strict:
                        raise Error("unexpected end of data")
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                if state == START_RECORD:
                    if c in '\r\n':
                        state = EAT_CRNL
                        continue
                    state = START_FIELD
                if state == START_FIELD:
                    if c in '\r\n':
                        save()
                        state = EAT_CRNL
                    elif c == quote and quoting != QUOTE_NONE:
                        quoted = True
                        state = IN_QUOTED_FIELD
                    elif c == esc:
                        state = ESCAPED_CHAR
                    elif c == ' ' and p.skipinitialspace:
                        pass
                    elif c == delim:
                        save()
                        quoted = False
                    else:
                        self._add(field, c)
                        state = IN_FIELD
                    continue
                if state == ESCAPED_CHAR:
                    self._add(field, c)
                    # An escaped line break continues the record.
                    state = AFTER_ESCAPED_CRNL if c in '\r\n' else IN_FIELD
                    continue
                if state == AFTER_ESCAPED_CRNL:
                    state = IN_FIELD
                if state == IN_FIELD:
                    if c in '\r\n':
                        save()
                        state = EAT_CRNL
                    elif c == esc:
                        state = ESCAPED_CHAR
                    elif c == delim:
                        save()
                        quoted = False
                        state = START_FIELD
                    else:
                        self._add(field, c)
                elif state == IN_QUOTED_FIELD:
                    if c == esc:
                        state = ESCAPE_IN_QUOTED_FIELD
                    elif c == quote:
                        state = QUOTE_IN_QUOTED_FIELD if p.doublequote else IN_FIELD
                    else:
                        self._add(field, c)
                elif state == ESCAPE_IN_QUOTED_FIELD:
                    self._add(field, c)
                    state = IN_QUOTED_FIELD
                elif state == QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        self._add(field, c)
                        state = IN_QUOTED_FIELD
                    elif c == delim:
                        save()
                        quoted = False
                        state = START_FIELD
                    elif c in '\r\n':
                        save()
                        state = EAT_CRNL
                    elif not p.strict:
                        self._add(field, c)
                        state = IN_FIELD
                    else:
                        raise Error("'%c' expected after '%c'" % (delim, quote))
                elif state == EAT_CRNL:
                    if c not in '\r\n':
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in "
                                    "universal-newline mode?")
            # The end of one input string.
            if state in (IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD):
                if state == ESCAPE_IN_QUOTED_FIELD:
                    self._add(field, '\n')
                    state = IN_QUOTED_FIELD
                continue
            if state == ESCAPED_CHAR:
                self._add(field, '\n')
                state = IN_FIELD
                continue
            if state == AFTER_ESCAPED_CRNL:
                continue
            if state in (START_FIELD, IN_FIELD, QUOTE_IN_QUOTED_FIELD):
                save()
            return fields


def reader(csvfile, dialect='excel', **fmtparams):
    """Iterate over the records of `csvfile` (any iterable of strings)."""
    try:
        lines = iter(csvfile)
    except TypeError:
        raise TypeError("argument 1 must be an iterator")
    return _Reader(lines, _Params(dialect, **fmtparams))


class _Writer:
    """What writer() returns: writerow / writerows onto a file."""

    def __init__(self, f, params):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self._p = params
        self.dialect = _DialectValue(params)

    def _field(self, value, only):
        p = self._p
        if value is None:
            text = ''
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        numeric = isinstance(value, (int, float))
        if p.quoting == QUOTE_ALL:
            need = True
        elif p.quoting == QUOTE_NONNUMERIC:
            need = not numeric
        else:
            need = False
        specials = set(p.delimiter) | set(p.lineterminator) | {'\r', '\n'}
        if p.quotechar:
            specials.add(p.quotechar)
        out = []
        for c in text:
            if c == p.escapechar or c in specials:
                if p.quoting == QUOTE_NONE:
                    if p.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(p.escapechar)
                elif c == p.quotechar:
                    if p.doublequote:
                        out.append(p.quotechar)
                        need = True
                    elif p.escapechar is not None:
                        out.append(p.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                elif c == p.escapechar:
                    out.append(p.escapechar)
                else:
                    need = True
            out.append(c)
        if not text and only and p.quoting != QUOTE_NONE:
            need = True
        if numeric and p.quoting == QUOTE_NONNUMERIC:
            need = False
        text = ''.join(out)
        if need:
            if p.quoting == QUOTE_NONE or p.quotechar is None:
                raise Error("need to escape, but no escapechar set")
            text = p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        only = len(items) == 1
        line = self._p.delimiter.join(self._field(v, only) for v in items)
        return self._write(line + self._p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of records onto `csvfile` (anything with write())."""
    return _Writer(csvfile, _Params(dialect, **fmtparams))


class DictReader:
    """Read records as dicts keyed by the first row (or `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as records, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guess a sample's dialect and whether it starts with a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # A quoted field next to a delimiter shows both.
        counts = {}
        delims = {}
        spaces = 0
        pattern = re.compile(r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)'
                             r'(?=(?P=delim)|\n)|(?:^|\n)(?P<quote2>["\']).*?(?P=quote2)'
                             r'(?P<delim2>[^\w\n"\'])(?P<space2> ?)')
        found = False
        for m in pattern.finditer(data):
            found = True
            g = m.groupdict()
            quote = g.get('quote') or g.get('quote2')
            delim = g.get('delim') or g.get('delim2')
            if quote:
                counts[quote] = counts.get(quote, 0) + 1
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if g.get('space') or g.get('space2'):
                spaces += 1
        if not found:
            return '', False, None, 0
        quotechar = max(counts, key=counts.get) if counts else '"'
        delim = max(delims, key=delims.get) if delims else ''
        skipinitialspace = delims.get(delim, 0) == spaces if delim else False
        if delim == '\n':
            delim = ''
        dq = re.compile(r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
                        % {'delim': re.escape(delim or ','), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq.search(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        lines = [ln for ln in data.split('\n') if ln]
        if not lines:
            return '', 0
        candidates = delimiters if delimiters is not None else \
            [chr(c) for c in range(127) if not chr(c).isalnum() and chr(c) not in '\n"\'']
        best = []
        for d in candidates:
            freqs = [ln.count(d) for ln in lines]
            if freqs[0] == 0:
                continue
            agree = sum(1 for f in freqs if f == freqs[0]) / len(freqs)
            if agree >= 0.9:
                best.append(d)
        if not best:
            return '', 0
        for d in self.preferred:
            if d in best:
                delim = d
                break
        else:
            delim = best[0]
        skipinitialspace = (data.count(delim) == data.count("%s " % delim))
        return delim, skipinitialspace

    def has_header(self, sample):
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                this = None
                for kind in (int, float, complex):
                    try:
                        kind(row[col])
                        this = kind
                        break
                    except (ValueError, OverflowError):
                        pass
                if this is None:
                    this = len(row[col])
                if this != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this
                    else:
                        del column_types[col]
        votes = 0
        for col, kind in column_types.items():
            if isinstance(kind, int) and not isinstance(kind, type):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
