"""Min-heaps on plain lists: heappush, heappop, heapify, heapreplace,
heappushpop, nlargest, nsmallest, merge."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError("%s() argument 1 must be list, not %s" % (name, type(heap).__name__))


def _sift_up(heap, pos):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move heap[pos] down to a leaf along the smaller children, then back up
    # (fewer comparisons than stopping early, and the order CPython gets).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap."""
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap never shrinks)."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Turn a list into a heap, in place, in linear time."""
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator."""
    its = [iter(it) for it in iterables]
    heads = []
    for i, it in enumerate(its):
        for v in it:
            heads.append([v if key is None else key(v), i, v])
            break
    sign = -1 if reverse else 1
    while heads:
        best = 0
        for j in range(1, len(heads)):
            a, b = heads[j], heads[best]
            if (b[0] < a[0]) if reverse else (a[0] < b[0]):
                best = j
            elif not (a[0] < b[0]) and not (b[0] < a[0]) and a[1] < b[1]:
                best = j
        entry = heads[best]
        yield entry[2]
        for v in its[entry[1]]:
            entry[0] = v if key is None else key(v)
            entry[2] = v
            break
        else:
            heads.pop(best)
    del sign


def nsmallest(n, iterable, key=None):
    """The n smallest items (stable: equal items keep their order)."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items (stable: equal items keep their order)."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]
