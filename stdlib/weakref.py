"""Weak references.

weft has no cycle collector yet and its objects cannot notify a weak
reference when they die, so these are STRONG-reference stand-ins: ref(o)()
always returns o (callbacks never run), proxy(o) is o itself, and
WeakValueDictionary, WeakKeyDictionary and WeakSet keep their entries
alive like a dict or set. Programs that only use weak references as
caches or registries behave the same; memory is reclaimed later than in
CPython."""

from _weft import generic_alias as _GenericAlias

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType", "CallableProxyType",
           "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ref:
    """A reference to obj (kept alive: see the module docstring)."""
    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ("_obj", "__callback__")

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))


ReferenceType = ref


class WeakMethod(ref):
    """A reference to a bound method."""
    __slots__ = ()


def proxy(obj, callback=None):
    return obj


ProxyType = object
CallableProxyType = object
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """A dict (values are kept alive: see the module docstring)."""

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    """A dict (keys are kept alive: see the module docstring)."""

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    """A set (members are kept alive: see the module docstring)."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        return "{}({})".format(type(self).__name__, set(self))


class finalize:
    """Registers func(*args, **kwargs) to run at most once, when called
    (or, in CPython, when obj dies; weft never calls it by itself)."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        info = self._info
        self._info = None
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        self._info = None
        return info

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None
