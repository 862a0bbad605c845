"""Lazy iterator building blocks. Each is a class, so the objects have
the types and (where CPython has simple ones) the reprs of CPython's."""

from _weft import generic_alias as _GenericAlias
import sys as _sys

_MAXSIZE = _sys.maxsize
_marker = object()


def _check_number(v):
    if isinstance(v, (int, float)):
        return
    t = type(v)
    if not (hasattr(t, "__index__") or hasattr(t, "__float__")
            or hasattr(t, "__int__") or hasattr(t, "__complex__")):
        raise TypeError("a number is required")


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return "%s(%r)" % (name, self._n)
        return "%s(%r, %r)" % (name, self._n, self._step)


class cycle:
    """cycle(iterable) --> the items of iterable, then the same again, forever."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
            self._it = None
        item = self._saved[self._index]
        self._index += 1
        if self._index == len(self._saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) --> object, times times or forever."""

    def __init__(self, *args, **kwargs):
        if "object" in kwargs:
            args = (kwargs.pop("object"),) + args
        if "times" in kwargs:
            args = args + (kwargs.pop("times"),)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError("repeat() takes at most 2 arguments (%d given)" % len(args))
        self._obj = args[0]
        if len(args) == 2:
            times = args[1]
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._times = max(times, 0)
        else:
            self._times = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


class accumulate:
    """accumulate(iterable[, func, *, initial]) --> running totals."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        item = next(self._it)
        if not self._started:
            self._started = True
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain:
    """chain(*iterables) --> the items of each iterable in turn."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    src = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(src)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress:
    """compress(data, selectors) --> the data items whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile:
    """dropwhile(predicate, iterable) --> items after predicate first fails."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for item in self._it:
                if not self._pred(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile:
    """takewhile(predicate, iterable) --> items while predicate holds."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> items for which function is false."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        for item in self._it:
            if func is None:
                if not item:
                    return item
            elif not func(item):
                return item
        raise StopIteration


class starmap:
    """starmap(function, iterable) --> function(*args) for each args tuple."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


def _islice_index(v, what):
    # `what` is "Stop" or "Indices", as CPython's two messages word it.
    if v is None:
        return None
    try:
        i = v.__index__()
    except (AttributeError, TypeError):
        i = None
    if i is None or i < 0 or i > _MAXSIZE:
        raise ValueError(what + (" argument" if what == "Stop" else "")
                         + " for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    return i


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, _islice_index(args[0], "Stop"), None
        else:
            start = args[0]
            stop = args[1]
            step = args[2] if len(args) == 3 else None
            start = _islice_index(start, "Indices")
            stop = _islice_index(stop, "Stop") if stop is not None else None
            if step is not None:
                try:
                    step = step.__index__()
                except (AttributeError, TypeError):
                    step = -1
                if step <= 0:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._pos < self._stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples, padded to the longest."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self or p._exhausted or not (p._currkey == self._key):
            raise StopIteration
        value = p._currvalue
        p._step()
        return value


class groupby:
    """groupby(iterable, key=None) --> (key, group iterator) pairs for runs
    of items with equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # (_currkey, _currvalue) is always the next item not yet handed out.
        self._currkey = _marker
        self._currvalue = _marker
        self._exhausted = False
        self._started = False
        self._grouper = None

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._exhausted = True
            return
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._started:
            self._started = True
            self._step()
        elif self._grouper is not None:
            target = self._grouper._key
            while not self._exhausted and self._currkey == target:
                self._step()
        if self._exhausted:
            self._grouper = None
            raise StopIteration
        grouper = _Grouper(self, self._currkey)
        self._grouper = grouper
        return (self._currkey, grouper)


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), ..."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._last = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._last is _marker:
            self._last = next(self._it)
        item = next(self._it)
        pair = (self._last, item)
        self._last = item
        return pair


class product:
    """product(*iterables, repeat=1) --> the cartesian product, as tuples."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                return tuple(pools[j][indices[j]] for j in range(len(pools)))
            indices[i] = 0
            i -= 1
        self._done = True
        raise StopIteration


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations:
    """permutations(iterable, r=None) --> successive r-length permutations."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = _check_r(r, n)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
            i -= 1
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r) --> successive r-length combinations."""

    def __init__(self, iterable=_marker, r=_marker):
        if r is _marker:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (type(self).__name__, "iterable" if iterable is _marker else "r",
                               1 if iterable is _marker else 2))
        pool = tuple(iterable)
        r = _check_r(r, None)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length combinations
    allowing repeated elements."""

    def __init__(self, iterable=_marker, r=_marker):
        if r is _marker:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (type(self).__name__, "iterable" if iterable is _marker else "r",
                               1 if iterable is _marker else 2))
        pool = tuple(iterable)
        r = _check_r(r, None)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = len(pool) == 0 and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.base = 0
        self.positions = []


class _tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._pos - data.base
        if i < len(data.buffer):
            item = data.buffer[i]
        else:
            item = next(data.it)
            data.buffer.append(item)
        self._pos += 1
        return item

    def __copy__(self):
        return _tee(self._data, self._pos)


_tee.__name__ = "_tee"


def tee(iterable, n=2, /):
    """tee(iterable, n=2) --> n independent iterators over iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if type(it) is _tee:
        first = it.__copy__()
        return tuple([first] + [first.__copy__() for _ in range(n - 1)])
    data = _TeeData(it)
    return tuple(_tee(data, 0) for _ in range(n))
