"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "property", "global_enum"]

_builtin_property = property


class auto:
    """Placeholder replaced by the next value at class creation."""
    _counter = [0]

    def __init__(self, value=None):
        self.value = value
        # Creation order, in case the namespace lost it.
        auto._counter[0] += 1
        self._order = auto._counter[0]

    def __repr__(self):
        return "auto(%r)" % (self.value,)


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    return name.startswith("_%s__" % cls_name.lstrip("_"))


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (staticmethod, classmethod, _builtin_property)))


_enum_ready = False


class _EnumDict(dict):
    """The namespace an enum's class body runs in: auto() values are
    resolved as they are assigned (so later lines can combine them, as
    in `RW = READ | WRITE`), and member names cannot be reused."""

    def __init__(self, gen):
        super().__init__()
        self._gen = gen
        self._members = []
        self._last_values = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            func = value.__func__ if isinstance(value, staticmethod) else value
            self._gen = func
        elif _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
            pass
        else:
            if key in self._members:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto) and value.value is None and self._gen is not None:
                value.value = self._gen(key, 1, len(self._members), self._last_values[:])
            if isinstance(value, auto) and value.value is not None:
                value = value.value
            self._members.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: turns the class body's names into members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        if not _enum_ready:
            return {}
        gen = None
        for base in bases:
            gen = getattr(base, "_generate_next_value_", None)
            if gen is not None:
                break
        return _EnumDict(gen)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not _enum_ready:
            # Enum, IntEnum, Flag, ... themselves: no members.
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            enum_class._member_names_ = []
            enum_class._member_map_ = {}
            enum_class._value2member_map_ = {}
            enum_class._member_type_ = metacls._get_mixins_(cls, bases)[0]
            return enum_class
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = []
        values = {}
        body = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or key in ("_ignore_",)):
                body[key] = value
            else:
                member_names.append(key)
                values[key] = value
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % (enum_class, base))
        # Where the mixed-in type (int, str) would supply __repr__, __str__
        # or __format__ first in the MRO, members keep the enum's: in 3.11
        # `class S(str, Enum)` members print as `S.A`; IntEnum and StrEnum
        # define their own and are left alone.
        if member_type is not object:
            if "ReprEnum" in globals() and ReprEnum in bases:
                # A direct ReprEnum subclass prints as its data type.
                if "__format__" not in classdict:
                    type.__setattr__(enum_class, "__format__", member_type.__format__)
                if "__str__" not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, "__str__", method)
            for name in ("__repr__", "__str__", "__format__"):
                if name not in classdict:
                    metacls._keep_enum_method_(enum_class, first_enum, member_type, name)
        if member_type is not object and "Flag" in globals() and issubclass(enum_class, Flag):
            # Flag's operators go before a mixed-in int's: `P.A | P.B` is a P.
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                         "__rxor__", "__invert__"):
                if name not in classdict:
                    metacls._keep_enum_method_(enum_class, enum_class, member_type, name)
        gen = getattr(enum_class, "_generate_next_value_")
        last_values = []
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                if value.value is None:
                    value = gen(name, 1, len(last_values), last_values[:])
                else:
                    value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    @staticmethod
    def _keep_enum_method_(enum_class, first_enum, member_type, name):
        for c in enum_class.__mro__:
            if name in c.__dict__:
                if c is not member_type:
                    return
                break
        for c in first_enum.__mro__:
            if isinstance(c, EnumType) and name in c.__dict__:
                type.__setattr__(enum_class, name, c.__dict__[name])
                return

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        custom_new = "__new__" in cls.__dict__
        if custom_new:
            member = cls.__dict__["__new__"](cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        # Only a user-written __init__ sees the value's parts.
        for c in cls.__mro__:
            if c not in (object, member_type) and "__init__" in c.__dict__:
                c.__dict__["__init__"](member, *args)
                break
        # An equal value already defined makes this name an alias.
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        # A Flag's zero and multi-bit members are aliases: iteration and
        # len() show the single-bit ones only (3.11).
        canonical = True
        if "Flag" in globals() and issubclass(cls, Flag) and isinstance(value, int):
            canonical = value > 0 and value & (value - 1) == 0
        if canonical:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        member_type = object
        first_enum = None
        for base in bases:
            for b in base.__mro__:
                if isinstance(b, EnumType):
                    if first_enum is None:
                        first_enum = b
                    mt = b.__dict__.get("_member_type_", object)
                    if mt is not object:
                        member_type = mt
                        break
                elif b is not object:
                    member_type = b
                    break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_value_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_value_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for name, value in names:
                classdict[name] = value
        enum_class = EnumType.__new__(EnumType, class_name, bases, classdict)
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                module = None
        if module is not None:
            enum_class.__module__ = module
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        if _is_flag(cls):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)


EnumMeta = EnumType


def _is_flag(cls):
    return _enum_ready and Flag in cls.__mro__ if "Flag" in globals() else False


class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it and list the members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """Only the repr is Enum's; str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Members are ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with | & ^ ~ into flag values."""

    _keep_unknown_bits_ = False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int) and v.bit_length() > high:
                high = v.bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits and value >= 0 and not cls._keep_unknown_bits_:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value < 0:
            value = all_bits & value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flags that are also ints (unknown bits are kept, as CPython's KEEP)."""

    _keep_unknown_bits_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    __ror__ = __or__
    __rand__ = __and__


_enum_ready = True


def unique(enumeration):
    """Class decorator: reject aliases (members sharing a value)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
