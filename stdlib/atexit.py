"""Functions to call when the program ends (the command line calls
_run_exitfuncs after the main module finishes, before teardown)."""

import sys as _sys

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _report(func, exc):
    import traceback
    _sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
    parts = traceback.format_exception(type(exc), exc, exc.__traceback__)
    # the first frame is this module's loop, which CPython (calling from C)
    # does not have
    if len(parts) > 1 and parts[1].startswith("  File ") and " in _run_exitfuncs\n" in parts[1]:
        del parts[1]
    _sys.stderr.write("".join(parts))


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
