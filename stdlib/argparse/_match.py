"""Matching nargs against the command line's shape, without `re`.

The command line is classified as a string of 'O' (an option), 'A' (an
argument) and '-' (the '--' separator).  Each action's nargs becomes a list
of elements; an element is (kind, chars) where kind is 'one', 'opt' or
'star' and chars the set of letters it accepts.  Matching is greedy with
backtracking, anchored at the start, like a regular expression match.
"""

from argparse._format import OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER, SUPPRESS


def nargs_elements(nargs, is_optional):
    dash = [("star", "-")]
    if nargs is None:
        elems = dash + [("one", "A")] + dash
    elif nargs == OPTIONAL:
        elems = dash + [("opt", "A")] + dash
    elif nargs == ZERO_OR_MORE:
        elems = dash + [("star", "A-")]
    elif nargs == ONE_OR_MORE:
        elems = dash + [("one", "A"), ("star", "A-")]
    elif nargs == REMAINDER:
        elems = [("star", "-AO")]
    elif nargs == PARSER:
        elems = dash + [("one", "A"), ("star", "-AO")]
    elif nargs == SUPPRESS:
        elems = dash + dash
    else:
        elems = list(dash)
        for _ in range(nargs):
            elems.append(("one", "A"))
            elems.append(("star", "-"))
    if is_optional:
        # an option's arguments never include '--'
        cleaned = []
        for kind, chars in elems:
            chars = chars.replace("-", "")
            if chars:
                cleaned.append((kind, chars))
        elems = cleaned
    return elems


def match_groups(groups, text):
    """groups: list of element lists.  Returns group lengths or None."""
    flat = []
    for g, elems in enumerate(groups):
        for e in elems:
            flat.append((g, e[0], e[1]))
    ngroups = len(groups)
    ends = [0] * ngroups

    def run(k, pos):
        if k == len(flat):
            return True
        g, kind, chars = flat[k]
        if kind == "one":
            if pos < len(text) and text[pos] in chars:
                ends[g] = pos + 1
                return run(k + 1, pos + 1)
            return False
        if kind == "opt":
            if pos < len(text) and text[pos] in chars:
                ends[g] = pos + 1
                if run(k + 1, pos + 1):
                    return True
            ends[g] = pos
            return run(k + 1, pos)
        stop = pos
        while stop < len(text) and text[stop] in chars:
            stop += 1
        while stop >= pos:
            ends[g] = stop
            if run(k + 1, stop):
                return True
            stop -= 1
        return False

    if not run(0, 0):
        return None
    # a group with no elements ends where the previous one ended
    result = []
    prev = 0
    for g in range(ngroups):
        if groups[g]:
            end = ends[g]
        else:
            end = prev
        result.append(end - prev)
        prev = end
    return result
