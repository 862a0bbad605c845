"""Coroutine helpers, including the Python 3.6 @asyncio.coroutine decorator."""

import _asyncio

# inspect and functools are imported where used: most programs never call
# these helpers, and compiling those modules is most of asyncio's import.

_is_coroutine = object()


def iscoroutine(obj):
    """True for coroutine objects (and generator-based coroutines)."""
    return _asyncio.iscoroutine(obj)


def iscoroutinefunction(func):
    """True for `async def` functions and @asyncio.coroutine functions."""
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def coroutine(func):
    """The 3.6 decorator marking a generator function as a coroutine:
    it may `yield from` futures and coroutines and be awaited."""
    import inspect
    import functools
    if inspect.iscoroutinefunction(func):
        return func
    if inspect.isgeneratorfunction(func):
        coro = func
    else:
        @functools.wraps(func)
        def coro(*args, **kw):
            res = func(*args, **kw)
            if _asyncio.isfuture(res) or inspect.isgenerator(res):
                res = yield from res
            elif hasattr(type(res), '__await__'):
                res = yield from res.__await__()
            return res
    wrapper = _asyncio._iterable_coroutine(coro)
    wrapper._is_coroutine = _is_coroutine
    return wrapper
