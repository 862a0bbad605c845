"""threading, cooperatively: weft runs script code on one OS thread, so a
Thread's target runs to completion when the thread starts. Anything it
waits for that the event loop provides (a concurrent.futures result, an
Event) is produced by running the loop while it waits. Programs that need
two threads to run at the same time cannot work this way."""

import _asyncio

__all__ = ('Thread', 'Lock', 'RLock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'current_thread', 'main_thread', 'get_ident',
           'active_count', 'enumerate', 'local', 'Timer', 'TIMEOUT_MAX')

TIMEOUT_MAX = 9223372036.0
_counter = 0
_ident = 1


def _next_name(target):
    global _counter
    _counter += 1
    name = 'Thread-%d' % _counter
    if target is not None:
        tname = getattr(target, '__name__', None)
        if tname:
            name += ' (%s)' % tname
    return name


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _ident
        self._target = target
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        self.name = str(name) if name is not None else _next_name(target)
        self.daemon = bool(daemon)
        self._started = False
        self._alive = False
        _ident += 1
        self.ident = None
        self._id = _ident

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started' if self._alive else 'stopped'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self.name, status)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._alive = True
        self.ident = self._id
        global _current
        previous = _current
        _current = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            import sys
            import traceback
            print('Exception in thread %s:' % self.name, file=sys.stderr)
            traceback.print_exc()
        finally:
            _current = previous
            self._alive = False

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    def is_alive(self):
        return self._alive

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = str(name)

    @property
    def native_id(self):
        return self.ident


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name='MainThread')
        self._started = True
        self._alive = True
        self.ident = 1


_main = _MainThread()
_current = _main


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _current.ident


def active_count():
    return 1


def enumerate():
    return [_main]


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking:
                return False
            raise RuntimeError('deadlock: the lock is held and no other thread can release it')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *args):
        self.release()


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *args):
        self.release()


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag:
            _asyncio._run_until(self.is_set, timeout)
        return self._flag


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def wait(self, timeout=None):
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            _asyncio._run_until(predicate, timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            if not blocking:
                return False
            _asyncio._run_until(lambda: self._value > 0, timeout)
            if self._value == 0:
                return False
        self._value -= 1
        return True

    def release(self, n=1):
        self._value += n

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial = value

    def release(self, n=1):
        if self._value + n > self._initial:
            raise ValueError("Semaphore released too many times")
        super().release(n)


class local:
    pass


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__(target=function, args=args or (), kwargs=kwargs or {})
        self.interval = interval

    def cancel(self):
        pass
