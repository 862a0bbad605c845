"""Type hints at run time: weft does not check types, but the objects here
subscript, compare, print and answer isinstance() as CPython 3.11's do."""

import collections
import collections.abc as _abc
import sys
import types
from abc import ABCMeta as _ABCMeta
from _typeforms import GenericAlias as _BuiltinAlias, UnionType as _UnionType, \
    _CallableGenericAlias as _AbcCallableAlias

__all__ = ["Annotated", "Any", "AnyStr", "AsyncGenerator", "AsyncIterable",
           "AsyncIterator", "Awaitable", "Callable", "ChainMap", "ClassVar",
           "Collection", "Container", "ContextManager", "Coroutine", "Counter",
           "DefaultDict", "Deque", "Dict", "Final", "ForwardRef", "FrozenSet",
           "Generator", "Generic", "Hashable", "ItemsView", "Iterable", "Iterator",
           "KeysView", "List", "Literal", "LiteralString", "Mapping", "MappingView",
           "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "Never",
           "NewType", "NoReturn", "NotRequired", "Optional", "OrderedDict", "ParamSpec",
           "Concatenate", "TypeVarTuple", "Unpack", "AbstractSet", "ByteString",
           "AsyncContextManager", "Pattern", "Match", "IO", "TextIO", "BinaryIO", "SupportsBytes", "SupportsComplex",
           "is_typeddict", "get_overloads", "dataclass_transform", "no_type_check_decorator",
           "Protocol", "Required", "Reversible", "Self", "Sequence", "Set", "Sized",
           "SupportsAbs", "SupportsFloat", "SupportsIndex", "SupportsInt",
           "SupportsRound", "Text", "Tuple", "Type", "TypeAlias", "TypeGuard",
           "TypeVar", "TypedDict", "Union", "ValuesView", "TYPE_CHECKING",
           "assert_never", "assert_type", "cast", "clear_overloads", "final",
           "get_args", "get_origin", "get_overloads", "get_type_hints", "no_type_check",
           "overload", "reveal_type", "runtime_checkable"]

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _AnyMeta):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError("%s is not valid as type argument" % (arg,))
    if arg in (Any, NoReturn, Never, Self, TypeAlias, LiteralString):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _is_typevar(t):
    return isinstance(t, (TypeVar, ParamSpec, TypeVarTuple))


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, ParamSpec) or (
        isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_typevar(t):
            if t not in params:
                params.append(t)
            continue
        sub = t if isinstance(t, (list, tuple)) else getattr(t, "__parameters__", ())
        if isinstance(t, (list, tuple)):
            sub = _collect_parameters(t)
        for p in sub if isinstance(sub, tuple) else ():
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if _is_typevar(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    if isinstance(arg, type):
        return arg
    params = getattr(arg, "__parameters__", ())
    if params and isinstance(params, tuple):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


def _check_count(alias, params, items):
    if len(items) != len(params):
        raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
            "many" if len(items) > len(params) else "few", alias,
            len(items), len(params)))


def _dedup(args):
    out = []
    for a in args:
        if not any(a == b and type(a) is type(b) for b in out):
            out.append(a)
    return out


class _Final:
    """Typing objects cannot be subclassed."""

    def __init_subclass__(cls, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


# ---------------------------------------------------------------- Any

class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


# ---------------------------------------------------------------- special forms

class _SpecialForm(_Final, _root=True):
    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = _dedup(flat)
    if len(args) == 1:
        return args[0]
    if len(args) == 2 and _NoneType in args:
        return _UnionGenericAlias(self, tuple(args), name="Optional")
    return _UnionGenericAlias(self, tuple(args))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "typing.Optional requires a single type.")
    return Union[arg, _NoneType]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    out = []
    for p in flat:
        if not any(p == q and type(p) is type(q) for q in out):
            out.append(p)
    return _LiteralGenericAlias(self, tuple(out))


def _single_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


