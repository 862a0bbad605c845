"""Pretty-printing of dicts, lists, tuples and sets: pprint, pformat,
PrettyPrinter. Containers too wide for the line are split one item per
line; dict keys are sorted unless sort_dicts=False. Long strings are not
wrapped (CPython splits them into concatenated parts)."""

import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


class _SafeKey:
    """Orders keys of mixed types the way pprint does: by value when
    comparable, else by type name and id."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, set(), 0)
        return "".join(out)

    def isrecursive(self, object):
        return self._safe_repr(object, {}, None, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self._safe_repr(object, {}, None, 0)
        return readable and not recursive

    def _format(self, obj, out, indent, allowance, context, level):
        objid = id(obj)
        if objid in context:
            out.append("<Recursion on %s with id=%s>" % (type(obj).__name__, objid))
            return
        rep = self._repr(obj, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            kind = self._kind(obj)
            if kind is not None:
                context.add(objid)
                getattr(self, "_pprint_" + kind)(obj, out, indent, allowance, context, level + 1)
                context.discard(objid)
                return
        out.append(rep)

    def _kind(self, obj):
        r = type(obj).__repr__
        if r is dict.__repr__:
            return "dict"
        if r is list.__repr__:
            return "list"
        if r is tuple.__repr__:
            return "tuple"
        if r is set.__repr__:
            return "set"
        if r is frozenset.__repr__:
            return "frozenset"
        return None

    def _pprint_dict(self, obj, out, indent, allowance, context, level):
        out.append("{")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        if obj:
            items = sorted(obj.items(), key=_safe_tuple) if self._sort_dicts else list(obj.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(": ")
            self._format(ent, out, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                out.append(delimnl)

    def _pprint_list(self, obj, out, indent, allowance, context, level):
        out.append("[")
        self._format_items(obj, out, indent, allowance + 1, context, level)
        out.append("]")

    def _pprint_tuple(self, obj, out, indent, allowance, context, level):
        out.append("(")
        endchar = ",)" if len(obj) == 1 else ")"
        self._format_items(obj, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        typ = type(obj)
        if typ is set:
            out.append("{")
            endchar = "}"
        else:
            out.append(typ.__name__ + "({")
            endchar = "})"
            indent += len(typ.__name__) + 1
        items = sorted(obj, key=_SafeKey)
        self._format_items(items, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    _pprint_frozenset = _pprint_set

    def _format_items(self, items, out, indent, allowance, context, level):
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        last_index = len(items) - 1
        for i, ent in enumerate(items):
            last = i == last_index
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    out.append(delim)
                    delim = ", "
                    out.append(rep)
                    continue
            out.append(delim)
            delim = delimnl
            self._format(ent, out, indent, allowance if last else 1, context, level)

    def _repr(self, obj, context, level):
        return self._safe_repr(obj, {}, self._depth, level)[0]

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, obj, context, maxlevels, level):
        # (repr, readable, recursive), with dict keys sorted.
        kind = self._kind(obj)
        if kind is None:
            rep = repr(obj)
            return rep, bool(rep) and not rep.startswith("<"), False
        if not obj:
            return repr(obj), True, False
        objid = id(obj)
        if maxlevels and level >= maxlevels:
            return {"dict": "{...}", "list": "[...]", "tuple": "(...)"}.get(kind, "..."), False, objid in context
        if objid in context:
            return "<Recursion on %s with id=%s>" % (type(obj).__name__, objid), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if kind == "dict":
            items = sorted(obj.items(), key=_safe_tuple) if self._sort_dicts else obj.items()
            for k, v in items:
                krepr, kreadable, krecur = self._safe_repr(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return "{%s}" % ", ".join(parts), readable, recursive
        items = sorted(obj, key=_SafeKey) if kind in ("set", "frozenset") else obj
        for o in items:
            orepr, oreadable, orecur = self._safe_repr(o, context, maxlevels, level)
            parts.append(orepr)
            readable = readable and oreadable
            recursive = recursive or orecur
        del context[objid]
        body = ", ".join(parts)
        if kind == "list":
            return "[%s]" % body, readable, recursive
        if kind == "tuple":
            return ("(%s,)" if len(parts) == 1 else "(%s)") % body, readable, recursive
        if kind == "set":
            return "{%s}" % body, readable, recursive
        return "frozenset({%s})" % body, readable, recursive


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts).pformat(object)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]
