import queue, time, copyreg, linecache, os
q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('Empty after timeout', time.monotonic() - t0 >= 0.04)
b = queue.Queue(maxsize=2)
b.put('a'); b.put_nowait('b')
print(b.full(), b.qsize())
try:
    b.put_nowait('c')
except queue.Full:
    print('Full')
try:
    b.put('c', timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    b.put('c', block=True, timeout=-1)
except ValueError as e:
    print(e)
l = queue.LifoQueue()
for x in 'abc': l.put(x)
print([l.get() for _ in range(3)])
p = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]: p.put(x)
print([p.get_nowait() for _ in range(3)])
s = queue.SimpleQueue()
s.put(1); s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print('simple empty')
q = queue.Queue(); q.put(1); q.get(); q.task_done(); q.join()
try:
    q.task_done()
except ValueError as e:
    print(e)
print(issubclass(queue.Empty, Exception))
class C: pass
def red(c): return (C, ())
copyreg.pickle(C, red)
print(copyreg.dispatch_table[C] is red)
try:
    copyreg.pickle(C, 5)
except TypeError as e:
    print(e)
copyreg.add_extension('m', 'n', 5)
try:
    copyreg.add_extension('m', 'o', 5)
except ValueError as e:
    print(e)
copyreg.remove_extension('m', 'n', 5)
with open('lc_tmp.txt', 'w') as f:
    f.write('one\ntwo\nthree')
print(repr(linecache.getline('lc_tmp.txt', 2)), repr(linecache.getline('lc_tmp.txt', 3)), repr(linecache.getline('lc_tmp.txt', 9)), len(linecache.getlines('lc_tmp.txt')))
print(repr(linecache.getline('nonexistent.txt', 1)), repr(linecache.getline('<string>', 1)))
linecache.checkcache('lc_tmp.txt'); linecache.clearcache()
os.remove('lc_tmp.txt')
print(linecache.getline('lc_tmp.txt', 1) == '')
