x = "outer"
r = [x for x in range(3)]
print(x, r)
n = 10
print([n + i for i in range(3)])
def f():
    k = 5
    return [k * i for i in range(3)], {i: k for i in range(2)}, list(k + i for i in range(2))
print(f())
class C:
    y = 3
    vals = [i * 2 for i in range(y)]
    try:
        bad = [y for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
print([[y for y in range(x)] for x in range(3)])
print([(lambda z: z * 2)(w) for w in range(3)])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
total = 0
for v in [i for i in range(5)]:
    total += v
print(total, [i for i in range(3)][-1])
