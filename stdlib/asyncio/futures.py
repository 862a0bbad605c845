"""Futures, and bridging to concurrent.futures."""

import _asyncio
from _asyncio import Future, isfuture
from .exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def _get_loop(fut):
    return fut.get_loop()


def _set_state(future, other):
    """Copy the outcome of `other` into `future`."""
    if other.cancelled():
        future.cancel()
        return
    exc = other.exception()
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(other.result())


def _is_concurrent(fut):
    import concurrent.futures
    return isinstance(fut, concurrent.futures.Future)


def _chain_future(source, destination):
    """Make `destination` follow `source` (either may be a
    concurrent.futures.Future); cancelling the destination cancels the source."""

    def _set_dest(source):
        if destination.cancelled():
            return
        if _is_concurrent(destination):
            if not destination.set_running_or_notify_cancel():
                return
        _set_state(destination, source)

    def _call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def _call_set_state(source):
        if destination.cancelled():
            return
        if isfuture(destination):
            dest_loop = destination.get_loop()
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_dest, source)
        else:
            _set_dest(source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = _asyncio.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
