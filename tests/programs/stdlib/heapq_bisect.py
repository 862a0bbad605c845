import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge(["a", "bbb"], ["cc"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "read")); heapq.heappush(tasks, (3, "run"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 100); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
