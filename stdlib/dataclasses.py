"""Generate __init__, __repr__, __eq__, ordering and hashing for classes
from their annotated fields."""

from _weft import generic_alias as _GenericAlias
import copy as _copy
import sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", repr(self.type))
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as field() describes it."""
    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default_factory and whether it
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if tp is _ClassVarMarker:
        return True
    for t in (tp, getattr(tp, "__origin__", None)):
        name = getattr(t, "_name", None) or getattr(t, "__name__", None)
        if name == "ClassVar":
            return True
    return isinstance(tp, str) and (tp.startswith("ClassVar") or tp.startswith("typing.ClassVar"))


_ClassVarMarker = object()


def _is_initvar(tp):
    return tp is InitVar or isinstance(tp, InitVar) or (
        isinstance(tp, str) and tp.startswith("InitVar"))


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = "_FIELD"
    if _is_classvar(tp):
        f._field_type = "_FIELD_CLASSVAR"
    elif _is_initvar(tp):
        f._field_type = "_FIELD_INITVAR"
    if f._field_type != "_FIELD" and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type == "_FIELD":
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f.kw_only is MISSING:
        f.kw_only = False
    if f._field_type == "_FIELD" and isinstance(f.default, (list, dict, set)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _make_fn(name, args, body, ns, qualname):
    src = "def %s(%s):\n%s\n" % (name, ", ".join(args),
                                  "\n".join("    " + line for line in body) or "    pass")
    exec(src, ns)
    fn = ns[name]
    fn.__qualname__ = qualname + "." + name
    return fn


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot=False):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    for name, tp in cls_annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp == "KW_ONLY"):
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    qualname = cls.__qualname__
    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type == "_FIELD"]
    init_fields = [f for f in all_fields if f._field_type in ("_FIELD", "_FIELD_INITVAR")]

    if init:
        _set_init(cls, init_fields, std_fields, frozen, globals_, qualname)
    if repr:
        flds = [f for f in std_fields if f.repr]
        _set_new_attribute(cls, "__repr__", _repr_fn(flds, qualname))
    if eq:
        cmp_fields = [f for f in std_fields if f.compare]
        _set_new_attribute(cls, "__eq__", _eq_fn(cmp_fields, qualname))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        cmp_fields = [f for f in std_fields if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _order_fn(name, op, cmp_fields, qualname)):
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering"
                                % (name, cls.__name__))
    if frozen:
        for name, fn in (("__setattr__", _frozen_setattr(cls, fields, qualname)),
                         ("__delattr__", _frozen_delattr(cls, fields, qualname))):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))
    hash_fields = [f for f in std_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _hash_fn(hash_fields, qualname)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(hash_fields, qualname)
    elif eq and not frozen:
        if not has_explicit_hash:
            cls.__hash__ = None
    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(
                "%s" % f.name for f in init_fields) + ")"
        except (TypeError, AttributeError):
            pass
    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in std_fields if f.init and not f.kw_only))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _declared_slots(cls):
    """The names a class's own __slots__ declares."""
    decl = cls.__dict__.get("__slots__")
    if decl is None:
        return []
    if isinstance(decl, str):
        return [decl]
    if hasattr(decl, "__next__"):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return list(decl)


def _add_slots(cls, frozen, weakref_slot):
    # Slots can only be set when a class is made: build the class again
    # from its namespace, with __slots__ naming the fields.
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_declared_slots(base))
    wanted = names + (("__weakref__",) if weakref_slot else ())
    ns["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        if "__getstate__" not in ns:
            cls.__getstate__ = _frozen_getstate
        if "__setstate__" not in ns:
            cls.__setstate__ = _frozen_setstate
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_init(cls, init_fields, std_fields, frozen, globals_, qualname):
    seen_default = False
    for f in init_fields:
        if f.init and not f.kw_only:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)
    ns = {"MISSING": MISSING, "__dataclass_builtins_object__": object,
          "_HAS_FACTORY": _HAS_DEFAULT_FACTORY}
    args = ["__dataclass_self__"]
    kw_args = []
    body = []
    for f in init_fields:
        if f.init:
            if f.default is not MISSING:
                ns["_dflt_" + f.name] = f.default
                param = "%s=_dflt_%s" % (f.name, f.name)
            elif f.default_factory is not MISSING:
                param = "%s=_HAS_FACTORY" % f.name
            else:
                param = f.name
            (kw_args if f.kw_only else args).append(param)
        if f._field_type != "_FIELD":
            continue
        if f.default_factory is not MISSING:
            ns["_factory_" + f.name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns["_dflt_" + f.name] = f.default
            value = "_dflt_" + f.name
        else:
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(__dataclass_self__, %r, %s)"
                        % (f.name, value))
        else:
            body.append("__dataclass_self__.%s = %s" % (f.name, value))
    if hasattr(cls, _POST_INIT):
        initvars = [f.name for f in init_fields if f._field_type == "_FIELD_INITVAR"]
        body.append("__dataclass_self__.%s(%s)" % (_POST_INIT, ", ".join(initvars)))
    if kw_args:
        args = args + ["*"] + kw_args
    fn = _make_fn("__init__", args, body, ns, qualname)
    _set_new_attribute(cls, "__init__", fn)


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()
_repr_running = set()


def _repr_fn(flds, qualname):
    names = [f.name for f in flds]

    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return (self.__class__.__qualname__ + "(" +
                    ", ".join("%s=%r" % (n, getattr(self, n)) for n in names) + ")")
        finally:
            _repr_running.discard(key)
    __repr__.__qualname__ = qualname + ".__repr__"
    return __repr__


def _eq_fn(flds, qualname):
    names = [f.name for f in flds]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)
        return NotImplemented
    __eq__.__qualname__ = qualname + ".__eq__"
    return __eq__


def _order_fn(name, op, flds, qualname):
    names = [f.name for f in flds]

    def compare(self, other):
        if other.__class__ is self.__class__:
            a = tuple(getattr(self, n) for n in names)
            b = tuple(getattr(other, n) for n in names)
            if op == "<":
                return a < b
            if op == "<=":
                return a <= b
            if op == ">":
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = qualname + "." + name
    return compare


def _hash_fn(flds, qualname):
    names = [f.name for f in flds]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    __hash__.__qualname__ = qualname + ".__hash__"
    return __hash__


def _frozen_setattr(cls, fields, qualname):
    def __setattr__(self, name, value):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)
    __setattr__.__qualname__ = qualname + ".__setattr__"
    return __setattr__


def _frozen_delattr(cls, fields, qualname):
    def __delattr__(self, name):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)
    __delattr__.__qualname__ = qualname + ".__delattr__"
    return __delattr__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in definition order."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type == "_FIELD")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict, recursing into fields, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Build a dataclass from a list of names or (name, type[, field]) tuples."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
