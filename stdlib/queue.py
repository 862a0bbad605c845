"""FIFO, LIFO and priority queues (Queue, LifoQueue, PriorityQueue,
SimpleQueue) with Empty/Full.

weft runs threads cooperatively (see threading): a blocking get/put waits
by running the event loop; with a timeout it raises Empty/Full once the
time has passed, as CPython does.  A blocking call without a timeout that
nothing could ever satisfy raises RuntimeError instead of hanging."""

from _weft import generic_alias as _GenericAlias
import heapq as _heapq
import time as _time
from collections import deque as _deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


def _wait_for(predicate, timeout):
    """Run the event loop until predicate() or timeout; True if satisfied."""
    if predicate():
        return True
    start = _time.monotonic()
    try:
        import _asyncio
        _asyncio._run_until(predicate, timeout)
    except ImportError:
        pass
    if predicate():
        return True
    if timeout is not None:
        left = timeout - (_time.monotonic() - start)
        if left > 0:
            _time.sleep(left)
    return predicate()


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks and not _wait_for(lambda: not self.unfinished_tasks, None):
            raise RuntimeError("deadlock: join() waits for tasks no other thread can finish")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if not _wait_for(lambda: self._qsize() < self.maxsize, timeout):
                if timeout is None:
                    raise RuntimeError("deadlock: the queue is full and no other thread"
                                       " can get from it")
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if not _wait_for(lambda: self._qsize() > 0, timeout):
                if timeout is None:
                    raise RuntimeError("deadlock: the queue is empty and no other thread"
                                       " can put to it")
                raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            if timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if not _wait_for(lambda: len(self._queue) > 0, timeout):
                if timeout is None:
                    raise RuntimeError("deadlock: the queue is empty and no other thread"
                                       " can put to it")
                raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)
