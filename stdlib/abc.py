"""Abstract base classes: ABCMeta, ABC, abstractmethod."""


def abstractmethod(funcobj):
    """Mark a method abstract: classes that leave it undefined cannot be
    instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated helpers are functions here: weft's classmethod,
# staticmethod and property cannot be subclassed.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # Descriptors wrapping an abstract function are abstract too.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


# Bumped by every register(), so cached negative answers go stale.
_invalidation = [0]


class ABCMeta(type):
    """Metaclass for abstract base classes: tracks abstract methods,
    supports register() and __subclasshook__."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, key, None)
                if _is_abstract(value):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_cache = {}
        cls._abc_token = -1
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        if subtype is not subclass:
            return cls.__subclasscheck__(subtype)
        return False

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls._abc_token != _invalidation[0]:
            cls._abc_cache = {}
            cls._abc_token = _invalidation[0]
        cache = cls._abc_cache
        try:
            return cache[subclass]
        except (KeyError, TypeError):
            pass
        result = cls._abc_check(subclass)
        try:
            cache[subclass] = result
        except TypeError:
            pass
        return result

    def _abc_check(cls, subclass):
        if cls in subclass.__mro__:
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if isinstance(scls, ABCMeta) and issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from ABC instead of naming the metaclass."""
    __slots__ = ()


def get_cache_token():
    return _invalidation[0]


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
