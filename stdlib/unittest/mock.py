"""Mock objects for tests: Mock, MagicMock, AsyncMock, call, ANY, patch
and friends, with CPython's reprs and assertion messages for the common
cases (written for weft; create_autospec only applies the spec)."""

__all__ = ('Mock', 'MagicMock', 'AsyncMock', 'NonCallableMock',
           'NonCallableMagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY',
           'call', 'create_autospec', 'FILTER_DIR', 'mock_open',
           'PropertyMock', 'seal')

import asyncio
import builtins
import inspect
import sys
from functools import wraps

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Unique named objects: sentinel.foo is always the same object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = object.__hash__


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call(value):
    """(name or None, args, kwargs) of a call given as any of the tuple
    forms calls are compared with: (), (name,), (args,), (kwargs,),
    (args, kwargs), (name, args), (name, kwargs), (name, args, kwargs)."""
    name, args, kwargs = None, (), {}
    n = len(value)
    if n == 3:
        name, args, kwargs = value
    elif n == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif n == 1:
        (v,) = value
        if isinstance(v, str):
            name = v
        elif isinstance(v, tuple):
            args = v
        else:
            kwargs = v
    return name, args, kwargs


class _Call(tuple):
    """A recorded call (or the `call` helper building one): a tuple of
    (args, kwargs) or (name, args, kwargs) that compares by its parts."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        vname, args, kwargs = _split_call(value)
        if vname is not None:
            name = vname
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return None, self[0], self[1]
        return self[0], self[1], self[2]

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        name, args, kwargs = self._parts()
        if isinstance(other, _Call):
            oname, oargs, okwargs = other._parts()
        elif n > 3:
            return False
        else:
            oname, oargs, okwargs = _split_call(other)
        if name is not None and oname is not None and name != oname:
            return False
        return (args, kwargs) == (oargs, okwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__ and attr not in ('__eq__', '__ne__', '__getattribute__',
                                                   '__repr__', '__hash__', '__new__',
                                                   '__init__', '__len__', '__getitem__',
                                                   '__iter__', '__class__'):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls that also answers `in` for a run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return '[%s]' % ', '.join(repr(c) for c in self)


_RESERVED_ASSERTS = ('assert', 'assret', 'asert', 'aseert', 'assrt')

_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}

_MAGICS = ('__lt__ __gt__ __le__ __ge__ __int__ __contains__ __len__ __exit__ '
           '__complex__ __float__ __bool__ __index__ __hash__ __str__ __sizeof__ '
           '__enter__ __getitem__ __setitem__ __delitem__ __iter__ __eq__ __ne__ '
           '__aenter__ __aexit__ __aiter__ __anext__ __fspath__ __round__ __floor__ '
           '__trunc__ __ceil__ __add__ __sub__ __mul__ __truediv__ __floordiv__ '
           '__mod__ __pow__ __and__ __or__ __xor__ __lshift__ __rshift__ __neg__ '
           '__pos__ __abs__ __invert__ __radd__ __rsub__ __rmul__ __iadd__ '
           '__isub__ __imul__').split()
_ASYNC_MAGICS = {'__aenter__', '__aexit__', '__anext__'}


def _magic_default(mock, name):
    """The return value a MagicMock's magic method has until configured."""
    if name in _MAGIC_DEFAULTS:
        return _MAGIC_DEFAULTS[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return "%s/%s" % (type(mock).__name__, id(mock))
    if name == '__iter__':
        def it():
            ret = mock.__iter__._mock_return_value
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        return it
    if name == '__aiter__':
        def ait():
            ret = mock.__aiter__._mock_return_value
            if ret is DEFAULT:
                return _AsyncIterator(iter([]))
            return _AsyncIterator(iter(ret))
        return ait
    if name == '__eq__':
        def eq(other):
            ret = mock.__eq__._mock_return_value
            if ret is not DEFAULT:
                return ret
            return mock is other
        return eq
    if name == '__ne__':
        def ne(other):
            if mock.__ne__._mock_return_value is not DEFAULT:
                return DEFAULT
            return mock is not other
        return ne
    return DEFAULT


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class _MagicProxy:
    """Stands on a MagicMock's class for one magic method and gives the
    instance's child mock for it (made on first use)."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return obj._mock_magic_child(self.name)


class NonCallableMock:
    """A mock object: attributes are made on first access, calls to
    callable ones are recorded."""

    def __new__(cls, *args, **kw):
        # Each mock gets its own class, so magic methods can be set on it.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec'))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_mock_unsafe'] = unsafe
        d['_spec_class'] = None
        d['_spec_set'] = None
        d['_mock_methods'] = None
        d['_spec_asyncs'] = []
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        spec_class = None
        methods = None
        asyncs = []
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
            for attr in methods:
                try:
                    value = getattr(spec, attr)
                except AttributeError:
                    continue
                if _is_async_func(value):
                    asyncs.append(attr)
        elif spec is not None:
            methods = list(spec)
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = methods
        d['_spec_asyncs'] = asyncs

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def attach_mock(self, mock, attribute):
        inner = mock
        inner.__dict__['_mock_parent'] = None
        inner.__dict__['_mock_new_parent'] = None
        inner.__dict__['_mock_name'] = ''
        inner.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names reaching into children:
        configure_mock(**{'a.b.return_value': 3})."""
        for arg, val in sorted(kwargs.items(), key=lambda e: e[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT and self._mock_wraps is None:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _check_and_set_parent(self, value, None, '()'):
            pass

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if any(v is self for v in visited):
            return
        visited.append(self)
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = self._mock_return_value
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and (not methods or name not in methods):
            if name.startswith(_RESERVED_ASSERTS) or name.startswith('assret'):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            if self.__dict__.get('_mock_sealed'):
                mock_name = self._extract_mock_name() + '.' + name
                raise AttributeError(f"{mock_name!r} object has no attribute {name!r}")
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def _extract_mock_name(self):
        names = []
        last = self
        thing = self
        while thing is not None:
            names.append(thing._mock_new_name)
            last = thing
            thing = thing._mock_new_parent
        names.pop()
        root = last._mock_name or 'mock'
        out = root
        for seg in reversed(names):
            if seg == '()':
                out += '()'
            elif seg:
                out += '.' + seg
        if self._mock_new_parent is None and self._mock_name:
            out = self._mock_name
        return out

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                      spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [m for m, v in self._mock_children.items() if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_')]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _all_magics:
            if not isinstance(value, NonCallableMock):
                setattr(type(self), name, value)
                d['_mock_children'][name] = value
                return
            _check_and_set_parent(self, value, name, name)
            setattr(type(self), name, _MagicProxy(name))
            d['_mock_children'][name] = value
            return
        if (d.get('_spec_set') and d.get('_mock_methods') is not None
                and name not in d['_mock_methods'] and name not in d
                and not hasattr(type(self), name)):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in ('return_value', 'side_effect') or hasattr(type(self), name) \
                and isinstance(getattr(type(self), name, None), property):
            return object.__setattr__(self, name, value)
        if d.get('_mock_sealed') and not hasattr(self, name):
            mock_name = f'{self._extract_mock_name()}.{name}'
            raise AttributeError(f'Cannot set {mock_name}')
        if isinstance(value, NonCallableMock) and _check_and_set_parent(self, value, name, name):
            d['_mock_children'][name] = value
            return
        if name in d['_mock_children'] and not name.startswith('_mock_'):
            d['_mock_children'][name] = value
            return
        d[name] = value

    def __delattr__(self, name):
        d = self.__dict__
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in d:
                return
        obj = d['_mock_children'].get(name, _missing)
        if name in d:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del d['_mock_children'][name]
        d['_mock_children'][name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {self.mock_calls!r}."

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." % (self._mock_name or 'mock'))
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s'
                             % (expected, actual))
            raise AssertionError(error_message)
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = [_Call(c) if not isinstance(c, _Call) else c for c in calls]
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = 'Calls not found.'
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)!r}\n'
                    f'  Actual: {self.mock_calls!r}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)

    def _get_child_mock(self, /, **kw):
        """A child mock (attribute or return value) of the klass a child
        of this mock has."""
        _new_name = kw.get("_new_name")
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        _type = type(self)
        if _new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if issubclass(_type, AsyncMockMixin):
            if _new_name in _all_sync_magics:
                klass = MagicMock
            elif issubclass(_type, NonCallableMagicMock) or issubclass(_type, MagicMixin):
                klass = MagicMock if _new_name == '()' else AsyncMock
            else:
                klass = Mock
        elif issubclass(_type, MagicMixin):
            klass = MagicMock
        elif issubclass(_type, NonCallableMock) and not issubclass(_type, CallableMixin):
            klass = Mock
        else:
            klass = _type.__mro__[1]
        return klass(**kw)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt `value` (an unnamed, parentless mock) as `parent`'s child."""
    if not isinstance(value, NonCallableMock):
        return False
    d = value.__dict__
    if (d['_mock_name'] or d['_mock_new_name'] or d['_mock_parent'] is not None
            or d['_mock_new_parent'] is not None):
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p._mock_new_parent
    if new_name:
        d['_mock_new_parent'] = parent
        d['_mock_new_name'] = new_name
    if name:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    return True


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _is_async_func(obj):
    return inspect.iscoroutinefunction(obj) if callable(obj) else False


def _is_async_obj(obj):
    if isinstance(obj, NonCallableMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


class CallableMixin:

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent,
                                 _spec_state, _new_name, _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this_call = _Call((args, kwargs), two=True)
        d['call_args'] = this_call
        d['call_args_list'].append(this_call)
        d['mock_calls'].append(_Call(('', args, kwargs)))
        # Record on every ancestor: mock_calls by the path through return
        # values and attributes, method_calls by attribute paths only.
        method_name = self._mock_name
        method_ok = self._mock_parent is not None
        path = self._mock_new_name
        child = self
        parent = self._mock_new_parent
        while parent is not None:
            if method_ok:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                method_ok = parent._mock_parent is not None
                if method_ok:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((path, args, kwargs)))
            seg = parent._mock_new_name
            if seg:
                if path.startswith('()'):
                    path = seg + path
                else:
                    path = seg + '.' + path
            child = parent
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


class MagicMixin:
    """Magic methods configured with CPython's defaults."""

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        methods = self.__dict__.get('_mock_methods')
        for name in _MAGICS:
            if methods is not None and name not in methods:
                continue
            if name not in type(self).__dict__:
                setattr(type(self), name, _MagicProxy(name))

    def _mock_magic_child(self, name):
        children = self.__dict__['_mock_children']
        m = children.get(name)
        if m is None:
            klass = AsyncMock if name in _ASYNC_MAGICS else MagicMock
            m = klass(parent=self, name=name, _new_name=name, _new_parent=self)
            default = _magic_default(self, name)
            if name in ('__iter__', '__aiter__', '__eq__', '__ne__'):
                m.side_effect = default
            elif default is not DEFAULT:
                m.return_value = default
            children[name] = m
        return m

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


def _safe_super(cls, self):
    return super(cls, self)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len() is 0, iteration
    is empty, `with` works, ...)."""


class AsyncMockMixin:

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_is_coroutine'] = True
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()
        d['__code__'] = _CodeStub()

    async def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        self.__dict__['await_count'] += 1
        self.__dict__['await_args'] = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def _await_fail(self, what):
        raise AssertionError(what)

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = _Call((args, kwargs), two=True)
        if self.await_args != expected:
            raise AssertionError(self._format_await_failure(args, kwargs))

    def _format_await_failure(self, args, kwargs):
        message = 'expected await not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        actual_string = self._format_mock_call_signature(*self.await_args)
        return message % (expected_string, actual_string)

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.await_args_list:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s await not found' % expected_string)

    def assert_has_awaits(self, calls, any_order=False):
        expected = [c if isinstance(c, _Call) else _Call(c) for c in calls]
        all_awaits = list(self.await_args_list)
        if not any_order:
            if _CallList(expected) not in _CallList(all_awaits):
                raise AssertionError(
                    f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}')
            return
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.__dict__['await_count'] = 0
        self.__dict__['await_args'] = None
        self.__dict__['await_args_list'] = _CallList()


class _CodeStub:
    co_flags = inspect.CO_COROUTINE if hasattr(inspect, 'CO_COROUTINE') else 0x80
    co_argcount = 0
    co_varnames = ()
    co_posonlyargcount = 0
    co_kwonlyargcount = 0


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A mock whose calls return coroutines; awaits are recorded."""


class PropertyMock(Mock):
    """A mock to set on a class as a property: getting the attribute
    calls it, setting calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop a mock (and its children) from making new attributes."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if m._mock_new_parent is mock:
            seal(m)


_all_magics = set(_MAGICS) | {'__aiter__'}
_all_sync_magics = _all_magics - _ASYNC_MAGICS


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock with `spec`'s attributes (call signatures are not checked
    in weft)."""
    if _is_async_obj(spec):
        klass = AsyncMock
    elif isinstance(spec, type) or callable(spec):
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    if spec_set:
        kwargs['spec_set'] = spec
    else:
        kwargs['spec'] = spec
    return klass(name=_name, unsafe=unsafe, **kwargs)


# ---------------------------------------------------------------- patch

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch:
    """One patch: replaces `attribute` of the object `getter` returns
    while active (decorator, context manager, or start/stop)."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def _patchers(self):
        return [self] + list(self.additional_patchers)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                return func(*args, *extra_args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                return await func(*args, *extra_args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_async_obj(this_spec):
                    Klass = AsyncMock
                elif not callable(this_spec):
                    Klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock)
                    and self.attribute):
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
            if inherit and isinstance(new, NonCallableMock):
                this_spec = spec if spec_set is None else spec_set
                new.return_value = Klass(_new_parent=new, _new_name='()',
                                         spec=this_spec if not spec_set else None,
                                         spec_set=this_spec if spec_set else None)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set,
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set,
                              autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by `target` ('package.module.Name') with
    `new` (a MagicMock by default) for the duration of a function call,
    a with block, or start() ... stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """Set keys of a dictionary (and optionally clear it) while active;
    the dictionary is restored afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for patch_ in reversed(_patch._active_patches):
        patch_.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the file handle it returns
    reads `read_data` (read, readline, readlines, iteration)."""
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def _file_spec():
    import io
    return sorted(set(dir(io.StringIO)) | {'read', 'readline', 'readlines', 'write',
                                           'writelines', 'close', 'flush', 'seek',
                                           'tell', 'fileno', '__enter__', '__exit__',
                                           '__iter__', '__next__', 'name', 'mode'})


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)
