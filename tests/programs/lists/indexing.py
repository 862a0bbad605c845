a = list(range(10))
print(a[0], a[-1], a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:-1], a[5:2], a[1:8:3], a[8:1:-2])
a[0] = 100; a[-1] = 99; print(a)
a[2:4] = ["x", "y", "z"]; print(a)
a[::2] = [0] * 6; print(a)
del a[0]; print(a)
del a[::3]; print(a)
a[1:1] = [7, 7]; print(a)
a[:] = []; print(a)
b = [1, 2, 3]
for bad in [lambda: b[3], lambda: b[-4], lambda: b["a"]]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[5] = 1
except IndexError as e:
    print(e)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    del b[7]
except IndexError as e:
    print(e)
print(b[10:], b[-100:100])
