"""Type hints as runtime placeholders: weft does not check types, so
these objects only need to exist, subscript and print sensibly."""

import collections.abc as _abc

__all__ = ["Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet",
           "Generic", "Iterable", "Iterator", "List", "Literal", "Mapping",
           "NamedTuple", "Optional", "Protocol", "Sequence", "Set", "Tuple",
           "Type", "TypeVar", "Union", "cast", "overload", "TYPE_CHECKING",
           "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable",
           "Generator", "AsyncGenerator", "NoReturn", "Deque", "DefaultDict",
           "get_type_hints", "runtime_checkable", "TypedDict", "Hashable", "Sized"]

TYPE_CHECKING = False


class _Special:
    """A typing construct such as List or Optional; subscripting gives an alias."""

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self, params)

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError("typing.%s cannot be used with isinstance()" % self._name)
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if t is ...:
        return "..."
    if t is None or t is type(None):
        return "None"
    return repr(t)


class _Alias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        name = self.__origin__._name if isinstance(self.__origin__, _Special) else _type_repr(self.__origin__)
        if name == "Optional":
            return "typing.Optional[%s]" % _type_repr(self.__args__[0])
        return "%s[%s]" % (repr(self.__origin__) if isinstance(self.__origin__, _Special) else name,
                           ", ".join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple) else (params,))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return isinstance(other, _Alias) and self.__origin__ == other.__origin__ \
            and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __mro_entries__(self, bases):
        o = self.__origin__
        if isinstance(o, _Special):
            return (o.__origin__,) if o.__origin__ is not None else (Generic,)
        return (o,)


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Union = _Special("Union")
Optional = _Special("Optional")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Callable = _Special("Callable", _abc.Callable)
Iterable = _Special("Iterable", _abc.Iterable)
Iterator = _Special("Iterator", _abc.Iterator)
Generator = _Special("Generator", _abc.Generator)
Sequence = _Special("Sequence", _abc.Sequence)
MutableSequence = _Special("MutableSequence", _abc.MutableSequence)
Mapping = _Special("Mapping", _abc.Mapping)
MutableMapping = _Special("MutableMapping", _abc.MutableMapping)
Awaitable = _Special("Awaitable", _abc.Awaitable)
Coroutine = _Special("Coroutine", _abc.Coroutine)
AsyncIterable = _Special("AsyncIterable", _abc.AsyncIterable)
AsyncIterator = _Special("AsyncIterator", _abc.AsyncIterator)
AsyncGenerator = _Special("AsyncGenerator", _abc.AsyncGenerator)
Hashable = _Special("Hashable", _abc.Hashable)
Sized = _Special("Sized", _abc.Sized)
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    """Base for generic classes: Generic[T] subscripts to Generic."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [name for name, _ in fields])


class TypedDict(dict):
    pass
