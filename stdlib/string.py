"""String constants, capwords and Template ($-substitution)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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


class Formatter:
    """str.format's machinery, with overridable steps (parse, get_field,
    get_value, convert_field, format_field, check_unused_args)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to"
                                     " automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's string.Formatter words both directions this way
                    raise ValueError("cannot switch from manual field specification to"
                                     " automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    """(literal_text, field_name, format_spec, conversion) tuples, as str.format reads them."""
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                lit.append("}")
                yield "".join(lit), None, None, None
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            lit.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == "{":
            lit.append("{")
            yield "".join(lit), None, None, None
            lit = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        j = i + 1
        while j < n and s[j] not in "}:!":
            if s[j] == "[":
                while j < n and s[j] != "]":
                    j += 1
                if j >= n:
                    raise ValueError("expected '}' before end of string")
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        spec = ""
        if s[j] == "!":
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ":}":
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ":":
            k = j + 1
            depth = 1
            while k < n:
                if s[k] == "{":
                    depth += 1
                elif s[k] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("expected '}' before end of string")
            spec = s[j + 1:k]
            j = k
        yield "".join(lit), name, spec, conversion
        lit = []
        i = j + 1
    if lit:
        yield "".join(lit), None, None, None


def _split_field_name(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
