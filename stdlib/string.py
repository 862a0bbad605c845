"""String constants, capwords and Template ($-substitution)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word; words are split (and joined) on sep."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"
_compiled_ids = {}


def _default_id_end(t, k):
    if k < len(t) and _is_ident_start(t[k]):
        k += 1
        while k < len(t) and _is_ident_char(t[k]):
            k += 1
        return k
    return -1


class Template:
    """$name / ${name} substitution; $$ is a literal $.  Subclasses may set
    delimiter, idpattern, braceidpattern and flags (2 = IGNORECASE)."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = 2

    def __init__(self, template):
        self.template = template

    def _id_end(self, t, k, brace):
        """End of the identifier at t[k] (for ${...}: followed by '}'), or -1."""
        cls = type(self)
        pat = cls.idpattern
        if brace and cls.braceidpattern is not None:
            pat = cls.braceidpattern
        if pat == _DEFAULT_IDPATTERN and cls.flags & 2:
            end = _default_id_end(t, k)
            if brace and not (0 <= end < len(t) and t[end] == "}"):
                return -1
            return end
        key = (pat, bool(cls.flags & 2))
        compiled = _compiled_ids.get(key)
        if compiled is None:
            import _patmatch
            compiled = _compiled_ids[key] = _patmatch.compile(pat, key[1])
        import _patmatch
        if brace:
            return _patmatch.match(compiled, t, k,
                                   lambda p: p if p < len(t) and t[p] == "}" else -1)
        return _patmatch.match(compiled, t, k)

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            end = self._id_end(t, k, False)
            if end >= 0:
                name = t[k:end]
                out.append(self._lookup(mapping, name, t[j:end], safe))
                i = end
                continue
            if k < n and t[k] == "{":
                end = self._id_end(t, k + 1, True)
                if end >= 0:
                    name = t[k + 1:end]
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
            self._invalid(k, safe)
            out.append(d)
            i = k
        return "".join(out)

    def _lookup(self, mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def _invalid(self, pos, safe):
        if safe:
            return
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []

        class Rec:
            def __getitem__(self, name):
                if name not in ids:
                    ids.append(name)
                return ""
        self._scan(Rec(), True)
        return ids

    def is_valid(self):
        try:
            self._scan(_Empty(), False)
        except ValueError:
            return False
        return True


class _Empty:
    def __getitem__(self, name):
        return ""


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