def _classvar_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _classvar_getitem)
Final = _SpecialForm("Final", _classvar_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
TypeAlias = _SpecialForm("TypeAlias")
LiteralString = _SpecialForm("LiteralString")


# ---------------------------------------------------------------- aliases

class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__origin__", "__args__", "_name", "_inst", "__parameters__"):
            raise AttributeError(attr)
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted typing construct: List[int], Box[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else _type_convert(a)
                              for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted %s" % (self,))
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        _check_count(self, self.__parameters__, args)
        subst = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return "%s[%s]" % (name, args)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a standard class: typing.List, typing.Dict."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = "typing"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self,
                len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TypingEllipsis:
    pass


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, params + (_TypingEllipsis,), name="Tuple", inst=False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, name="Tuple", inst=False)


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return "typing.Callable[%s, %s]" % (_type_repr(args[0]), _type_repr(args[1]))
        return "typing.Callable[[%s], %s]" % (
            ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_convert(a) for a in args)
        else:
            args = (_type_convert(args),)
        return _CallableGenericAlias(self.__origin__, args + (_type_convert(result),),
                                     name=self._name, inst=self._inst)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, **kwargs):
        _BaseGenericAlias.__init__(self, origin, name="Literal")
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == \
            set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


# ---------------------------------------------------------------- type variables

class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'), TypeVar('N', int, float), bound=..."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            module = None
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class ParamSpec(_Final, _root=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return _ParamSpecPart(self, "args")

    @property
    def kwargs(self):
        return _ParamSpecPart(self, "kwargs")

    def __repr__(self):
        return "~" + self.__name__

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'); used as *Ts."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "*" + _type_repr(self.__args__[0])


def _unpack_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _UnpackGenericAlias(self, (item,))


Unpack = _SpecialForm("Unpack", _unpack_getitem)


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return "%s.%s" % (self.__origin__.__name__, self._kind)




# ---------------------------------------------------------------- Generic

class Generic:
    """Base class of user generic classes: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            if not all(_is_typevar(p) or isinstance(p, _UnpackGenericAlias) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables "
                                "or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        elif not any(isinstance(p, (TypeVarTuple, _UnpackGenericAlias))
                     for p in cls.__parameters__):
            _check_count(cls, cls.__parameters__, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != "Protocol"
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                        ", ".join(str(t) for t in missing), ", ".join(str(g) for g in gvars)))
                tvars = gvars
        else:
            tvars = ()
        cls.__parameters__ = tuple(tvars)


# ---------------------------------------------------------------- Protocol

_SPECIAL_NAMES = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "__qualname__",
    "__init_subclass__", "_is_protocol", "_is_runtime_protocol", "__protocol_attrs__",
    "__non_callable_proto_members__", "__orig_class__", "__match_args__"))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys())
        for attr in names:
            if attr.startswith("_abc_") or attr in _SPECIAL_NAMES:
                continue
            attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if cls in type(instance).__mro__:
                return True
            for attr in _protocol_attrs(cls):
                try:
                    val = getattr(instance, attr)
                except AttributeError:
                    return False
                if val is None and callable(getattr(cls, attr, None)):
                    return False
            return True
        return _ABCMeta.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            attrs = _protocol_attrs(cls)
            if any(not callable(getattr(cls, a, None)) for a in attrs):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            for attr in attrs:
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return _ABCMeta.__subclasscheck__(cls, other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: any class with the right methods."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
for _tv in (T, KT, VT, T_co):
    _tv.__module__ = "typing"
del _tv


# ---------------------------------------------------------------- standard aliases

List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
Type = _SpecialGenericAlias(type, 1, inst=False, name="Type")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, name="Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, name="ChainMap")
Callable = _CallableType(_abc.Callable, 2, name="Callable")
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, name="Hashable")
Sized = _SpecialGenericAlias(_abc.Sized, 0, name="Sized")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, name="Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, name="Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, name="AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, name="AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, name="Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, name="Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, name="Reversible")
Container = _SpecialGenericAlias(_abc.Container, 1, name="Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, name="Collection")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, name="MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, name="Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, name="MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, name="Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, name="MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, name="ByteString")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, name="MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, name="KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, name="ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, name="ValuesView")
Generator = _SpecialGenericAlias(_abc.Generator, 3, name="Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, name="AsyncGenerator")
Text = str


class IO(Generic[AnyStr]):
    """The generic type of file objects (a hint only: real files do not
    inherit from it)."""

    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    def close(self):
        pass

    @property
    def closed(self):
        pass

    def fileno(self):
        pass

    def flush(self):
        pass

    def isatty(self):
        pass

    def read(self, n=-1):
        pass

    def readable(self):
        pass

    def readline(self, limit=-1):
        pass

    def readlines(self, hint=-1):
        pass

    def seek(self, offset, whence=0):
        pass

    def seekable(self):
        pass

    def tell(self):
        pass

    def truncate(self, size=None):
        pass

    def writable(self):
        pass

    def write(self, s):
        pass

    def writelines(self, lines):
        pass

    def __enter__(self):
        pass

    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO[bytes]):
    """The type of binary file objects."""

    __slots__ = ()


class TextIO(IO[str]):
    """The type of text file objects."""

    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self):
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self):
        pass

    @property
    def newlines(self):
        pass


def _load_context_aliases():
    import contextlib
    g = globals()
    g["ContextManager"] = _SpecialGenericAlias(contextlib.AbstractContextManager, 1,
                                               name="ContextManager")
    g["AsyncContextManager"] = _SpecialGenericAlias(contextlib.AbstractAsyncContextManager,
                                                    1, name="AsyncContextManager")


_load_context_aliases()


# ---------------------------------------------------------------- forward references

class ForwardRef(_Final, _root=True):
    """An annotation written as a string, evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_type(_type_convert(value), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, str):
        return ForwardRef(t)._evaluate(globalns, localns)
    if isinstance(t, (_GenericAlias, _BuiltinAlias, _UnionType)):
        args = t.__args__
        new = tuple(_eval_type(a, globalns, localns) for a in args)
        if all(a is b for a, b in zip(args, new)):
            return t
        if isinstance(t, _UnionType):
            result = new[0]
            for a in new[1:]:
                result = result | a
            return result
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(new[0], t.__metadata__)
        if isinstance(t, _GenericAlias):
            return t.copy_with(new)
        return type(t)(t.__origin__, new)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _BuiltinAlias)):
        new = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(t.__args__, new)):
            return t
        if isinstance(t, _GenericAlias):
            return t.copy_with(new)
        return type(t)(t.__origin__, new)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with strings evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType)):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType))
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinAlias, _ParamSpecPart)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        res = tp.__args__
        if (tp.__origin__ is _abc.Callable and res
                and not (len(res) == 2 and _is_param_expr(res[0]))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


# ---------------------------------------------------------------- decorators and helpers

def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Mark one signature of an overloaded function; calling it raises."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped_decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for a type; calls return the value."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            module = None
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking "
                        "for: `%s = NewType(%r, %s)`" % ("Sub", "Sub", self.__name__))

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- NamedTuple

