"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper.

Words are found by a hand-written scanner (this module must not need `re`):
a chunk is a run of whitespace or a run of non-whitespace; with
break_on_hyphens a word is also cut after a hyphen that sits between
letters (at least two letters before it), and at a run of two or more
hyphens (an em-dash) between words.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    return c.isalpha()


def _is_wordish(c):
    return c.isalnum() or c == "_" or c in "!\"'&.,?"


def _split_word(word):
    """Cut one non-whitespace run at hyphens the way CPython's wrapper does."""
    parts = []
    start = 0
    n = len(word)
    i = 0
    while i < n:
        c = word[i]
        if c == "-":
            # em-dash: two or more hyphens between word characters
            j = i
            while j < n and word[j] == "-":
                j += 1
            if j - i >= 2 and i > start and _is_wordish(word[i - 1]) \
                    and j < n and (word[j].isalnum() or word[j] == "_"):
                parts.append(word[start:i])
                parts.append(word[i:j])
                start = j
                i = j
                continue
            if j - i == 1 and i - start >= 1:
                before_ok = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])
                             and i - 2 >= start) or \
                    (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == "-"
                     and _is_letter(word[i - 3]))
                after_ok = False
                if i + 1 < n and _is_letter(word[i + 1]):
                    if i + 2 < n and _is_letter(word[i + 2]):
                        after_ok = True
                    elif i + 3 < n and word[i + 2] == "-" and _is_letter(word[i + 3]):
                        after_ok = True
                if before_ok and after_ok:
                    parts.append(word[start:i + 1])
                    start = i + 1
            i = j
            continue
        i += 1
    if start < n:
        parts.append(word[start:])
    return parts


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ord(" ") for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            # only ASCII whitespace separates words (U+00A0 does not)
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    chunks.extend(_split_word(word))
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and _ends_sentence(c):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                chunks.pop()
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            rest_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    (rest_blank and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            placed = False
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    placed = True
                    break
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not placed:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # a lowercase letter, then . ! or ?, then optionally a quote, at the end
    k = len(chunk) - 1
    if k >= 0 and chunk[k] in "\"'":
        k -= 1
    if k < 1 or chunk[k] not in ".!?":
        return False
    c = chunk[k - 1]
    return "a" <= c <= "z"


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_ws(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        if not line.strip(" \t"):
            continue
        ws = _leading_ws(line)
        if margin is None:
            margin = ws
        elif ws.startswith(margin):
            pass
        elif margin.startswith(ws):
            margin = ws
        else:
            k = 0
            while k < len(margin) and k < len(ws) and margin[k] == ws[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
