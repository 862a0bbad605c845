"""Shallow and deep copies: copy(), deepcopy() with a memo dict,
__copy__/__deepcopy__ hooks and __reduce_ex__-free copying of instances."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, complex, bool, str, bytes,
           type, range, type(len), type(Ellipsis), type(NotImplemented), slice)


def _function_type():
    def f():
        pass
    return type(f)


_atomic = _atomic + (_function_type(), type(lambda: 0))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set or cls is bytearray:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    return _copy_instance(x, cls)


def _copy_instance(x, cls):
    if isinstance(x, list):
        y = cls.__new__(cls)
        list.extend(y, x)
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        dict.update(y, x)
    elif isinstance(x, (tuple, int, float, complex, str, frozenset)):
        args = x.__getnewargs__() if hasattr(x, "__getnewargs__") else (type(x).__mro__[-2](x),)
        y = cls.__new__(cls, *args)
    elif isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error("un(shallow)copyable object of type %s" % cls) from None
    state = _get_state(x, cls)
    if state:
        _set_state(y, cls, state)
    return y


def _get_state(x, cls):
    # A class's own __getstate__, else object's: the dict, with the set
    # slots beside it as (dict or None, slots) when there are any.
    if _defines(cls, "__getstate__"):
        return x.__getstate__()
    state = object.__getstate__(x)
    if isinstance(state, dict):
        return dict(state)
    return state


def _set_state(y, cls, state):
    if _defines(cls, "__setstate__"):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _defines(cls, name):
    # Whether a class other than object defines `name` (object's own
    # __getstate__ is the default the copy functions reproduce).
    for c in cls.__mro__:
        if name in c.__dict__:
            return c is not object
    return False


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (shared and
    cyclic structures stay shared and cyclic)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    if cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself was copied meanwhile.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is bytearray:
        y = x.copy()
        memo[d] = y
        return y
    if cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
        y = hook(memo)
    else:
        y = _deepcopy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_instance(x, cls, memo):
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = deepcopy(x.args, memo)
    elif isinstance(x, (tuple, int, float, str, frozenset)):
        base = [b for b in cls.__mro__ if b in (tuple, int, float, str, frozenset)][0]
        if hasattr(x, "__getnewargs__"):
            args = deepcopy(x.__getnewargs__(), memo)
        else:
            args = (deepcopy(base(x), memo),)
        y = cls.__new__(cls, *args)
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error("un(deep)copyable object of type %s" % cls) from None
    memo[id(x)] = y
    if isinstance(x, list) and not isinstance(y, tuple):
        for a in x:
            list.append(y, deepcopy(a, memo))
    elif isinstance(x, dict):
        for key, value in x.items():
            dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
    state = _get_state(x, cls)
    if state:
        _set_state(y, cls, deepcopy(state, memo))
    return y


def _keep_alive(x, memo):
    # Originals stay referenced so their ids are not reused while copying.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
