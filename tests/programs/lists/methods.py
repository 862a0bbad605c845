a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend(range(2)); print(a)
a.insert(0, "x"); a.insert(100, "end"); a.insert(-1, "pen"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(2), a.count(0), a.count(99), [1, 2, 1].index(1, 1))
a.reverse(); print(a)
b = a.copy(); b.append("copy"); print(a, b)
a.clear(); print(a, len(a))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [].insert()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
