"""Ctrl-C handling for test runs (-c/--catch). weft's command line turns
Ctrl-C into KeyboardInterrupt, which stops the run; results registered
here are kept so removeResult answers as CPython's does."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    for i, r in enumerate(_results):
        if r is result:
            del _results[i]
            return True
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
