# list and tuple indexing and item assignment, including the edge cases
# the interpreter's fast paths hand back to the general path.
l = [10, 20, 30]
t = ("a", "b")
print(l[0], l[2], l[-1], l[-3], t[0], t[-1])
for bad in (3, -4, 2**70):
    try:
        print(l[bad])
    except IndexError as e:
        print("IndexError", e)
    try:
        l[bad] = 0
    except IndexError as e:
        print("IndexError", e)
try:
    print(t[2])
except IndexError as e:
    print("IndexError", e)
print(l[True], l[False])
l[-1] = "x"
l[0] = l
print(len(l), l[1], l[-1], l[0] is l)
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
m = [Noisy(1), Noisy(2)]
m[0] = Noisy(3)
print("after store")
m[1] = 0
print("after second store")
print(m[0].n)
del m
print("end")
class L(list):
    def __getitem__(self, i):
        return ("sub", i)
print(L([1, 2])[0])
try:
    k = 1.0
    [1][k]
except TypeError as e:
    print(e)
rows = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        rows[i][j] += i * j
        rows[i][j] -= 1
print(rows)
a, b, c = [1, 2, 3]
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
