"""Context variables (PEP 567): values that follow the flow of execution.
The event loop runs each task in its own copy of the context current when
the task was made, and each callback in the context it was scheduled
with. The running context is `_current` (the loop reads it here)."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_current = None
_NO_DEFAULT = object()


def _running():
    global _current
    if _current is None:
        _current = Context()
    return _current


class Context:
    """A mapping of ContextVars to their values; `run` makes it current
    while a callable runs."""

    def __init__(self):
        self._data = {}
        self._entered = False

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(
                "cannot enter context: %r is already entered" % (self,))
        prev = _current
        _current = self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            _current = prev

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def _key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                "a ContextVar key was expected, got %r" % (var,))
        return var

    def __getitem__(self, var):
        return self._data[self._key(var)]

    def get(self, var, default=None):
        return self._data.get(self._key(var), default)

    def __contains__(self, var):
        return self._key(var) in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: ContextVar.reset(token) restores the
    value from before that set."""

    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ContextVar:
    """A context variable: `get` reads its value in the running context,
    `set` changes it there."""

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        ctx = _current
        if ctx is not None:
            try:
                return ctx._data[self]
            except KeyError:
                pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _running()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _running()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    __hash__ = object.__hash__


def copy_context():
    """A copy of the running context."""
    return _running().copy()
