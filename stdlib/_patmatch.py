"""A small regular-expression subset, for modules that must not need `re`
(string.Template's idpattern / braceidpattern).

Supported: literals, '.', escapes (\\w \\d \\s \\W \\D \\S and escaped
punctuation), character classes with ranges and negation, groups
'(...)', '(?:...)', '(?a:...)', '(?i:...)', alternation '|', and the
quantifiers * + ? {m} {m,} {m,n} (with a trailing '?' for lazy).
match(compiled, text, pos) anchors at pos and returns the end or -1.
"""


class PatternError(ValueError):
    pass


def _is_word(c):
    return c.isalnum() or c == "_"


_CLASS_TESTS = {
    "w": _is_word,
    "d": lambda c: c.isdigit(),
    "s": lambda c: c.isspace(),
}


def _escape_item(c):
    if c in _CLASS_TESTS:
        return ("fn", _CLASS_TESTS[c], False)
    if c.lower() in _CLASS_TESTS and c.isupper():
        return ("fn", _CLASS_TESTS[c.lower()], True)
    table = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
    ch = table.get(c, c)
    return ("range", ch, ch)


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def take(self):
        c = self.peek()
        self.i += 1
        return c

    def alt(self, icase):
        seqs = [self.seq(icase)]
        while self.peek() == "|":
            self.i += 1
            seqs.append(self.seq(icase))
        return ("alt", seqs)

    def seq(self, icase):
        items = []
        while self.i < len(self.p) and self.peek() not in "|)":
            atom = self.atom(icase)
            lo, hi, lazy = self.quant()
            items.append((atom, lo, hi, lazy))
        return items

    def quant(self):
        c = self.peek()
        if c == "*":
            lo, hi = 0, None
        elif c == "+":
            lo, hi = 1, None
        elif c == "?":
            lo, hi = 0, 1
        elif c == "{":
            end = self.p.find("}", self.i)
            body = self.p[self.i + 1:end] if end > 0 else ""
            parts = body.split(",")
            if end < 0 or not (1 <= len(parts) <= 2) or not parts[0].isdigit():
                return 1, 1, False
            lo = int(parts[0])
            if len(parts) == 1:
                hi = lo
            else:
                hi = int(parts[1]) if parts[1] else None
            self.i = end
        else:
            return 1, 1, False
        self.i += 1
        lazy = False
        if self.peek() == "?":
            lazy = True
            self.i += 1
        return lo, hi, lazy

    def atom(self, icase):
        c = self.take()
        if c == "(":
            if self.peek() == "?":
                self.i += 1
                flags = ""
                while self.peek() and self.peek() != ":":
                    flags += self.take()
                if self.take() != ":":
                    raise PatternError("unsupported group")
                if "i" in flags:
                    icase = True
            node = self.alt(icase)
            if self.take() != ")":
                raise PatternError("missing ), unterminated subpattern")
            return ("group", node)
        if c == ".":
            return ("any",)
        if c == "[":
            return self.char_class(icase)
        if c == "\\":
            return ("set", False, [_escape_item(self.take())], icase)
        if c in "*+?":
            raise PatternError("nothing to repeat")
        return ("set", False, [("range", c, c)], icase)

    def char_class(self, icase):
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            c = self.take()
            if c == "":
                raise PatternError("unterminated character set")
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                item = _escape_item(self.take())
            else:
                item = ("range", c, c)
            if item[0] == "range" and self.peek() == "-" and self.i + 1 < len(self.p) \
                    and self.p[self.i + 1] != "]":
                self.i += 1
                hi = self.take()
                if hi == "\\":
                    hi = _escape_item(self.take())[1]
                item = ("range", item[1], hi)
            items.append(item)
        return ("set", negate, items, icase)


def compile(pattern, ignorecase=False):
    parser = _Parser(pattern)
    node = parser.alt(ignorecase)
    if parser.i < len(pattern):
        raise PatternError("unbalanced parenthesis")
    return node


def _in_set(atom, c):
    _, negate, items, icase = atom
    cands = (c, c.lower(), c.upper()) if icase else (c,)
    found = False
    for item in items:
        if item[0] == "fn":
            hit = item[1](c) != item[2]
        else:
            hit = any(item[1] <= x <= item[2] for x in cands)
        if hit:
            found = True
            break
    return found != negate


def _match_atom(atom, text, pos, k):
    kind = atom[0]
    if kind == "group":
        return _match_alt(atom[1], text, pos, k)
    if pos >= len(text):
        return -1
    c = text[pos]
    if kind == "any":
        ok = c != "\n"
    else:
        ok = _in_set(atom, c)
    return k(pos + 1) if ok else -1


def _match_seq(items, idx, text, pos, k):
    if idx == len(items):
        return k(pos)
    atom, lo, hi, lazy = items[idx]

    def rep(count, p):
        def after_one(p2):
            if p2 == p and count >= lo:
                return -1
            return rep(count + 1, p2)

        def rest():
            return _match_seq(items, idx + 1, text, p, k)

        can_more = hi is None or count < hi
        if count >= lo and lazy:
            r = rest()
            if r >= 0:
                return r
            return _match_atom(atom, text, p, after_one) if can_more else -1
        if can_more:
            r = _match_atom(atom, text, p, after_one)
            if r >= 0:
                return r
        if count >= lo and not lazy:
            return rest()
        return -1

    return rep(0, pos)


def _match_alt(node, text, pos, k):
    for seq in node[1]:
        r = _match_seq(seq, 0, text, pos, k)
        if r >= 0:
            return r
    return -1


def match(compiled, text, pos=0, k=None):
    """k, when given, must accept the end position (returning it, or -1)."""
    if k is None:
        def k(p):
            return p
    return _match_alt(compiled, text, pos, k)
