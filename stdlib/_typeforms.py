"""types.GenericAlias (`list[int]`) and types.UnionType (`int | None`).

The VM makes these when a built-in class is subscripted or a class meets
`|` (src/vm/items.rs, src/vm/ops.rs); collections and typing build on them.
"""


def _type_repr(t):
    if t is _NoneType:
        return "None"
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if t is ...:
        return "..."
    return repr(t)


_NoneType = type(None)


def _is_typevar(t):
    return not isinstance(t, type) and hasattr(t, "__typing_subst__")


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if _is_typevar(a):
            if a not in params:
                params.append(a)
            continue
        if isinstance(a, (list, tuple)):
            sub = _collect_parameters(a)
        else:
            sub = getattr(a, "__parameters__", ())
            if not isinstance(sub, tuple):
                sub = ()
        for p in sub:
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if isinstance(arg, type):
        return arg
    if _is_typevar(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    params = getattr(arg, "__parameters__", ())
    if params and isinstance(params, tuple):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


# Attributes the alias answers itself; everything else comes from its origin.
_OWN_ATTRS = frozenset(("__origin__", "__args__", "__parameters__", "__unpacked__",
                        "__mro_entries__", "__reduce_ex__", "__reduce__",
                        "__copy__", "__deepcopy__", "_name"))


class GenericAlias:
    """A built-in class subscripted with type arguments, like list[int]."""

    def __new__(cls, origin, args):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))
        return self

    def __init__(self, origin, args):
        pass

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = "()"
        else:
            inner = ", ".join(_arg_repr(a) for a in args)
        return "%s[%s]" % (_type_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name in _OWN_ATTRS:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        if name in _OWN_ATTRS:
            raise AttributeError("readonly attribute")
        raise AttributeError("'types.GenericAlias' object has no attribute %r" % (name,))

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(items) > len(params) else "few", self,
                len(items), len(params)))
        subst = dict(zip(params, items))
        return type(self)(self.__origin__,
                          tuple(_substitute(a, subst) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(("__origin__", "__args__", "__parameters__"))
        return sorted(names)

    def __reduce__(self):
        return (type(self), (self.__origin__, self.__args__))


GenericAlias.__module__ = "types"


def _arg_repr(a):
    if isinstance(a, list):
        return "[%s]" % ", ".join(_arg_repr(x) for x in a)
    return _type_repr(a)


def _is_param_expr(arg):
    # `...`, a typing.ParamSpec or typing.Concatenate[...] (typing is not
    # imported here: it imports this module).
    if arg is ...:
        return True
    if type(arg).__name__ == "ParamSpec" and type(arg).__module__ == "typing":
        return True
    origin = getattr(arg, "__origin__", None)
    return getattr(origin, "_name", None) == "Concatenate" and type(origin).__module__ == "typing"


class _CallableGenericAlias(GenericAlias):
    """collections.abc.Callable[[int], str]: the argument list is flattened
    into __args__ and shown as a list again."""

    def __new__(cls, origin, args):
        if isinstance(args, tuple) and len(args) == 2:
            params, result = args
            if isinstance(params, (list, tuple)):
                args = tuple(params) + (result,)
            elif _is_param_expr(params):
                pass
            elif params is not ... and not _is_typevar(params) \
                    and not hasattr(params, "__parameters__"):
                raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                                "Concatenate. Got %r" % (params,))
        elif not (type(args) is tuple and len(args) > 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        return GenericAlias.__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return "%s[%s, %s]" % (_type_repr(self.__origin__), _type_repr(args[0]),
                                   _type_repr(args[1]))
        return "%s[[%s], %s]" % (_type_repr(self.__origin__),
                                 ", ".join(_type_repr(a) for a in args[:-1]),
                                 _type_repr(args[-1]))

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(params, items))
        new = tuple(_substitute(a, subst) for a in self.__args__)
        return type(self)(self.__origin__, (list(new[:-1]), new[-1]))


_CallableGenericAlias.__module__ = "collections.abc"


def _is_unionable(t):
    return t is None or isinstance(t, (type, GenericAlias, UnionType))


def _union_args(t):
    if isinstance(t, UnionType):
        return t.__args__
    if t is None:
        return (_NoneType,)
    return (t,)


def _type_or(a, b):
    """`a | b` for classes, aliases and unions; NotImplemented otherwise."""
    if not (_is_unionable(a) and _is_unionable(b)):
        return NotImplemented
    args = []
    for t in _union_args(a) + _union_args(b):
        for seen in args:
            if seen is t or (isinstance(t, GenericAlias) and seen == t):
                break
        else:
            args.append(t)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, "__args__", tuple(args))
    return u


class UnionType:
    """The type of `X | Y` for classes: checks isinstance against each."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __setattr__(self, name, value):
        if name == "__args__":
            raise AttributeError("readonly attribute")
        raise AttributeError("'types.UnionType' object has no attribute %r" % (name,))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, a):
                return True
        return False

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(params, items))
        result = None
        for i, a in enumerate(self.__args__):
            a = _substitute(a, subst)
            result = a if i == 0 else result | a
        return result


UnionType.__module__ = "types"
