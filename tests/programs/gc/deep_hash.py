# Hashing a tuple nested deeper than the recursion limit raises
# RecursionError. (CPython 3.11 overflows its C stack here and crashes, so
# this expected output is written by hand.)
x = ()
for i in range(200000):
    x = (x,)
try:
    hash(x)
    print("hash ok")
except RecursionError as e:
    print("RecursionError:", e)
print(hash(((1, 2), (3,))) == hash(((1, 2), (3,))))
print("alive")
