"""Helpers for unittest's messages: safe reprs, shortening long reprs
around their common prefix, and counting differences between sequences."""

from collections import Counter

__unittest = True

_LIMIT = 80          # reprs at most this long are shown whole
_MARK = 12           # the width "[NN chars]" is counted as
_KEEP_HEAD = 5       # characters kept before a cut
_KEEP_TAIL = 5       # characters kept after a cut
_KEEP_SHARED = 5     # characters of a shared prefix kept at least
_KEEP_DIFF = _LIMIT - (_KEEP_HEAD + _MARK + _KEEP_SHARED + _MARK + _KEEP_TAIL)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _LIMIT:
        return text
    return text[:_LIMIT] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _cut(text, head, tail):
    """`text` with its middle replaced by "[N chars]" when that saves
    more than the marker's width."""
    dropped = len(text) - head - tail
    if dropped <= _MARK:
        return text
    return "%s[%d chars]%s" % (text[:head], dropped, text[len(text) - tail:])


def _shared_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*objs):
    reprs = tuple(safe_repr(o) for o in objs)
    longest = max(len(r) for r in reprs)
    if longest <= _LIMIT:
        return reprs
    shared = _shared_prefix(reprs)
    n = len(shared)
    room = _LIMIT - (longest - n + _KEEP_HEAD + _MARK)
    if room > _KEEP_SHARED:
        shared = _cut(shared, _KEEP_HEAD, room)
        return tuple(shared + r[n:] for r in reprs)
    shared = _cut(shared, _KEEP_HEAD, _KEEP_SHARED)
    return tuple(shared + _cut(r[n:], _KEEP_DIFF, _KEEP_TAIL) for r in reprs)


def sorted_list_difference(expected, actual):
    """Items missing from `actual` and unexpected in it, for two sorted
    lists (duplicates counted once)."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for every element
    whose counts differ; works for unhashable elements, first-seen order."""
    first, second = list(actual), list(expected)
    used_a = [False] * len(first)
    used_b = [False] * len(second)
    out = []
    for i, elem in enumerate(first):
        if used_a[i]:
            continue
        n_a = 0
        for k in range(i, len(first)):
            if not used_a[k] and first[k] == elem:
                used_a[k] = True
                n_a += 1
        n_b = 0
        for k in range(len(second)):
            if not used_b[k] and second[k] == elem:
                used_b[k] = True
                n_b += 1
        if n_a != n_b:
            out.append((n_a, n_b, elem))
    for j, elem in enumerate(second):
        if used_b[j]:
            continue
        n_b = 0
        for k in range(j, len(second)):
            if not used_b[k] and second[k] == elem:
                used_b[k] = True
                n_b += 1
        out.append((0, n_b, elem))
    return out


def _count_diff_hashable(actual, expected):
    a, b = Counter(actual), Counter(expected)
    out = []
    for elem, n_a in a.items():
        n_b = b.get(elem, 0)
        if n_a != n_b:
            out.append((n_a, n_b, elem))
    for elem, n_b in b.items():
        if elem not in a:
            out.append((0, n_b, elem))
    return out
