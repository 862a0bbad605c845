from collections import deque
d = deque()
for f in [lambda: d.pop(), lambda: d.popleft(), lambda: d[0], lambda: d.remove(1), lambda: d.index(1), lambda: deque([1],maxlen=1).insert(0,2), lambda: deque(maxlen=-1), lambda: setattr(d,'maxlen',3), lambda: deque(1), lambda: d+[1], lambda: d.rotate('a'), lambda: deque([1]).__setitem__(5, 1), lambda: d['a'], lambda: deque(maxlen='a'), lambda: deque([1,2,3]).index(2, 0, 1), lambda: d.extend(1), lambda: deque([1],[2]), lambda: d*'a']:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = deque([1,2,3])
it = iter(d); next(it); d.append(4)
try: next(it)
except Exception as e: print(type(e).__name__, e)
d.append(d); print(d)
print(deque('abc', 2), deque(maxlen=0), deque([1]) * 3, 2 * deque([1, 2]))
print(deque([1,2,3]).index(3, -2))