_NT_RESERVED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                          "_field_defaults", "_make", "_replace", "_asdict", "_source"))
_NT_KEEP = frozenset(("__module__", "__name__", "__annotations__", "__qualname__"))


def _make_nmtuple(name, fields, module, defaults=()):
    nm_tpl = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = {n: _type_check(t, "field %s annotation must be a type" % n)
                              for n, t in fields}
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types_ = ns.get("__annotations__", {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default "
                                "field%s %s" % (field_name, "s" if len(default_names) > 1 else "",
                                                ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_KEEP and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


def NamedTuple(typename, fields=None, **kwargs):
    """A typed namedtuple: class syntax or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except Exception:
        module = "__main__"
    return _make_nmtuple(typename, fields, module=module)


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _nt_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _nt_mro_entries


# ---------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a "
                                "non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg) for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated:
                origin = get_origin(tp.__origin__)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, *, total=True, **kwargs):
    """A dict with typed keys: class syntax or TypedDict('TD', {'a': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
    except Exception:
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _td_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _td_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def _load_re_aliases():
    import re
    g = globals()
    g["Pattern"] = _SpecialGenericAlias(type(re.compile("")), 1, name="Pattern")
    g["Match"] = _SpecialGenericAlias(type(re.match("", "")), 1, name="Match")


try:
    _load_re_aliases()
except Exception:
    pass
