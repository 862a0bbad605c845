"""asyncio: the event loop, Futures and Tasks (native core in _asyncio),
with the documented Tasks-and-coroutines API of Python 3.6 and 3.11."""

import _asyncio
from _asyncio import (Future, Task, Handle, TimerHandle, get_running_loop,
                      _get_running_loop, _set_running_loop, new_event_loop,
                      set_event_loop, current_task, all_tasks, isfuture,
                      ensure_future)
from .exceptions import (CancelledError, InvalidStateError, TimeoutError,
                         IncompleteReadError, LimitOverrunError,
                         SendfileNotAvailableError, BrokenBarrierError)
from .coroutines import coroutine, iscoroutine, iscoroutinefunction
from .futures import wrap_future
from .tasks import (create_task, sleep, gather, wait, wait_for, shield,
                    as_completed, run_coroutine_threadsafe, FIRST_COMPLETED,
                    FIRST_EXCEPTION, ALL_COMPLETED)
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
from .taskgroups import TaskGroup
from .timeouts import Timeout, timeout, timeout_at
from . import events
from . import tasks
from . import futures
from . import exceptions
from . import locks
from . import queues

AbstractEventLoop = _asyncio.EventLoop
BaseEventLoop = _asyncio.EventLoop
SelectorEventLoop = _asyncio.EventLoop


@_asyncio._iterable_coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


_asyncio._register(CancelledError, InvalidStateError, _wrap_awaitable)


def get_event_loop():
    """The running loop, else the current thread's loop (made on demand)."""
    return _asyncio.get_event_loop()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


async def _shutdown_asyncgens(loop):
    """loop.shutdown_asyncgens(): close the async generators first
    iterated on this loop and not finished."""
    gens = _asyncio._asyncgens_of(loop)
    if not gens:
        return
    results = await gather(*[g.aclose() for g in gens], return_exceptions=True)
    for result, agen in zip(results, gens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


def run(main, *, debug=None):
    """Run a coroutine on a new event loop, closing the loop at the end."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    # try/finally rather than `with`: a snapshot can be taken inside
    # close(), which a frame can only be waiting on through a call.
    runner = Runner(debug=debug)
    try:
        return runner.run(main)
    finally:
        runner.close()


class Runner:
    """A context manager running several coroutines on one loop (3.11)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._loop_factory = loop_factory
        self._closed = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._loop is None or self._closed:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
            self._closed = True

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        # Ctrl-C cancels the main task, so that its cleanup runs, instead
        # of raising KeyboardInterrupt in whatever code is running.
        self._interrupts = 0
        self._main_task = task
        previous = _asyncio._set_sigint_handler(self._on_sigint)
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            # Cancelled by Ctrl-C (not by the program): report the interrupt.
            if self._interrupts and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        except BaseException:
            # KeyboardInterrupt or SystemExit ended the main task and goes
            # to the caller: the task has nothing left to report when freed.
            if task.done() and not task.cancelled():
                task.exception()
            raise
        finally:
            _asyncio._set_sigint_handler(previous)
            self._main_task = None

    def _on_sigint(self):
        self._interrupts += 1
        task = self._main_task
        if self._interrupts == 1 and task is not None and not task.done():
            task.cancel()
            return
        # A second Ctrl-C (or one after the main task finished) interrupts
        # the running code.
        raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is None:
            self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
            set_event_loop(self._loop)
            if self._debug is not None:
                self._loop.set_debug(self._debug)


# The Python 3.6 spelling `asyncio.async(...)` (a keyword since 3.7).
globals()['async'] = ensure_future
