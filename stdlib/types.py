"""Names for the built-in types, SimpleNamespace and types.coroutine."""

import _weft


def __getattr__(name):
    # GenericAlias and UnionType live in _typeforms, which is imported when
    # first asked for: it is large, and most importers of types never are.
    if name in ("GenericAlias", "UnionType"):
        import _typeforms
        value = getattr(_typeforms, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'types' has no attribute '{name}'")


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = FunctionType
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_weft)
GeneratorType = type(_g())
_co = _c()
CoroutineType = type(_co)
_co.close()
AsyncGeneratorType = type(_ag())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
MappingProxyType = type(type.__dict__)
del _f, _c, _g, _ag, _C, _co


class SimpleNamespace:
    """An attribute bag whose repr lists its attributes."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            parts = [k + "=" + repr(v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return name + "(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


class _GeneratorWrapper:
    """Makes a plain generator returned by a types.coroutine-wrapped
    callable usable with await."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def coroutine(func):
    """Turn a generator function into one whose generators can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    kind = _weft.function_kind(func)
    if kind == "coroutine" or kind == "iterable_coroutine":
        return func
    if kind == "generator":
        return _weft.iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)
