from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
print(d.count(7), d.index(7), 3 in d, 99 in d)
d.remove(7); print(d)
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); print(d)
d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d, d[2])
print(list(reversed(d)), list(d))
c = d.copy(); c.clear(); print(c, d == d.copy(), d != c)
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend(range(10, 20)); print(m)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1]) < deque([2]), deque([1, 2]) >= deque([1]))
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
e.extend(e); print(e)
print(deque('hello'), deque((i * i for i in range(4))))
print(deque([1, 2]) == [1, 2], deque([1, 2]) == deque([1, 2]))
class MyDeque(deque):
    def peek(self):
        return self[-1]
md = MyDeque([1, 2, 3], maxlen=5)
md.tag = "t"
print(md, md.peek(), md.tag, isinstance(md, deque), type(md.copy()).__name__)
q = deque()
for i in range(100000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
import collections
print(collections.deque is deque, type(d).__name__, type(d).__module__)
print(deque([3, 1, 2], 10))
dd = deque([1, 2, 3]); print(dd.index(3, -2), dd.index(1, -10, 10))
