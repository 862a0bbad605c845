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


class Template:
    """$name / ${name} substitution; $$ is a literal $."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

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
            if k < n and t[k] == "{":
                end = k + 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k + 1:end]
                if name and _is_ident_start(name[0]) and end < n and t[end] == "}":
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
                self._invalid(k, safe)
                out.append(d)
                i = k
                continue
            end = k
            if end < n and _is_ident_start(t[end]):
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k:end]
                out.append(self._lookup(mapping, name, t[j:end], safe))
                i = end
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
